/**
 * The facts both sides of a match give, so that its note can name them rather than merely say the
 * sources agree: the figures that are one quantity (`sameQuantity`: "12 millions d’euros" and "12
 * million euros"), the dates written with the same keys ("mardi 3 octobre" and "Tuesday, October
 * 3") or placed on the same day once resolved against each source's publication ("mercredi" in
 * an article of Friday 14 July 2017 and "on July 12"), and the names that are one name
 * (`sameName`, through the lexicon's forms: "Londres" and "London"). Each side's words are kept
 * as written; a figure takes the unit or the currency that follows it, which is what a reader
 * checks it against.
 *
 * Method: marks are first joined into the facts a reader sees ("mardi 3 octobre 2017" is one date,
 * "Vladimir Poutine" one name); then, in the French text's order, each French fact takes the
 * English fact not yet taken that shares most with it (an equal value before a rounded one; the
 * most date parts; the most names). A group holds a few marks a side, so the cost is the product of
 * the two sides' marks, plus one resolution of each sentence's dates (timeline.ts, linear).
 */
import type { Lang } from '../model/types';
import { inTwoCurrencies } from './figureKind';
import { insertionSort } from './insertionSort';
import type { SentenceFeatures } from './features';
import type { SharedFact } from './judgement';
import { sameName, type NameMark } from './names';
import { sameQuantity, type Quantity } from './numbers';
import { resolveDates, type Publication } from './timeline';

/** A note names this many facts at most: enough to show what the match rests on, short enough to read at a glance. */
const MAX_FACTS = 3;

/** A shared fact and where its French words stand, for the text order. */
interface PlacedFact {
  readonly fact: SharedFact;
  readonly sentence: number;
  readonly start: number;
}

/** The facts a French and an English group of sentences both give, at most MAX_FACTS, in the French text's order. */
export function findSharedFacts(
  fr: readonly SentenceFeatures[],
  en: readonly SentenceFeatures[],
  publications: Readonly<Record<Lang, Publication | null>>,
): SharedFact[] {
  const placed = sharedNumbers(fr, en);
  for (const fact of sharedDates(fr, en, publications)) placed.push(fact);
  for (const fact of sharedNames(fr, en)) placed.push(fact);
  inTextOrder(placed);
  const facts: SharedFact[] = [];
  for (let index = 0; index < placed.length && index < MAX_FACTS; index++) facts.push((placed[index] as PlacedFact).fact);
  return facts;
}

/**
 * Orders a group's facts as the French text gives them, in place; facts at one place keep their
 * order (numbers, dates, names). By insertion: a group has a handful of facts, and the built-in
 * sort sets up a workspace for every call: 13 of the 169 MB the shared facts allocated at 20,000
 * sentences a side (sampled), with the sorts of the pairing.
 */
function inTextOrder(placed: PlacedFact[]): void {
  insertionSort(placed, (a, b) => a.sentence - b.sentence || a.start - b.start);
}

interface Placed<T> {
  readonly item: T;
  readonly sentence: number;
}

/**
 * Pairs French and English items closest first (0: not the same fact), each item at most once; on
 * a tie, the earlier French item, then the earlier English one. Closest first, not French order
 * first: "les deux dirigeants … 2 milliards d'euros" against "the two leaders … 2 billion euros"
 * pairs the two sums, though "deux" comes first and shares the sum's leading figure.
 * Returned in French order. Quadratic in a group's items, a handful.
 */
