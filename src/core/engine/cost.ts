/**
 * The cost of a bead: how badly a group of one or two French sentences and one or two English
 * sentences fit together, against the cost of leaving a sentence without counterpart.
 *
 * Method. Each sentence of a bead pays for the share of its content (weighed units, see
 * features.ts) that finds no counterpart on the other side of the bead: "coverage" in the sense of
 * lexical alignment scores (Moore 2002; Varga et al. 2005, hunalign), where a unit is covered when
 * one of its keys appears among the other side's keys. A sentence left alone pays a fixed price,
 * so the dynamic program leaves a sentence alone exactly when no neighbour covers enough of it. The
 * length term is Gale and Church's (1993): the difference of character lengths, scaled by the
 * ratio of the two texts, is taken as normally distributed and costs its two-tailed log-probability.
 *
 * Coverage between two sentences is computed once per pair by a merge of their sorted keys,
 * O(keys), and kept as two 64-bit masks over units (two 32-bit halves each), so that a 2-2 bead's
 * coverage is the union (bitwise or) of its four pairs' masks: no bag of words is rebuilt.
 */
import type { SentenceFeatures } from './features';

/** Units of `a` covered by `b` and of `b` covered by `a`, as two-halves bit masks. */
export interface PairMasks {
  readonly frLow: number;
  readonly frHigh: number;
  readonly enLow: number;
  readonly enHigh: number;
}

/** Which units of each sentence find a counterpart in the other; linear in their keys. */
export function pairMasks(fr: SentenceFeatures, en: SentenceFeatures): PairMasks {
  let frLow = 0;
  let frHigh = 0;
  let enLow = 0;
  let enHigh = 0;
  // The keys and units are read where their texts keep them (features.ts): a view of each, made
  // for every pair, would be four short-lived objects a pair, and the aligner prices millions.
  const a = fr.lists.keys;
  const aUnits = fr.lists.unitOf;
  const aEnd = fr.keyTo;
  const b = en.lists.keys;
  const bUnits = en.lists.unitOf;
  const bEnd = en.keyTo;
  let i = fr.keyFrom;
  let j = en.keyFrom;
  while (i < aEnd && j < bEnd) {
    const keyA = a[i] as number;
    const keyB = b[j] as number;
    if (keyA < keyB) i++;
    else if (keyB < keyA) j++;
    else {
      // A key may belong to several units on either side ("information" and "informations"): mark them all.
      let endA = i;
      while (endA < aEnd && a[endA] === keyA) {
        const unit = aUnits[endA] as number;
        if (unit < 32) frLow |= 1 << unit;
        else frHigh |= 1 << (unit - 32);
        endA++;
      }
      let endB = j;
      while (endB < bEnd && b[endB] === keyB) {
        const unit = bUnits[endB] as number;
        if (unit < 32) enLow |= 1 << unit;
        else enHigh |= 1 << (unit - 32);
        endB++;
      }
      i = endA;
      j = endB;
    }
  }
  return { frLow, frHigh, enLow, enHigh };
}

/** Units of a sentence that any of `counterparts` (sentences of the other language) covers, as a two-halves mask. */
export function coverageMask(sentence: SentenceFeatures, counterparts: readonly SentenceFeatures[]): { readonly low: number; readonly high: number } {
  let low = 0;
  let high = 0;
  for (const other of counterparts) {
    const masks = sentence.lang === 'fr' ? pairMasks(sentence, other) : pairMasks(other, sentence);
    low |= sentence.lang === 'fr' ? masks.frLow : masks.enLow;
    high |= sentence.lang === 'fr' ? masks.frHigh : masks.enHigh;
  }
  return { low, high };
}

/** Sum of the weights of a sentence's units set in a two-halves mask, read where they lie (its text's lists). */
export function maskedMass(sentence: SentenceFeatures, low: number, high: number): number {
  const weights = sentence.lists.weights;
  const from = sentence.unitFrom;
  const count = sentence.unitCount;
  let mass = 0;
  let bits = low;
  while (bits !== 0) {
    const bit = bits & -bits;
    const unit = 31 - Math.clz32(bit);
    // A bit past the sentence's units counts nothing: the next ones in the lists are another sentence's.
    if (unit < count) mass += weights[from + unit] as number;
    bits ^= bit;
  }
  bits = high;
  while (bits !== 0) {
    const bit = bits & -bits;
    const unit = 63 - Math.clz32(bit);
    if (unit < count) mass += weights[from + unit] as number;
    bits ^= bit;
  }
  return mass;
}

/** The knobs of the cost; DEFAULT_COST_PARAMETERS were set on a development benchmark. */
export interface CostParameters {
  /** Price of one sentence's uncovered content, at full (coverage 0). */
  readonly uncovered: number;
  /** Price of leaving one sentence without counterpart. */
  readonly skip: number;
  /** Weight of the Gale-Church length term. */
  readonly length: number;
  /** Extra price of a 1-2 or 2-1 bead, and of a 2-2 bead, over a 1-1 bead. */
  readonly merge: number;
  readonly merge2: number;
  /** Mass a sentence is assumed to have on top of its own, so that a short sentence's coverage counts less. */
  readonly priorMass: number;
  /** The uncovered share is raised to this whole power: a sentence covered a little is far from one covered not at all. */
  readonly power: number;
}

export const DEFAULT_COST_PARAMETERS: CostParameters = {
  uncovered: 1,
  skip: 0.55,
  length: 0.05,
  merge: 0.25,
  merge2: 0.3,
  priorMass: 1,
  power: 4,
};

/** Gale and Church's variance of English length per French character. */
const LENGTH_VARIANCE = 6.8;

/** Two-tailed cost -log P(|δ| ≥ observed) of the length difference, Gale and Church (1993). */
export function lengthCost(frLength: number, enLength: number, ratio: number): number {
  if (frLength + enLength === 0) return 0;
  const mean = (frLength + enLength / ratio) / 2;
  const delta = (enLength - frLength * ratio) / Math.sqrt(LENGTH_VARIANCE * Math.max(mean, 1));
  const tail = 2 * (1 - normalCdf(Math.abs(delta)));
  return -Math.log(Math.max(tail, 1e-12));
}

/** Φ, by Abramowitz and Stegun 26.2.17 (error below 7.5e-8). */
function normalCdf(x: number): number {
  const t = 1 / (1 + 0.2316419 * x);
  const density = Math.exp((-x * x) / 2) / Math.sqrt(2 * Math.PI);
  const poly = t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return 1 - density * poly;
}

/** What a sentence pays for the content of its that the other side of its bead leaves uncovered. */
export function uncoveredPenalty(sentence: SentenceFeatures, coveredMass: number, parameters: CostParameters): number {
  const uncovered = 1 - coveredMass / (sentence.mass + parameters.priorMass);
  let penalty = parameters.uncovered;
  for (let k = 0; k < parameters.power; k++) penalty *= uncovered; // an integer power, without Math.pow
  return penalty;
}

/** What a bead of `sentences` sentences pays for its shape and for its lengths. */
export function shapeCost(sentences: number, frLength: number, enLength: number, ratio: number, parameters: CostParameters): number {
  let cost = parameters.length * lengthCost(frLength, enLength, ratio);
  if (sentences === 3) cost += parameters.merge;
  if (sentences === 4) cost += parameters.merge2;
  return cost;
}
