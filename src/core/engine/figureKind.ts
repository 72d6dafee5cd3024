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

/**
 * Whether two figures may be two values of one fact: the same kind, or a plain count against
 * anything, since news style drops a unit the other side writes ("125 millions" / "$125 million",
 * "de 10 à 18 heures" / "from 10am to 6pm").
 */
export function sameSlot(a: FigureKind, b: FigureKind): boolean {
  return a === b || a === 'count' || b === 'count';
}