function pairClosestFirst<T, U>(fr: readonly Placed<T>[], en: readonly Placed<U>[], closeness: (a: T, b: U) => number): [Placed<T>, Placed<U>][] {
  if (fr.length === 0 || en.length === 0) return []; // most groups give no figure, or no date, on one side at least
  // Most of the others give one on each side: a pair, or none, with no candidates listed and sorted.
  if (fr.length === 1 && en.length === 1) return closeness((fr[0] as Placed<T>).item, (en[0] as Placed<U>).item) > 0 ? [[fr[0] as Placed<T>, en[0] as Placed<U>]] : [];
  // By loops, with an insertion sort: the pairs are a handful, every order below is total (no two
  // candidates share both items), and the built-in sort sets up a workspace for every call.
  const candidates: { a: number; b: number; value: number }[] = [];
  for (let a = 0; a < fr.length; a++) {
    for (let b = 0; b < en.length; b++) {
      const value = closeness((fr[a] as Placed<T>).item, (en[b] as Placed<U>).item);
      if (value > 0) candidates.push({ a, b, value });
    }
  }
  if (candidates.length === 0) return [];
  insertionSort(candidates, (x, y) => y.value - x.value || x.a - y.a || x.b - y.b);
  const frTaken = new Uint8Array(fr.length);
  const enTaken = new Uint8Array(en.length);
  const chosen: { a: number; b: number }[] = [];
  for (const candidate of candidates) {
    if (frTaken[candidate.a] === 1 || enTaken[candidate.b] === 1) continue;
    frTaken[candidate.a] = 1;
    enTaken[candidate.b] = 1;
    chosen.push(candidate);
  }
  insertionSort(chosen, (x, y) => x.a - y.a);
  const pairs: [Placed<T>, Placed<U>][] = [];
  for (const { a, b } of chosen) pairs.push([fr[a] as Placed<T>, en[b] as Placed<U>]);
  return pairs;
}

/**
 * Every item of the sentences, with the index of its sentence. Written as loops, not `flatMap`: a
 * match's facts are looked for in every group judged, and the arrays `flatMap` makes for each
 * sentence were a tenth of judging's garbage at 20,000 sentences a side.
 */
function placed<T>(sentences: readonly SentenceFeatures[], items: (sentence: SentenceFeatures) => readonly T[]): Placed<T>[] {
  const all: Placed<T>[] = [];
  for (let index = 0; index < sentences.length; index++) {
    for (const item of items(sentences[index] as SentenceFeatures)) all.push({ item, sentence: index });
  }
  return all;
}

/**
 * What a figure counts, when the words after it say so: a currency, a percentage, a unit, people,
 * an age ("34-year-old").
 * Optional "de"/"d’" in French ("12 millions d’euros"). A closed list: the next word in general is
 * as often a verb ("5 seront déviés") as what the figure counts.
 */
