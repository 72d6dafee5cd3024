/**
 * The timeline check: a claim's dates resolved against its source's publication day, so that two
 * accounts published years apart can be held to the same calendar ("en janvier" in an article of
 * 14 July 2017 is January 2017; "in January this year" in a post of 5 May 2020 is January 2020),
 * and the resolved dates of two linked claims that cannot both be true.
 *
 * Rules, P being the publication day:
 *   - a written year always wins: "le 3 mars 2016", "en 2016", "14/07/2016" need no P;
 *   - a month without a year ("en janvier", "le 3 mars") is in P's year when it is not after P's
 *     month, else in the year before: news reports the past. A day and month are decided on the
 *     month alone, so that "le 20 juillet" in an article of 14 July is 20 July of that year: a day
 *     a week ahead is an announced date far more often than one eleven months back;
 *   - a month with "this year", "last year", "next year" (and their French forms) is in that year;
 *     "dernier"/"last" before or after a month or a weekday names the latest one strictly before P,
 *     "prochain"/"next" the first one strictly after P (a January article's "janvier dernier" is
 *     the January of the year before, and "janvier prochain" is never in the past);
 *   - a weekday alone is the latest such day on or before P: an article of Friday 14 July 2017
 *     saying "mercredi" means Wednesday 12 July 2017, and one of a Wednesday means that day; but in
 *     a claim told in the future ("will", "is due to", "resteront", "va rouvrir") it is the first
 *     such day on or after P: "schools will stay shut on Thursday" in a post of Wednesday 9
 *     November 2022 is Thursday 10 November, not the Thursday before;
 *   - "today"/"aujourd'hui" is P, "yesterday"/"hier" the day before, "tomorrow"/"demain" the day
 *     after, "the day before yesterday"/"avant-hier" and "the day after tomorrow"/"après-demain"
 *     two days off; "this year"/"cette année", "last year"/"l'an dernier", "next year"/"l'an
 *     prochain" alone are years; "this month"/"ce mois-ci", "last month"/"le mois dernier", "next
 *     month"/"le mois prochain" are months;
 *   - without P nothing relative is resolved: only dates whose year is written are;
 *   - times of day are not resolved: a source's publication time carries no time zone
 *     ("11h03"), so no claim's time can be placed on another source's clock; the day is taken as
 *     the page prints it, in the source's own calendar.
 * "Cette année-là" and "ce mois-là" (that year, told in the past) are not P's and stay unresolved.
 *
 * Method: the date marks of dates.ts grouped into expressions where only spaces, commas and "de"
 * or "of" stand between them ("Wednesday, July 12, 2017" is one), plus one regular-expression pass
 * for the relative words, over the folded sentence; linear in its length. Calendar arithmetic on
 * day numbers (Hinnant, "chrono-Compatible Low-Level Date Algorithms"), without the host's Date.
 */
import type { Lang, Source, SourceKind } from '../model/types';
import type { DateMark } from './dates';
import { foldKeepingOffsets } from './normalize';

/** A day of the proleptic Gregorian calendar; months and days count from 1. */
export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** What a source's relative dates are read against: the day it was published, and what it is (an article, a post) for the notes. */
export interface Publication {
  readonly day: CalendarDay;
  readonly kind: SourceKind | null;
}

/** How finely a resolved date is known: its year only, its month, or its day. */
export type DateGrain = 'year' | 'month' | 'day';

/**
 * How a date was resolved: `written` when its year is in the text; `month-this-year` and
 * `month-last-year` for a month without a year, not after or after the publication month;
 * `month-ahead` for a day and month at most a month after the publication, that coming day;
 * `last-named`/`next-named` for a month or weekday said "dernier"/"last" or "prochain"/"next";
 * `weekday` for a weekday alone; `relative-year`, `relative-month`, `relative-day` for "this year"
 * (alone or after a month), "last month", "today" and their kin.
 */
export type ResolutionRule =
  | 'written'
  | 'month-this-year'
  | 'month-last-year'
  | 'month-ahead'
  | 'last-named'
  | 'next-named'
  | 'weekday'
  | 'relative-year'
  | 'relative-month'
  | 'relative-day';

/** A date of a claim placed on the calendar: `month` is null at the year grain, `day` null above the day grain. */
export interface ResolvedDate {
  readonly grain: DateGrain;
  readonly year: number;
  readonly month: number | null;
  readonly day: number | null;
  /** The words as written, with the preposition before them ("en janvier", "in January this year"). */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly rule: ResolutionRule;
}

