/**
 * Dates in the forms each language writes them, reduced to comparable keys: "14 juillet 2017",
 * "July 14, 2017", "14/07/2017" and "14.07.2017" all give day 14-7, month 7 and year 2017;
 * "mercredi" and "Wednesday" give weekday 3; "11h03" and "11:03 am" give time 11:03.
 *
 * Method: one pass of regular expressions over the folded sentence (same offsets as the original),
 * linear in its length. Years stand alone or after a month; a four-digit number from 1500 to 2099
 * with no thousands separator is read as a year, as news style writes both.
 */
import type { Lang } from '../model/types';
import { tokenize, type Token } from './normalize';

export type DatePart = 'year' | 'month' | 'day' | 'weekday' | 'time';

/** One date element of a sentence: `key` compares across languages, `text` is as written. */
export interface DateMark {
  readonly part: DatePart;
  readonly key: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const MONTHS = table({
  fr: {
    janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9,
    octobre: 10, novembre: 11, decembre: 12,
  },
  en: {
    january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
    october: 10, november: 11, december: 12,
  },
});

/** Abbreviated months count only before a full stop or next to a day, so that "mar" or "dec" alone do not. */
const MONTH_ABBREVIATIONS = table({
  fr: { janv: 1, fevr: 2, avr: 4, juil: 7, sept: 9, oct: 10, nov: 11, dec: 12 },
  en: { jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 },
});

const WEEKDAYS = table({
  fr: { lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6, dimanche: 7 },
  en: { monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7 },
});

/** Every word of the three tables, per language: most words of a sentence are none, and one look-up tells them so. */
const CALENDAR_WORDS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  fr: new Set([...MONTHS.fr.keys(), ...MONTH_ABBREVIATIONS.fr.keys(), ...WEEKDAYS.fr.keys()]),
  en: new Set([...MONTHS.en.keys(), ...MONTH_ABBREVIATIONS.en.keys(), ...WEEKDAYS.en.keys()]),
};

/** Word tables as maps, so that no word ("constructor") meets an object's own properties. */
function table(words: Readonly<Record<Lang, Readonly<Record<string, number>>>>): Readonly<Record<Lang, ReadonlyMap<string, number>>> {
  return { fr: new Map(Object.entries(words.fr)), en: new Map(Object.entries(words.en)) };
}

/** True when the folded word names a month or a weekday in the language: such words are never names. */
export function isCalendarWord(folded: string, lang: Lang): boolean {
  return MONTHS[lang].has(folded) || WEEKDAYS[lang].has(folded);
}

/** The words that join the two days of a range, in either language; the en dash as an escape the pattern reads, so that the compiled command line stays ASCII. */
const RANGE_JOIN = String.raw`(?:au|a|et(?:\s+le)?|-|\u2013|to|and|through)`;
const RANGE_FIRST = new RegExp(String.raw`(?<![\d,.])(\d{1,2})(?:er|st|nd|rd|th)?\s*${RANGE_JOIN}\s*(?:le\s+)?$`, 'u');
/** After a day, "and" more often adds a count than closes a range ("on March 3 and 5 people"): only a dash or "to" close one there. */
const RANGE_LAST = /^\s*(?:-|–|to|through)\s*(\d{1,2})(?:st|nd|rd|th)?(?![\d,.]?\d)/u;

/** The first day of a range that ends at `dayStart` ("du 17 au |21 novembre"), if the text before it reads as one. */
function rangeFirstDay(folded: string, dayStart: number): { day: number; start: number; end: number } | null {
  const from = Math.max(0, dayStart - 24);
  const found = RANGE_FIRST.exec(folded.slice(from, dayStart));
  if (!found || Number(found[1]) < 1 || Number(found[1]) > 31) return null;
  return { day: Number(found[1]), start: from + found.index, end: from + found.index + (found[1] as string).length };
}

/** The last day of a range that starts with the day ending at `dayEnd` ("November 17|-21"), if the text after it reads as one. */
function rangeLastDay(folded: string, dayEnd: number): { day: number; start: number; end: number } | null {
  const found = RANGE_LAST.exec(folded.slice(dayEnd, dayEnd + 16));
  if (!found || Number(found[1]) < 1 || Number(found[1]) > 31) return null;
  const end = dayEnd + found[0].length;
  return { day: Number(found[1]), start: end - (found[1] as string).length, end };
}

/** "14/07/2017", "7/14", "14.07.2017": a day and a month in figures, maybe a year. */
const NUMERIC_DATE = /(?<![\d/.,])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?![\d/])|(?<![\d.,])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])/g;
/** A clock time in four digits before a time zone: "1638 GMT". */
const ZONED_TIME = /(?<![\d,./\p{L}])([01]\d|2[0-3])([0-5]\d) ?(?:gmt|utc|z\b)/gu;
/** A year: four digits from 1500 to 2099, no separator. */
const YEAR = /(?<![\d,./\p{L}])(1[5-9]\d\d|20\d\d)(?![\d]|[,.]\d)/gu;
/** A time of day as each language writes it: "11h03", "11 h"; "11:03 am", "3 p.m.", "11:03". */
const TIME: Readonly<Record<Lang, RegExp>> = {
  fr: /(?<![\d,.])(\d{1,2}) ?h ?(\d{2})?(?![\p{L}\d])/gu,
  en: /(?<![\d,.])(\d{1,2})(?::(\d{2}))? ?([ap])\.?m\b\.?|(?<![\d,.])(\d{1,2}):(\d{2})(?!\d)/gu,
};