const COUNTED: Readonly<Record<Lang, RegExp>> = {
  fr: /^[ \u00a0\u202f]*(?:%|€|\$|pour[ \u00a0]?cent(?!\p{L})|°[ \u00a0]?[CF](?!\p{L})|(?:d['’]|de[ \u00a0]+)?(?:euros?|dollars?|yuans?|livres(?:[ \u00a0]sterling)?|francs?|yens?|roubles?|roupies?|personnes|morts|bless[ée]s|victimes|habitants|manifestants|ans|années|mois|jours|heures?|minutes?|si[èe]cles?|km\/h|kilom[èe]tres?|km|m[èe]tres?|kg|kilos?|tonnes?|degr[ée]s?|hectares?|ha)(?!\p{L}))/iu,
  en: /^(?:-(?:year|month|week|day|hour|minute)-old(?!\p{L})|[ \u00a0\u202f]*(?:%|€|\$|per[ \u00a0]?cent(?!\p{L})|percent(?!\p{L})|°[ \u00a0]?[CF](?!\p{L})|(?:euros?|dollars?|yuan|pounds?(?:[ \u00a0]sterling)?|francs?|yen|roubles?|rubles?|rupees?|people|persons|dead|deaths|injured|wounded|victims|residents|inhabitants|protesters|demonstrators|years?|months?|days?|hours?|minutes?|centur(?:y|ies)|mph|km\/h|kilomet(?:er|re)s?|km|miles?|met(?:er|re)s?|kg|kilos?|kilograms?|tonnes?|tons?|degrees?|hectares?|acres?)(?!\p{L})))/iu,
};

/** A currency sign written before a figure: "$12 million", "£5". */
const SIGN_BEFORE = /[$€£¥]$/;

/** A figure's words as written, with the currency sign before it and what it counts after it ("$12 million", "41 %", "douze personnes"). */
export function figureWords(quantity: Quantity, sentence: SentenceFeatures): string {
  const start = SIGN_BEFORE.test(sentence.text.slice(Math.max(0, quantity.start - 1), quantity.start)) ? quantity.start - 1 : quantity.start;
  const counted = COUNTED[sentence.lang].exec(sentence.text.slice(quantity.end, quantity.end + 30))?.[0] ?? '';
  return sentence.text.slice(start, quantity.end + counted.length).trim();
}

/** Figures both sides give, an equal value before `sameQuantity`'s looser readings; two number words ("second", "second") say too little to count. */
function sharedNumbers(fr: readonly SentenceFeatures[], en: readonly SentenceFeatures[]): PlacedFact[] {
  const closeness = (a: Figure, b: Figure) =>
    a.quantity.soft && b.quantity.soft ? 0 : a.quantity.value === b.quantity.value ? 2 : sameQuantity(a.quantity, b.quantity) ? 1 : twoCurrencies(a, b) ? 0.5 : 0;
  const frFigures = placedFigures(fr);
  if (frFigures.length === 0) return []; // the English side's figures are not gathered for nothing to pair with
  return pairClosestFirst(frFigures, placedFigures(en), closeness).map(([a, b]) => {
    const frWords = figureWords(a.item.quantity, a.item.sentence);
    const enWords = figureWords(b.item.quantity, b.item.sentence);
    // Two literals rather than a conditional spread, which takes V8's generic copy for every figure a match shares.
    const fact: SharedFact = twoCurrencies(a.item, b.item) ? { kind: 'number', fr: frWords, en: enWords, currencies: true } : { kind: 'number', fr: frWords, en: enWords };
    return { fact, sentence: a.sentence, start: a.item.quantity.start };
  });
}

interface Figure {
  readonly quantity: Quantity;
  readonly sentence: SentenceFeatures;
}

/** Every figure of the sentences, with its sentence and that sentence's index (no list per sentence: see `placed`). */
function placedFigures(sentences: readonly SentenceFeatures[]): Placed<Figure>[] {
  const all: Placed<Figure>[] = [];
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index] as SentenceFeatures;
    for (const quantity of sentence.numbers) all.push({ item: { quantity, sentence }, sentence: index });
  }
  return all;
}

/**
 * Two sums of money in two currencies, both named ("1,2 milliard d'euros" / "$1.3 billion"): a
 * conversion, which the judge never calls a difference and the note names as such, so that a
 * reader sees what the match rests on and can check the rate.
 */
function twoCurrencies(a: Figure, b: Figure): boolean {
  if (a.quantity.value === b.quantity.value || sameQuantity(a.quantity, b.quantity)) return false;
  return inTwoCurrencies({ text: a.sentence.text, quantity: a.quantity }, { text: b.sentence.text, quantity: b.quantity });
}

/** One date as a side writes it: marks joined where only spaces, commas, "de", "of" or "the" stand between them, and the keys each part is known by. */
interface DateWords {
  readonly sentence: SentenceFeatures;
  start: number;
  end: number;
  /** A written mark's key ("wd:2", "d:10-3") over its own words; a resolved day's ("r:2017-7-12") over the whole date. */
  readonly parts: { readonly key: string; readonly start: number; readonly end: number }[];
}

/** What may stand between two marks of one date, as in timeline.ts: "mardi 3 octobre", "Tuesday, October 3, 2017", "the 3rd of October". */
const JOINING_GAP = /^[\s,]*(?:(?:de|of|the)\s+)?$/iu;

/**
 * A sentence's dates as written, each with its keys: its marks' (dates.ts) and the day, month or
 * year it resolves to (timeline.ts: a relative date against its source's publication day, a date
 * with its year written without one), so that "mercredi" and "yesterday" meet when they name one
 * day. A time of day stands alone, as the timeline leaves it.
 */
function datesOf(sentence: SentenceFeatures, publication: Publication | null): DateWords[] {
  const dates: DateWords[] = [];
  let current: DateWords | null = null;
  for (const mark of sentence.dates) {
    const part = { key: mark.key, start: mark.start, end: mark.end };
    const joins = current !== null && mark.part !== 'time' && !current.parts.some((p) => p.key.startsWith('t:')) && JOINING_GAP.test(sentence.text.slice(current.end, mark.start));
    if (current !== null && (joins || mark.start < current.end)) {
      current.parts.push(part);
      current.start = Math.min(current.start, mark.start);
      current.end = Math.max(current.end, mark.end);
    } else {
      current = { sentence, start: mark.start, end: mark.end, parts: [part] };
      dates.push(current);
    }
  }
  if (publication === null && dates.length === 0) return dates; // nothing to resolve; resolveDates knows the other cases
  for (const resolved of resolveDates(sentence.text, sentence.lang, sentence.dates, publication)) {
    const key = `r:${resolved.year}-${resolved.month ?? 0}-${resolved.day ?? 0}`;
    const written = dates.find((date) => date.start < resolved.end && resolved.start < date.end);
    if (written) written.parts.push({ key, start: written.start, end: written.end });
    else dates.push({ sentence, start: resolved.start, end: resolved.end, parts: [{ key, start: resolved.start, end: resolved.end }] });
  }
  if (dates.length > 1) dates.sort((a, b) => a.start - b.start);
  return dates;
}

/** Dates both sides give, each side's words cut to the parts the other side shares ("3 octobre" of "mardi 3 octobre" against "October 3"). */
function sharedDates(fr: readonly SentenceFeatures[], en: readonly SentenceFeatures[], publications: Readonly<Record<Lang, Publication | null>>): PlacedFact[] {
  const frDates = placed(fr, (sentence) => datesOf(sentence, publications.fr));
  if (frDates.length === 0) return []; // the English side's dates are not resolved for nothing to pair with
  const enDates = placed(en, (sentence) => datesOf(sentence, publications.en));
  // Each date's keys once, not once per pair of dates the pairing weighs: a date has a few parts.
  const keyed = (date: Placed<DateWords>): Placed<KeyedDate> => ({ item: { date: date.item, keys: distinctKeys(date.item) }, sentence: date.sentence });
  const sharedKeys = (a: KeyedDate, b: KeyedDate) => {
    let shared = 0;
    for (const key of a.keys) if (b.keys.includes(key)) shared++;
    return shared;
  };
  return pairClosestFirst(frDates.map(keyed), enDates.map(keyed), sharedKeys).map(([a, b]) => ({
    fact: { kind: 'date', fr: sharedWords(a.item.date, b.item.keys), en: sharedWords(b.item.date, a.item.keys) },
    sentence: a.sentence,
    start: a.item.date.start,
  }));
}

/** A date with the keys its parts are known by, each once. */
interface KeyedDate {
  readonly date: DateWords;
  readonly keys: readonly string[];
}

function distinctKeys(date: DateWords): string[] {
  const keys: string[] = [];
  for (const part of date.parts) if (!keys.includes(part.key)) keys.push(part.key);
  return keys;
}

/** The words of a date from its first part to its last whose key `keys` holds. */
function sharedWords(date: DateWords, keys: readonly string[]): string {
  // By a loop, not by lists filtered, mapped and spread into Math.min and Math.max: every date a match shares is quoted so.
  let start = Infinity;
  let end = -Infinity;
  for (const part of date.parts) {
    if (!keys.includes(part.key)) continue;
    start = Math.min(start, part.start);
    end = Math.max(end, part.end);
  }
  return date.sentence.text.slice(start, end).trim();
}

/** One name as a side writes it: name marks with only a space or a hyphen between them ("Vladimir Poutine"). */
interface NameWords {
  readonly sentence: SentenceFeatures;
  readonly marks: NameMark[];
}

const NAME_GAP = /^[ \u00a0-]$/;

function namesOf(sentence: SentenceFeatures): NameWords[] {
  const names: NameWords[] = [];
  for (const mark of sentence.names) {
    const last = names.at(-1)?.marks.at(-1);
    // The gap read as one character, not cut out as a string: NAME_GAP takes exactly one.
    if (last && mark.start - last.end === 1 && NAME_GAP.test(sentence.text[last.end] as string)) (names.at(-1) as NameWords).marks.push(mark);
    else names.push({ sentence, marks: [mark] });
  }
  return names;
}

/** Whether a French name mark is an English one: one of its forms (itself, its English forms from the lexicon) is that name by `sameName`. */
function sameNameMark(fr: NameMark, en: NameMark): boolean {
  for (const form of fr.forms) if (form === en.fold || sameName(form, en.fold)) return true;
  return false;
}

/** How many of `marks` are one of `others`' names; counted, not filtered, since the pairing asks it of every pair of names. */
function countSharedMarks(marks: readonly NameMark[], others: readonly NameMark[]): number {
  let shared = 0;
  for (const mark of marks) {
    for (const other of others) {
      if (sameNameMark(mark, other)) {
        shared++;
        break;
      }
    }
  }
  return shared;
}

/**
 * Names both sides give, each side's words cut to the marks the other side shares: "Vladimir
 * Poutine" / "Vladimir Putin", but "Macron" of "Emmanuel Macron" against "Macron".
 */
function sharedNames(fr: readonly SentenceFeatures[], en: readonly SentenceFeatures[]): PlacedFact[] {
  const sharedMarks = (a: NameWords, b: NameWords) => countSharedMarks(a.marks, b.marks);
  const words = (name: NameWords, marks: readonly NameMark[]) => wholeWords(name.sentence.text, (marks[0] as NameMark).start, (marks.at(-1) as NameMark).end);
  const frNames = placed(fr, namesOf);
  if (frNames.length === 0) return []; // as for figures
  return pairClosestFirst(frNames, placed(en, namesOf), sharedMarks).map(([a, b]) => {
    // Two names of one word each, most pairs, were paired for that word: it is not weighed again
    // (sameName may count edits), and no list is filtered for it.
    const single = a.item.marks.length === 1 && b.item.marks.length === 1;
    const frMarks = single ? a.item.marks : a.item.marks.filter((mark) => b.item.marks.some((other) => sameNameMark(mark, other)));
    const enMarks = single ? b.item.marks : b.item.marks.filter((mark) => a.item.marks.some((other) => sameNameMark(other, mark)));
    return { fact: { kind: 'name', fr: words(a.item, frMarks), en: words(b.item, enMarks) }, sentence: a.sentence, start: (frMarks[0] as NameMark).start };
  });
}

/** The words from `start` to `end`, widened to whole hyphenated words: "Bretagne" of "Anne-de-Bretagne" is the bridge's whole name. */
function wholeWords(text: string, start: number, end: number): string {
  // A few dozen characters each way hold any hyphenated name, and keep the search short in a long sentence.
  // Most names have no hyphen at either edge: the patterns, which try every start, run only when one does.
  const before = text[start - 1] === '-' ? (/(?:\p{L}+-)+$/u.exec(text.slice(Math.max(0, start - 40), start))?.[0].length ?? 0) : 0;
  const after = text[end] === '-' ? (/^(?:-\p{L}+)+/u.exec(text.slice(end, end + 40))?.[0].length ?? 0) : 0;
  return text.slice(start - before, end + after);
}