/** The day a source was published, or null when it gives none or not a real day. */
export function readPublication(source: Pick<Source, 'published' | 'kind'>): Publication | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(source.published ?? '');
  if (!match) return null;
  const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const back = dayFromNumber(dayNumber(day));
  if (back.month !== day.month || back.day !== day.day) return null; // 2017-02-30
  return { day, kind: source.kind };
}

/** Days since 1 January 1970 (Hinnant's days_from_civil): a day's number, one more each day. */
export function dayNumber({ year, month, day }: CalendarDay): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1; // the year starts in March
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The day of a day number (Hinnant's civil_from_days), the inverse of `dayNumber`. */
export function dayFromNumber(number: number): CalendarDay {
  const shifted = number + 719468;
  const era = Math.floor(shifted / 146097);
  const dayOfEra = shifted - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153); // March is 0
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day: dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1 };
}

/** The day of the week, 1 for Monday to 7 for Sunday, as dates.ts numbers weekdays. */
export function weekdayOf(day: CalendarDay): number {
  return ((((dayNumber(day) + 3) % 7) + 7) % 7) + 1; // day 0, 1 January 1970, was a Thursday
}

type Offset = -2 | -1 | 0 | 1 | 2;

interface RelativeWords {
  readonly unit: 'day' | 'month' | 'year';
  readonly offset: Offset;
  readonly start: number;
  readonly end: number;
}

