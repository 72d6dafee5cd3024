/**
 * What kind of value a figure is — a share, a sum of money, a time of day, a measure, or a plain
 * count — read from the words that stand around it. Two figures of different kinds are two
 * facts, not two values of one fact: a magnitude of 5.3 and a time of 16:38 GMT, 20 % and 20
 * million euros. A discrepancy of numbers needs the same slot on both sides; a plain count may
 * fill any slot, since news style drops a unit the other side writes.
 *
 * Method: a few bounded regular expressions over the dozen characters before and after the
 * figure; constant time per figure, computed only for the figures a difference would rest on.
 */
import type { Quantity } from './numbers';

export type FigureKind = 'share' | 'money' | 'time' | 'magnitude' | 'length' | 'speed' | 'mass' | 'temperature' | 'volume' | 'area' | 'count';

const SHARE_AFTER = /^\s*(?:%|pour\s?cent|per\s?cent|percent|points?\s+de\s+pourcentage|percentage\s+points?)/iu;
const MONEY_AFTER = /^\s*(?:M?Md?\$|M?€|k?€|euros?|dollars?|yuans?|yens?|roubles?|francs?|livres?\s+sterling|sterling|£|¥|(?:de\s+|d['’])?(?:euros|dollars|yuans|livres))/iu;
const MONEY_BEFORE = /(?:[$€£¥]|US\$|A\$|C\$|HK\$|R\$)\s*$/u;
const TIME_AFTER = /^\s*(?:h(?:\d|\b)|heures?\b|GMT|UTC|a\.?\s?m\.?|p\.?\s?m\.?|o['’]clock)/iu;
const MAGNITUDE_BEFORE = /(?:magnitude|richter|force)\s+(?:de\s+|of\s+)?$/iu;

/** The kind of a figure, from its measure and the text around it in its sentence. */
export function figureKind(sentence: string, quantity: Quantity): FigureKind {
  if (quantity.measure) return quantity.measure.dimension;
  const after = sentence.slice(quantity.end, quantity.end + 24);
  const before = sentence.slice(Math.max(0, quantity.start - 16), quantity.start);
  // The figure's own text may hold its unit ("12 %", "125 M$"), as numbers.ts reads a scale word with it.
  const own = quantity.text.replace(/^[\d\s.,\u00a0\u202f]+/u, ' ');
  if (SHARE_AFTER.test(own) || SHARE_AFTER.test(after)) return 'share';
  if (MONEY_BEFORE.test(before) || MONEY_AFTER.test(own) || MONEY_AFTER.test(after)) return 'money';
  if (TIME_AFTER.test(own) || TIME_AFTER.test(after)) return 'time';
  if (MAGNITUDE_BEFORE.test(before)) return 'magnitude';
  return 'count';
}

/** A currency as a figure's words name it: a sign before it or a word after it. */
const CURRENCIES: readonly (readonly [string, RegExp, RegExp])[] = [
  ['EUR', /€\s*$/u, /^\s*(?:M?Md?€|k?€|(?:de\s+|d['’])?euros?\b)/iu],
  ['USD', /(?<![A-Z])(?:US)?\$\s*$/u, /^\s*(?:M?Md?\$|(?:de\s+)?dollars?(?:\s+am[ée]ricains?)?\b)/iu],
  ['GBP', /£\s*$/u, /^\s*(?:livres?\s+sterling|sterling|pounds?(?:\s+sterling)?\b)/iu],
  ['CNY', /(?:CN)?¥\s*$/u, /^\s*(?:(?:de\s+)?yuans?|renminbi)\b/iu],
  ['JPY', /JP¥\s*$/u, /^\s*(?:de\s+)?yens?\b/iu],
];

/** The currency of a sum of money, when its words name one (ISO code); null when they do not. */
export function currencyOf(sentence: string, quantity: Quantity): string | null {
  const before = sentence.slice(Math.max(0, quantity.start - 4), quantity.start);
  const own = quantity.text.replace(/^[\d\s.,\u00a0\u202f]+/u, ' ');
  const after = sentence.slice(quantity.end, quantity.end + 24);
  for (const [code, signBefore, wordAfter] of CURRENCIES) if (signBefore.test(before) || wordAfter.test(own) || wordAfter.test(after)) return code;
  return null;
}

/** Whether two sums name two currencies, both known ("1,2 milliard d'euros" / "$1.3 billion"): a conversion, not two values of one fact. */
export function inTwoCurrencies(a: { readonly text: string; readonly quantity: Quantity }, b: { readonly text: string; readonly quantity: Quantity }): boolean {
  const first = currencyOf(a.text, a.quantity);
  const second = currencyOf(b.text, b.quantity);
  return first !== null && second !== null && first !== second;
}

/**
 * Whether two figures may be two values of one fact: the same kind, or a plain count against
 * anything, since news style drops a unit the other side writes ("125 millions" / "$125 million",
 * "de 10 à 18 heures" / "from 10am to 6pm").
 */
export function sameSlot(a: FigureKind, b: FigureKind): boolean {
  return a === b || a === 'count' || b === 'count';
}
