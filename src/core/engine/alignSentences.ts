/**
 * Sentence alignment of a French and an English text: a dynamic program over sentences with 1-1,
 * 1-0, 0-1, 2-1, 1-2 and 2-2 beads (Gale and Church 1993), priced by cost.ts.
 *
 * Index conventions: the tables hold nodes, one larger than the inputs; node (i, j) is the point
 * between French sentences i-1 and i and English sentences j-1 and j, and a bead of shape (a, b)
 * ending at node (i, j) holds French sentences i-a … i-1 and English sentences j-b … j-1.
 *
 * Banding. A full table is used while it holds at most FULL_TABLE nodes. A longer pair is aligned
 * coarse to fine, as vecalign does (Thompson and Koehn 2019): neighbouring sentences are merged two
 * by two into blocks, level after level, until the table is small; the coarse path, projected on
 * the level below, is widened by BAND nodes on each side and the next level is aligned within that
 * band only. Coarse levels compare blocks by the weighted Dice coefficient of their heaviest keys
 * and use 1-1, 1-0 and 0-1 beads only: they need only find the band. Time and memory grow linearly
 * with the texts, O((n + m) · BAND) at each level, and the levels halve in size.
 */
import { bandAround, EN_ALONE, EN_UNITS, FR_ALONE, FR_UNITS, fullBand, ONE_ONE } from './band';
import { mergeBlocks, sentenceBlocks, type BlockLevel } from './blockLevels';
import { alignBlocksInBand } from './coarseProgram';
import { DEFAULT_COST_PARAMETERS, lengthCost, maskedMass, pairMasks, type CostParameters } from './cost';
import type { SentenceFeatures } from './features';
import { alignSentencesInBand } from './fineProgram';
import { PairCoverage } from './pairCoverage';

/** A group of sentences aligned together, in reading order; either side may be empty. */
export interface SentenceBead {
  readonly fr: readonly number[];
  readonly en: readonly number[];
  /** Covered share of the bead's content, 0 to 1; 0 for a one-sided bead. */
  readonly similarity: number;
}

/** Largest table, in nodes, aligned without banding. */
const FULL_TABLE = 160_000;

export interface AlignOptions {
  readonly cost?: CostParameters;
  /** Largest table aligned without banding; smaller values force the coarse-to-fine path (tests). */
  readonly fullTable?: number;
  /** Hears the share of the sentence table filled, 0 to 1, every PROGRESS_ROWS French sentences. */
  readonly onProgress?: (share: number) => void;
  /** Prices every bead in full, none stopped at its limit (fineProgram.ts): for tests that show stopping changes nothing. */
  readonly priceEveryBead?: boolean;
}

/** Rows of the sentence table filled between two progress reports: a report costs a message to another thread. */
const PROGRESS_ROWS = 256;

/**
 * Aligns two texts' sentences; the beads use every sentence exactly once, in order, and the same
 * inputs always give the same beads.
 */
export function alignSentences(fr: readonly SentenceFeatures[], en: readonly SentenceFeatures[], options: AlignOptions = {}): SentenceBead[] {
  const parameters = options.cost ?? DEFAULT_COST_PARAMETERS;
  const fullTable = options.fullTable ?? FULL_TABLE;
  const ratio = lengthRatio(fr, en);
  const band =
    (fr.length + 1) * (en.length + 1) <= fullTable
      ? fullBand(fr.length, en.length)
      : bandAround(coarsePath(mergeBlocks(sentenceBlocks(fr)), mergeBlocks(sentenceBlocks(en)), parameters, fullTable), fr.length, en.length);
  const pairs = new PairCoverage(fr, en, band.lo, band.hi, parameters);
  // A bead's shape and length cost is never negative with such parameters: what its sentences leave uncovered is then a floor under its cost.
  const floored = parameters.length >= 0 && parameters.merge >= 0 && parameters.merge2 >= 0 && options.priceEveryBead !== true;
  const path = pairGaps(alignSentencesInBand(band, { fr, en, pairs, ratio, parameters, floored }, PROGRESS_ROWS, options.onProgress), fr, en, ratio);

  const beads: SentenceBead[] = [];
  let i = 0;
  let j = 0;
  for (let k = 0; k < path.length; k++) {
    const a = FR_UNITS[path[k] as number] as number;
    const b = EN_UNITS[path[k] as number] as number;
    i += a;
    j += b;
    beads.push({ fr: range(i - a, i), en: range(j - b, j), similarity: a > 0 && b > 0 ? beadSimilarity(fr, en, i, j, a, b) : 0 });
  }
  return beads;
}

/** Largest Gale-Church length cost of a pair made in a gap: |δ| below about 1.5. */
const GAP_LENGTH_COST = 2;
/** Largest number of sentences on each side of a gap that is paired one by one. */
const GAP_SIZE = 2;