/** Relative words in folded text, each with the unit it counts in and how many of them from P. */
const RELATIVE: Readonly<Record<Lang, readonly (readonly [RegExp, RelativeWords['unit'], Offset])[]>> = {
  fr: [
    [/avant-hier/y, 'day', -2],
    [/apres-demain/y, 'day', 2],
    [/aujourd['’]hui/y, 'day', 0],
    [/hier/y, 'day', -1],
    [/demain/y, 'day', 1],
    [/cette annee(?:-ci)?(?!-la)/y, 'year', 0],
    [/l['’](?:an|annee) (?:derniere?|passee?)/y, 'year', -1],
    [/l['’](?:an|annee) prochaine?/y, 'year', 1],
    [/ce mois(?:-ci|(?!-la| de | d['’]))/y, 'month', 0],
    [/le mois (?:dernier|passe)/y, 'month', -1],
    [/le mois prochain/y, 'month', 1],
  ],
  en: [
    [/the day before yesterday/y, 'day', -2],
    [/the day after tomorrow/y, 'day', 2],
    [/today/y, 'day', 0],
    [/yesterday/y, 'day', -1],
    [/tomorrow/y, 'day', 1],
    [/this year/y, 'year', 0],
    [/last year/y, 'year', -1],
    [/next year/y, 'year', 1],
    [/this month/y, 'month', 0],
    [/last month/y, 'month', -1],
    [/next month/y, 'month', 1],
  ],
};

/** The first letters of every relative phrase, to try the phrases only where a word starts with one. */
const RELATIVE_START: Readonly<Record<Lang, RegExp>> = {
  fr: /(?<![\p{L}\d'’-])(?:avant|apres|aujourd|hier|demain|cette|l['’]an|ce mois|le mois)/gu,
  en: /(?<![\p{L}\d'’-])(?:the day|today|yesterday|tomorrow|this|last|next)/gu,
};

function findRelativeWords(folded: string, lang: Lang): RelativeWords[] {
  const found: RelativeWords[] = [];
  // The pattern itself, from the start, rather than matchAll's copy of it and its iterator: this
  // runs for every claim of a dated text, several times. It never matches an empty string.
  const start = RELATIVE_START[lang];
  start.lastIndex = 0;
  for (let candidate = start.exec(folded); candidate !== null; candidate = start.exec(folded)) {
    if (candidate.index < (found.at(-1)?.end ?? 0)) continue; // "yesterday" within "the day before yesterday"
    for (const [pattern, unit, offset] of RELATIVE[lang]) {
      pattern.lastIndex = candidate.index;
      const match = pattern.exec(folded);
      if (!match || /[\p{L}\d]/u.test(folded[match.index + match[0].length] ?? '')) continue;
      found.push({ unit, offset, start: match.index, end: match.index + match[0].length });
      break;
    }
  }
  return found;
}

/** A date expression of a sentence: the marks that write one date, and what qualifies it. */
interface Expression {
  start: number;
  end: number;
  year: number | null;
  month: number | null;
  day: number | null;
  weekday: number | null;
  /** "this year", "last year", "next year" after a month: the year's offset from P's. */
  yearOffset: Offset | null;
  /** "dernier"/"last", "prochain"/"next" before or after a month or weekday. */
  named: 'last' | 'next' | null;
}

/** What may stand between two marks of one date: "mercredi 12 juillet", "July 12, 2017", "the 12th of July". */
const JOINING_GAP = /^[\s,]*(?:(?:de|of|the)\s+)?$/;
/** What may stand between a month and the relative year that places it: "janvier de cette année", "January this year". */
const YEAR_GAP = /^\s*,?\s*(?:de\s+|d['’]|of\s+)?$/;
/** The preposition a date is said with, kept with its words: "en janvier", "on the 3rd of March". */
const PREPOSITION: Readonly<Record<Lang, RegExp>> = { fr: /(?<![\p{L}\d])(?:en|le)\s+$/u, en: /(?<![\p{L}\d])(?:in|on)\s+(?:the\s+)?$/u };
/** "Dernier" and "prochain" follow a French month or weekday; "last", "next" and "this" come before an English one. */
const NAMED_AFTER: Readonly<Record<Lang, RegExp | null>> = { fr: /^\s+(dernier|derniere|passe|passee|prochain|prochaine)(?![\p{L}\d])/u, en: null };
const NAMED_BEFORE: Readonly<Record<Lang, RegExp | null>> = { fr: null, en: /(?<![\p{L}\d])(last|next|this)\s+$/u };

/**
 * The dates of one claim resolved against its source's publication, in the order they are
 * written; `marks` are the claim's `findDates` marks. Without a publication only dates whose year
 * is written are resolved.
 */
export function resolveDates(text: string, lang: Lang, marks: readonly DateMark[], publication: Publication | null): ResolvedDate[] {
  if (publication === null && !marks.some((mark) => mark.part === 'year')) return []; // nothing can be resolved
  const folded = foldKeepingOffsets(text);
  const relatives = publication === null ? [] : findRelativeWords(folded, lang);
  const expressions = groupMarks(marks, folded);
  const usedRelatives = new Set<RelativeWords>();
  for (const expression of expressions) qualify(expression, folded, lang, relatives, usedRelatives);
  // The tense is searched for only when a weekday alone asks it: the search reads the whole claim,
  // and resolveDates runs for every sentence of a dated text, and again as claims are judged.
  const future = publication !== null && expressions.some(asksTense) && isFuture(folded, lang);

  const resolved: ResolvedDate[] = [];
  for (const expression of expressions) {
    const start = expression.start - (PREPOSITION[lang].exec(folded.slice(Math.max(0, expression.start - 8), expression.start))?.[0].length ?? 0);
    const date = resolveExpression(expression, publication?.day ?? null, future);
    if (date) resolved.push(placedAt(date, text.slice(start, expression.end), start, expression.end));
  }
  if (publication !== null) {
    for (const words of relatives) {
      if (usedRelatives.has(words)) continue;
      resolved.push(placedAt(resolveRelative(words, publication.day), text.slice(words.start, words.end), words.start, words.end));
    }
  }
  return resolved.sort((a, b) => a.start - b.start);
}

/** The marks of a sentence joined into expressions; times of day stay out (see the header). */
function groupMarks(marks: readonly DateMark[], folded: string): Expression[] {
  const expressions: Expression[] = [];
  let current: Expression | null = null;
  for (const mark of marks) {
    if (mark.part === 'time') continue;
    const value = mark.key.slice(mark.key.indexOf(':') + 1);
    const [month, day] = mark.part === 'day' ? value.split('-').map(Number) : [null, null];
    const fits = (expression: Expression): boolean => {
      if (mark.start > expression.end && !JOINING_GAP.test(folded.slice(expression.end, mark.start))) return false;
      switch (mark.part) {
        case 'year':
          return expression.year === null || expression.year === Number(value);
        case 'month':
          return expression.month === null || expression.month === Number(value);
        case 'day':
          return expression.day === null && (expression.month === null || expression.month === month);
        case 'weekday':
          return expression.weekday === null && expression.month === null && expression.year === null;
        case 'time':
          return false;
      }
    };
    if (current === null || !fits(current)) {
      current = { start: mark.start, end: mark.end, year: null, month: null, day: null, weekday: null, yearOffset: null, named: null };
      expressions.push(current);
    }
    current.start = Math.min(current.start, mark.start);
    current.end = Math.max(current.end, mark.end);
    switch (mark.part) {
      case 'year':
        current.year = Number(value);
        break;
      case 'month':
        current.month = Number(value);
        break;
      case 'day':
        current.month = month ?? null;
        current.day = day ?? null;
        break;
      case 'weekday':
        current.weekday = Number(value);
        break;
    }
  }
  return expressions;
}

/** Reads what qualifies an expression without a written year: a relative year after its month, "dernier"/"last", "prochain"/"next". */
function qualify(expression: Expression, folded: string, lang: Lang, relatives: readonly RelativeWords[], used: Set<RelativeWords>): void {
  if (expression.year !== null) return;
  if (expression.month !== null) {
    const year = relatives.find((words) => words.unit === 'year' && words.start >= expression.end && YEAR_GAP.test(folded.slice(expression.end, words.start)));
    if (year) {
      used.add(year);
      expression.yearOffset = year.offset;
      expression.end = year.end;
      return;
    }
  }
  const after = NAMED_AFTER[lang]?.exec(folded.slice(expression.end, expression.end + 12));
  const before = NAMED_BEFORE[lang]?.exec(folded.slice(Math.max(0, expression.start - 6), expression.start));
  const word = after?.[1] ?? before?.[1];
  if (word === undefined || word === 'this') {
    if (word === 'this' && before) expression.start -= before[0].length; // "this January": P's year, as the default reads it
    return;
  }
  expression.named = /^(dernier|derniere|passe|passee|last)$/.test(word) ? 'last' : 'next';
  if (after) expression.end += after[0].length;
  if (before) expression.start -= before[0].length;
}

type Placed = Omit<ResolvedDate, 'text' | 'start' | 'end'>;

/**
 * A resolved date with the words that write it, its fields written out in the order a spread of
 * the two gave. `{ ...date, ...place }` took V8's slow path, since the dates come in several
 * shapes: at 20,000 sentences a side of a dated text, about 200 ms of the run.
 */
function placedAt(date: Placed, text: string, start: number, end: number): ResolvedDate {
  return { grain: date.grain, year: date.year, month: date.month, day: date.day, rule: date.rule, text, start, end };
}

/**
 * Words that tell a claim in the future: English auxiliaries and "is due to"; French future and
 * conditional endings (-era, -eront, -ira, -iront, -rons) and "va"/"vont"/"doit" before an infinitive.
 * "Caméra" and "opéra" end like a future and are not one.
 */
const FUTURE: Readonly<Record<Lang, RegExp>> = {
  fr: /(?<![\p{L}])(?:(?!camera|opera)\p{L}{2,}(?:era|eront|ira|iront|rons)|(?:va|vont|doit|doivent) (?:se |s['’])?\p{L}+(?:er|ir|re))(?![\p{L}])/u,
  en: /(?<![\p{L}])(?:will|shall|won['’]t|(?:is|are) (?:due |set |expected |scheduled )?to|plans? to|going to)(?![\p{L}])|['’]ll(?![\p{L}])/u,
};

/** Whether `resolveExpression` reads the claim's tense for this expression: a weekday alone, neither "last" nor "next". */
function asksTense(expression: Expression): boolean {
  return expression.year === null && expression.month === null && expression.weekday !== null && expression.named === null;
}

/**
 * What a French claim told in the future holds, whichever way: the ending of one of FUTURE's
 * verbs, or one of its auxiliaries with the space after it. A claim without any of them cannot
 * match FUTURE, and looking for them is several times cheaper than the pattern, which tries every
 * ending at every letter of every word.
 */
const FRENCH_FUTURE_PIECES: readonly string[] = ['era', 'eront', 'ira', 'iront', 'rons', 'va ', 'vont ', 'doit ', 'doivent '];

/** Whether a claim is told in the future, by FUTURE's words in its folded text. */
function isFuture(folded: string, lang: Lang): boolean {
  if (lang === 'fr' && !FRENCH_FUTURE_PIECES.some((piece) => folded.includes(piece))) return false;
  return FUTURE[lang].test(folded);
}

/** A day and month without a year at most this many days after the publication is that coming day. */
const UPCOMING_DAYS = 31;

function resolveExpression(expression: Expression, published: CalendarDay | null, future = false): Placed | null {
  const { year, month, day, weekday } = expression;
  if (year !== null) {
    if (month === null) return { grain: 'year', year, month: null, day: null, rule: 'written' };
    return { grain: day === null ? 'month' : 'day', year, month, day, rule: 'written' };
  }
  if (published === null) return null;
  if (month !== null) {
    const grain = day === null ? 'month' : 'day';
    if (expression.yearOffset !== null) return { grain, year: published.year + expression.yearOffset, month, day, rule: 'relative-year' };
    // "Le 10 juillet dernier" in an article of 14 July is four days back: a named day is weighed against P's day.
    const order = month !== published.month ? month - published.month : day === null ? 0 : day - published.day;
    if (expression.named === 'last') return { grain, year: order < 0 ? published.year : published.year - 1, month, day, rule: 'last-named' };
    if (expression.named === 'next') return { grain, year: order > 0 ? published.year : published.year + 1, month, day, rule: 'next-named' };
    // A day a few weeks after the publication is that coming day ("une grève le 3 mars" in an article
    // of 18 February), not the same day eleven months back. The tense says less than it seems: in
    // "la réglementation publiée en janvier n'empêchera pas…", the verb is future and January is past.
    const nextYear = order > 0 ? published.year : published.year + 1;
    const daysAhead = day === null ? null : dayNumber({ year: nextYear, month, day }) - dayNumber(published);
    if (daysAhead !== null && daysAhead <= UPCOMING_DAYS) return { grain, year: nextYear, month, day, rule: 'month-ahead' };
    const thisYear = month <= published.month;
    return { grain, year: thisYear ? published.year : published.year - 1, month, day, rule: thisYear ? 'month-this-year' : 'month-last-year' };
  }
  if (weekday === null) return null;
  const p = dayNumber(published);
  const back = (weekdayOf(published) - weekday + 7) % 7; // days from the latest such weekday up to P
  const ahead = (weekday - weekdayOf(published) + 7) % 7; // days from P up to the first such weekday
  const number = expression.named === 'next' ? p + (7 - back || 7) : expression.named === 'last' ? p - (back || 7) : future ? p + ahead : p - back;
  const placed = dayFromNumber(number);
  return { grain: 'day', ...placed, rule: expression.named === null ? 'weekday' : expression.named === 'last' ? 'last-named' : 'next-named' };
}

function resolveRelative(words: RelativeWords, published: CalendarDay): Placed {
  switch (words.unit) {
    case 'day':
      return { grain: 'day', ...dayFromNumber(dayNumber(published) + words.offset), rule: 'relative-day' };
    case 'month': {
      const months = published.year * 12 + published.month - 1 + words.offset;
      return { grain: 'month', year: Math.floor(months / 12), month: (months % 12) + 1, day: null, rule: 'relative-month' };
    }
    case 'year':
      return { grain: 'year', year: published.year + words.offset, month: null, day: null, rule: 'relative-year' };
  }
}

/**
 * The dates of two linked claims that cannot all be true: at each grain where both sides give a
 * date, the dates of each side that no date of the other side equals, when both sides have such
 * dates and one of them was resolved against a publication. Two dates with their years written
 * are left to the written keys (judge.ts compares them part by part, where any difference of keys
 * is one of values), so that texts without publication days are judged as before. Null when none.
 */
export function conflictingDates<T extends ResolvedDate>(fr: readonly T[], en: readonly T[]): { fr: T[]; en: T[] } | null {
  const frConflicts: T[] = [];
  const enConflicts: T[] = [];
  for (const grain of ['year', 'month', 'day'] as const) {
    const frDates = fr.filter((date) => date.grain === grain);
    const enDates = en.filter((date) => date.grain === grain);
    const frOnly = frDates.filter((date) => !enDates.some((other) => sameDate(date, other)));
    const enOnly = enDates.filter((date) => !frDates.some((other) => sameDate(date, other)));
    if (frOnly.length === 0 || enOnly.length === 0) continue;
    if ([...frOnly, ...enOnly].every((date) => date.rule === 'written')) continue;
    frConflicts.push(...frOnly);
    enConflicts.push(...enOnly);
  }
  return frConflicts.length > 0 ? { fr: frConflicts, en: enConflicts } : null;
}

/** Two resolved dates are one when they name the same year, month and day; a coarser grain leaves the finer parts null, so it is one grain too. */
export function sameDate(a: ResolvedDate, b: ResolvedDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}