/**
 * The matches of a global pattern over a text, from its start, as `matchAll` gives them, with the
 * pattern itself rather than a copy: `matchAll` copies its pattern and makes an iterator on every
 * call, and every sentence that holds a figure is searched four times. None of these patterns
 * matches an empty string, so `exec` always moves on; the pattern is left at its start again.
 */
function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) matches.push(match);
  return matches;
}

/** Finds the date elements of a sentence, in order; `folded` is `foldKeepingOffsets(sentence)`. */
export function findDates(sentence: string, folded: string, lang: Lang, tokens: readonly Token[] = tokenize(sentence, folded)): DateMark[] {
  const marks: DateMark[] = [];
  const mark = (part: DatePart, key: string, start: number, end: number) =>
    marks.push({ part, key, text: sentence.slice(start, end), start, end });

  for (const token of tokens) {
    const word = token.fold;
    if (!CALENDAR_WORDS[lang].has(word)) continue;
    const { start, end } = token;
    const weekday = WEEKDAYS[lang].get(word);
    if (start > 0 && /[\p{L}\d]/u.test(folded[start - 1] ?? '')) continue;
    if (weekday !== undefined) {
      mark('weekday', `wd:${weekday}`, start, end);
      continue;
    }
    const after = folded.slice(end, end + 12);
    const before = folded.slice(Math.max(0, start - 12), start);
    const abbreviated = MONTH_ABBREVIATIONS[lang].get(word);
    const nextToDay = /^\.|^\s+\d/.test(after) || /\d\s+$/.test(before);
    const month = MONTHS[lang].get(word) ?? (nextToDay ? abbreviated : undefined);
    if (month === undefined) continue;
    // English months are capitalised; "may" and "march" in lower case are verbs.
    if (lang === 'en' && !/\p{Lu}/u.test(sentence[start] ?? '')) continue;
    mark('month', `m:${month}`, start, end);
    const dayBefore = /(\d{1,2})(?:er|e|st|nd|rd|th)?\s+(?:of\s+)?$/.exec(before);
    const dayAfter = /^\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?!\d)(?![\d,.]\d)/.exec(after);
    const day = dayBefore ?? dayAfter;
    if (day && Number(day[1]) >= 1 && Number(day[1]) <= 31) {
      const dayStart = dayBefore ? start - dayBefore[0].length : end;
      const dayEnd = dayBefore ? start + word.length : end + (dayAfter?.[0].length ?? 0);
      mark('day', `d:${month}-${Number(day[1])}`, dayStart, dayEnd);
      // A range names both its days: its first before the day next to the month ("du 17 au 21 novembre",
      // "entre le 8 et le 28 octobre", "17 to 21 November"), or its last after it ("November 17-21").
      const otherDay = dayBefore ? rangeFirstDay(folded, dayStart) : rangeLastDay(folded, dayEnd);
      if (otherDay) mark('day', `d:${month}-${otherDay.day}`, otherDay.start, otherDay.end);
    }
  }

  // Numeric dates, years and times all hold a digit.
  if (!/\d/.test(folded)) return marks.sort((a, b) => a.start - b.start || a.end - b.end);
  for (const match of allMatches(NUMERIC_DATE, folded)) {
    const [first, second] = [Number(match[1] ?? match[4]), Number(match[2] ?? match[5])];
    // French writes day/month; English mostly month/day, unless the first number cannot be a month.
    const dayFirst = lang === 'fr' || first > 12;
    const [day, month] = dayFirst ? [first, second] : [second, first];
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    mark('day', `d:${month}-${day}`, match.index, match.index + match[0].length);
    mark('month', `m:${month}`, match.index, match.index + match[0].length);
    const year = match[3] ?? match[6];
    // The year pattern below does not look inside "14.07.2017"; a two-digit year stays unread.
    if (year?.length === 4) mark('year', `y:${year}`, match.index, match.index + match[0].length);
  }

  // A clock time in four digits before a time zone is no year: "1638 GMT", "0930 UTC" (military and wire style).
  let zoned: Set<number> | null = null; // most sentences have none: no set for them
  for (const match of allMatches(ZONED_TIME, folded)) {
    (zoned ??= new Set()).add(match.index);
    mark('time', `t:${Number(match[1])}:${match[2]}`, match.index, match.index + 4);
  }
  for (const match of allMatches(YEAR, folded)) {
    if (zoned === null || !zoned.has(match.index)) mark('year', `y:${match[1]}`, match.index, match.index + match[0].length);
  }

  for (const match of allMatches(TIME[lang], folded)) {
    let hour = Number(match[1] ?? match[4]);
    const minutes = match[2] ?? match[5] ?? '00';
    if (match[3] === 'p' && hour < 12) hour += 12;
    if (match[3] === 'a' && hour === 12) hour = 0;
    if (hour > 24) continue;
    mark('time', `t:${hour}:${minutes}`, match.index, match.index + match[0].length);
  }
  return marks.sort((a, b) => a.start - b.start || a.end - b.end);
}
