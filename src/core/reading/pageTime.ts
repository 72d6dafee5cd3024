/**
 * A publication or update time as the page wrote it, in its own language's way ("11h03",
 * "11h05 le 14/07", "10:30 on 05/05/2020"), read into numbers so that the interface can write it
 * in the reader's language. Only what is unambiguous is read: a time of day, and a day and month
 * written day first, which French pages always do; an English page's "05/06" could be either
 * order and is left as written. Anything else in the text (a time zone, words) also leaves it as
 * written: a reader sees the page's own words rather than a guess.
 */
import type { Lang } from '../model/types';

/** A time of day and, when the page gave one, the calendar day (`2017-07-14`). */
export interface PageTime {
  readonly hour: number;
  readonly minute: number;
  /** ISO date, the year taken from the text or else from `year`; null when the text gives no day. */
  readonly day: string | null;
}

const TIME = /(\d{1,2})\s*[h:]\s*(\d{2})/u;
const DAY = /(\d{1,2})[/.](\d{1,2})(?:[/.](\d{4}))?/u;
// What may join a time and a day: "le", "on", "at", "à", commas, dashes and spaces.
const GLUE = /^(?:[\s,–-]|le|on|at|à)*$/iu;

/**
 * Reads `text` as a page in `lang` wrote a time, with `year` for a day written without one; null
 * when the text is anything else or the numbers are not a real time or day.
 */
export function readPageTime(text: string, lang: Lang, year: number | null): PageTime | null {
  const time = TIME.exec(text);
  if (!time) return null;
  const hour = Number(time[1]);
  const minute = Number(time[2]);
  if (hour > 23 || minute > 59) return null;
  const rest = text.replace(time[0], ' ');
  const day = DAY.exec(rest);
  if (!day) return GLUE.test(rest) ? { hour, minute, day: null } : null;
  if (lang !== 'fr' || !GLUE.test(rest.replace(day[0], ' '))) return null;
  const dayYear = day[3] === undefined ? year : Number(day[3]);
  const iso = dayYear === null ? null : isoDay(dayYear, Number(day[2]), Number(day[1]));
  return iso === null ? null : { hour, minute, day: iso };
}

/** `2017-07-14`, or null when the month or the day does not exist. */
function isoDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