/**
 * Where the program left sentences alone on both sides at the same place, between the same two
 * aligned groups, they are most likely a free translation that shares few words: the same number
 * of sentences on each side (at most GAP_SIZE) are paired one to one when every pair's lengths
 * agree. A departure from Gale and Church, whose program would have paid for the words.
 */
function pairGaps(path: Uint8Array, fr: readonly SentenceFeatures[], en: readonly SentenceFeatures[], ratio: number): Uint8Array {
  const out = new Uint8Array(path.length);
  let length = 0;
  // The node where the next bead starts.
  let i = 0;
  let j = 0;
  let k = 0;
  while (k < path.length) {
    const shape = path[k] as number;
    if (shape !== FR_ALONE && shape !== EN_ALONE) {
      out[length++] = shape;
      i += FR_UNITS[shape] as number;
      j += EN_UNITS[shape] as number;
      k++;
      continue;
    }
    // A gap: the beads that leave a sentence alone from here, French sentences i, i+1, … and English j, j+1, ….
    let end = k;
    let frAlone = 0;
    let enAlone = 0;
    for (; end < path.length && (path[end] === FR_ALONE || path[end] === EN_ALONE); end++) {
      if (path[end] === FR_ALONE) frAlone++;
      else enAlone++;
    }
    let paired = frAlone > 0 && frAlone <= GAP_SIZE && enAlone === frAlone;
    for (let n = 0; paired && n < frAlone; n++) paired = lengthCost((fr[i + n] as SentenceFeatures).length, (en[j + n] as SentenceFeatures).length, ratio) < GAP_LENGTH_COST;
    if (paired) for (let n = 0; n < frAlone; n++) out[length++] = ONE_ONE;
    else for (let m = k; m < end; m++) out[length++] = path[m] as number;
    i += frAlone;
    j += enAlone;
    k = end;
  }
  return out.subarray(0, length);
}

/** The sentences from `from` to `to` (excluded) of a bead, at most two: written out, since an array grown by push reserves room for 17. */
function range(from: number, to: number): number[] {
  if (to - from === 1) return [from];
  if (to - from === 2) return [from, from + 1];
  const numbers: number[] = [];
  for (let n = from; n < to; n++) numbers.push(n);
  return numbers;
}

/** Characters of English per character of French, over the whole texts (Gale and Church's c). */
function lengthRatio(fr: readonly SentenceFeatures[], en: readonly SentenceFeatures[]): number {
  const frLength = fr.reduce((sum, sentence) => sum + sentence.length, 0);
  const enLength = en.reduce((sum, sentence) => sum + sentence.length, 0);
  return frLength > 0 && enLength > 0 ? enLength / frLength : 1;
}

/**
 * The covered share of the content of the bead of shape (a, b) ending at node (i, j): the sum of
 * what each sentence's counterparts in the bead cover of it, French sentences first, over the sum
 * of the sentences' masses. Only the path's beads are scored so, after the program.
 */
function beadSimilarity(fr: readonly SentenceFeatures[], en: readonly SentenceFeatures[], i: number, j: number, a: number, b: number): number {
  let covered = 0;
  let total = 0;
  for (let p = i - a; p < i; p++) {
    let low = 0;
    let high = 0;
    for (let q = j - b; q < j; q++) {
      const masks = pairMasks(fr[p] as SentenceFeatures, en[q] as SentenceFeatures);
      low |= masks.frLow;
      high |= masks.frHigh;
    }
    const sentence = fr[p] as SentenceFeatures;
    covered += maskedMass(sentence, low, high);
    total += sentence.mass;
  }
  for (let q = j - b; q < j; q++) {
    let low = 0;
    let high = 0;
    for (let p = i - a; p < i; p++) {
      const masks = pairMasks(fr[p] as SentenceFeatures, en[q] as SentenceFeatures);
      low |= masks.enLow;
      high |= masks.enHigh;
    }
    const sentence = en[q] as SentenceFeatures;
    covered += maskedMass(sentence, low, high);
    total += sentence.mass;
  }
  return total > 0 ? covered / total : 0;
}

/** Aligns two levels of blocks, recursing to a coarser level while the table is too large; returns the path's beads' shapes (band.ts). */
function coarsePath(fr: BlockLevel, en: BlockLevel, parameters: CostParameters, fullTable: number): Uint8Array {
  const band =
    (fr.count + 1) * (en.count + 1) <= fullTable || fr.count < 2 || en.count < 2
      ? fullBand(fr.count, en.count)
      : bandAround(coarsePath(mergeBlocks(fr), mergeBlocks(en), parameters, fullTable), fr.count, en.count);
  return alignBlocksInBand(band, fr, en, parameters);
}
