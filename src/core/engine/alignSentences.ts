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
import {
  DEFAULT_COST_PARAMETERS,
  lengthCost,
  maskedMass,
  shapeCost,
  uncoveredPenalty,
  type BeadScore,
  type CostParameters,
} from './cost';
import type { SentenceFeatures } from './features';
import { kthLargest } from './kthLargest';
import { PairCoverage } from './pairCoverage';

/** A group of sentences aligned together, in reading order; either side may be empty. */
export interface SentenceBead {
  readonly fr: readonly number[];
  readonly en: readonly number[];
  /** Covered share of the bead's content, 0 to 1; 0 for a one-sided bead. */
  readonly similarity: number;
}

type Shape = readonly [fr: number, en: number];

const FINE_SHAPES: readonly Shape[] = [[1, 1], [1, 0], [0, 1], [2, 1], [1, 2], [2, 2]];
const COARSE_SHAPES: readonly Shape[] = [[1, 1], [1, 0], [0, 1]];

/** Largest table, in nodes, aligned without banding. */
const FULL_TABLE = 160_000;
/** Half-width of the band around a projected coarse path, in nodes of the finer level. */
const BAND = 8;
/** Heaviest keys kept per block on coarse levels. */
const BLOCK_KEYS = 24;

export interface AlignOptions {
  readonly cost?: CostParameters;
  /** Largest table aligned without banding; smaller values force the coarse-to-fine path (tests). */
  readonly fullTable?: number;
  /** Hears the share of the sentence table filled, 0 to 1, every PROGRESS_ROWS French sentences. */
  readonly onProgress?: (share: number) => void;
  /** Prices every bead in full, none stopped at its limit (fillAndTrace): for tests that show stopping changes nothing. */
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
  const pairs = new PairCoverage(fr, en, band.lo, band.hi);

  // One score filled in place: the program prices every shape at every node of the band.
  const score: LimitedScore = { cost: 0, similarity: 0, limit: Infinity };
  // A bead's shape and length cost is never negative with such parameters: what its sentences leave uncovered is then a floor under its cost.
  const floored = parameters.length >= 0 && parameters.merge >= 0 && parameters.merge2 >= 0 && options.priceEveryBead !== true;
  const fineCost: BeadCost = (i, j, a, b, io) => {
    if (b === 0 || a === 0) {
      io[0] = parameters.skip * (a + b);
      return;
    }
    score.limit = floored ? (io[0] as number) : Infinity;
    io[0] = scoreShape(fr, en, pairs, i, j, a, b, ratio, parameters, score).cost;
  };

  const path = pairGaps(fillAndTrace(band, FINE_SHAPES, fineCost, options.onProgress), fr, en, ratio);

  // The path's beads are scored in full, for their similarity.
  score.limit = Infinity;
  return path.map(([i, j, a, b]) => ({
    fr: range(i - a, i),
    en: range(j - b, j),
    similarity: a > 0 && b > 0 ? scoreShape(fr, en, pairs, i, j, a, b, ratio, parameters, score).similarity : 0,
  }));
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
function pairGaps(path: [number, number, number, number][], fr: readonly SentenceFeatures[], en: readonly SentenceFeatures[], ratio: number): [number, number, number, number][] {
  const out: [number, number, number, number][] = [];
  let gap: [number, number, number, number][] = [];
  const flush = () => {
    const frSkips = gap.filter(([, , a]) => a === 1);
    const enSkips = gap.filter(([, , , b]) => b === 1);
    const count = frSkips.length;
    if (count > 0 && count <= GAP_SIZE && enSkips.length === count) {
      const pairs = frSkips.map(([i], k) => [i - 1, (enSkips[k] as [number, number, number, number])[1] - 1] as const);
      if (pairs.every(([p, q]) => lengthCost((fr[p] as SentenceFeatures).length, (en[q] as SentenceFeatures).length, ratio) < GAP_LENGTH_COST)) {
        for (const [p, q] of pairs) out.push([p + 1, q + 1, 1, 1]);
        gap = [];
        return;
      }
    }
    out.push(...gap);
    gap = [];
  };
  for (const step of path) {
    if (step[2] === 0 || step[3] === 0) {
      gap.push(step);
      continue;
    }
    flush();
    out.push(step);
  }
  flush();
  return out;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}

/** Characters of English per character of French, over the whole texts (Gale and Church's c). */
function lengthRatio(fr: readonly SentenceFeatures[], en: readonly SentenceFeatures[]): number {
  const frLength = fr.reduce((sum, sentence) => sum + sentence.length, 0);
  const enLength = en.reduce((sum, sentence) => sum + sentence.length, 0);
  return frLength > 0 && enLength > 0 ? enLength / frLength : 1;
}

/** A bead's score, and the cost above which it need not be priced in full; the limit is a field, not an argument, for the reason BeadCost gives. */
interface LimitedScore extends BeadScore {
  limit: number;
}

/**
 * Scores the bead of shape (a, b) ending at node (i, j) from the cached pair masks into `score`,
 * without building any list or object. When what its sentences leave uncovered already costs more
 * than `score.limit`, it stops there and scores the bead at infinity (the program cannot choose it).
 */
function scoreShape(
  fr: readonly SentenceFeatures[],
  en: readonly SentenceFeatures[],
  pairs: PairCoverage,
  i: number,
  j: number,
  a: number,
  b: number,
  ratio: number,
  parameters: CostParameters,
  score: LimitedScore,
): BeadScore {
  const limit = score.limit;
  let penalty = 0;
  let covered = 0;
  let total = 0;
  let frLength = 0;
  let enLength = 0;
  const words = pairs.words;
  for (let p = i - a; p < i; p++) {
    let low = 0;
    let high = 0;
    for (let q = j - b; q < j; q++) {
      const at = pairs.locate(p, q);
      if (at < 0) continue;
      low |= words[at] as number;
      high |= words[at + 1] as number;
    }
    const sentence = fr[p] as SentenceFeatures;
    const mass = maskedMass(sentence.weights, low, high);
    penalty += uncoveredPenalty(sentence, mass, parameters);
    if (penalty > limit) return beyond(score);
    covered += mass;
    total += sentence.mass;
    frLength += sentence.length;
  }
  for (let q = j - b; q < j; q++) {
    let low = 0;
    let high = 0;
    for (let p = i - a; p < i; p++) {
      const at = pairs.locate(p, q);
      if (at < 0) continue;
      low |= words[at + 2] as number;
      high |= words[at + 3] as number;
    }
    const sentence = en[q] as SentenceFeatures;
    const mass = maskedMass(sentence.weights, low, high);
    penalty += uncoveredPenalty(sentence, mass, parameters);
    if (penalty > limit) return beyond(score);
    covered += mass;
    total += sentence.mass;
    enLength += sentence.length;
  }
  score.cost = penalty + shapeCost(a + b, frLength, enLength, ratio, parameters);
  score.similarity = total > 0 ? covered / total : 0;
  return score;
}

/** A bead shown to cost more than the limit it was given: its exact cost and similarity are not needed. */
function beyond(score: BeadScore): BeadScore {
  score.cost = Infinity;
  score.similarity = 0;
  return score;
}

/** For each node row i, the band of node columns [lo[i], hi[i]] the program may visit. */
interface Band {
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  /** Offset of row i in the flat tables. */
  readonly start: Int32Array;
  readonly size: number;
}

function makeBand(lo: Int32Array, hi: Int32Array): Band {
  const start = new Int32Array(lo.length + 1);
  for (let i = 0; i < lo.length; i++) start[i + 1] = (start[i] as number) + Math.max(0, (hi[i] as number) - (lo[i] as number) + 1);
  return { lo, hi, start, size: start[lo.length] as number };
}

function fullBand(frCount: number, enCount: number): Band {
  return makeBand(new Int32Array(frCount + 1), new Int32Array(frCount + 1).fill(enCount));
}

/**
 * The band of nodes within BAND columns (and one row) of a coarse path projected on a level twice
 * as fine: coarse node (I, J) becomes (2I, 2J), clipped to the finer level's size.
 */
function bandAround(path: readonly (readonly [number, number])[], frCount: number, enCount: number): Band {
  const lo = new Int32Array(frCount + 1).fill(enCount);
  const hi = new Int32Array(frCount + 1).fill(0);
  for (let k = 1; k < path.length; k++) {
    const [i0, j0] = path[k - 1] as readonly [number, number];
    const [i1, j1] = path[k] as readonly [number, number];
    const fromRow = Math.min(2 * i0, frCount);
    const toRow = Math.min(2 * i1, frCount);
    const low = Math.max(0, Math.min(2 * j0, enCount) - BAND);
    const high = Math.min(enCount, Math.min(2 * j1, enCount) + BAND);
    for (let row = Math.max(0, fromRow - 1); row <= Math.min(frCount, toRow + 1); row++) {
      lo[row] = Math.min(lo[row] as number, low);
      hi[row] = Math.max(hi[row] as number, high);
    }
  }
  lo[0] = 0;
  hi[frCount] = enCount;
  return makeBand(lo, hi);
}

/**
 * Prices the bead of shape (a, b) ending at node (i, j): `io[0]` holds a limit on entry and the
 * cost on return. A cost function may stop early and answer Infinity once it knows the cost
 * exceeds the limit: the program then has a cheaper way to the node, so the bead could not be
 * chosen anyway. The two numbers go through a typed array rather than as an argument and a return
 * value, since a fraction passed or returned across a call that the compiler does not inline is
 * boxed on the heap, and the program makes millions of these calls (about 40 MB of garbage at
 * 20,000 sentences a side).
 */
type BeadCost = (i: number, j: number, a: number, b: number, io: Float64Array) => void;

/** Added to a bead's limit so that rounding (a few units in the last place of a path's cost) never prunes a bead that ties. */
const LIMIT_MARGIN = 1e-6;

/**
 * Fills the table within the band, then traces the cheapest path back; returns its beads as
 * [i, j, a, b]. `onProgress` hears the share of rows filled.
 *
 * At each node the beads that leave a sentence alone (cheap: a fixed price) are priced first;
 * the cheapest of them, or of the beads already priced, is the limit given to the others. A bead
 * dearer than that limit cannot be the cheapest way to the node, whatever the order of the shapes,
 * so the path is the same as with every bead priced in full. In a full table most pairs of
 * sentences share little, and most beads stop after their coverage, before their length cost.
 */
function fillAndTrace(band: Band, shapes: readonly Shape[], beadCost: BeadCost, onProgress?: (share: number) => void): [number, number, number, number][] {
  const rows = band.lo.length;
  const cost = new Float64Array(band.size).fill(Infinity);
  const choice = new Uint8Array(band.size);
  const at = (i: number, j: number): number => {
    if (i < 0 || j < (band.lo[i] as number) || j > (band.hi[i] as number)) return -1;
    return (band.start[i] as number) + j - (band.lo[i] as number);
  };
  // Each shape's way into the current node: the node it comes from (-1: none), and its total when it leaves a sentence alone.
  const origins = new Int32Array(shapes.length);
  const skipTotals = new Float64Array(shapes.length);
  const io = new Float64Array(1);
  for (let i = 0; i < rows; i++) {
    for (let j = band.lo[i] as number; j <= (band.hi[i] as number); j++) {
      const here = at(i, j);
      if (i === 0 && j === 0) {
        cost[here] = 0;
        continue;
      }
      let ceiling = Infinity;
      for (let index = 0; index < shapes.length; index++) {
        // Indexed, not destructured: destructuring runs the iterator protocol at every node and shape.
        const shape = shapes[index] as Shape;
        const a = shape[0];
        const b = shape[1];
        const from = j - b < 0 ? -1 : at(i - a, j - b);
        origins[index] = from < 0 || cost[from] === Infinity ? -1 : from;
        if ((origins[index] as number) < 0 || (a !== 0 && b !== 0)) continue;
        io[0] = Infinity;
        beadCost(i, j, a, b, io);
        const total = (cost[from] as number) + (io[0] as number);
        skipTotals[index] = total;
        if (total < ceiling) ceiling = total;
      }
      let best = Infinity;
      let bestShape = 0;
      for (let index = 0; index < shapes.length; index++) {
        const from = origins[index] as number;
        if (from < 0) continue;
        const shape = shapes[index] as Shape;
        const a = shape[0];
        const b = shape[1];
        const previous = cost[from] as number;
        let total: number;
        if (a === 0 || b === 0) total = skipTotals[index] as number;
        else {
          io[0] = Math.min(ceiling, best) - previous + LIMIT_MARGIN;
          beadCost(i, j, a, b, io);
          total = previous + (io[0] as number);
        }
        if (total < best) {
          best = total;
          bestShape = index;
        }
      }
      cost[here] = best;
      choice[here] = bestShape;
    }
    if (onProgress !== undefined && i % PROGRESS_ROWS === PROGRESS_ROWS - 1) onProgress((i + 1) / rows);
  }
  const path: [number, number, number, number][] = [];
  let i = rows - 1;
  let j = band.hi[i] as number;
  if (cost[at(i, j)] === Infinity) throw new Error('alignSentences: the band does not reach the last node; this is a bug');
  while (i > 0 || j > 0) {
    const [a, b] = shapes[choice[at(i, j)] as number] as Shape;
    path.push([i, j, a, b]);
    i -= a;
    j -= b;
  }
  return path.reverse();
}

/** A block of neighbouring sentences on a coarse level: its heaviest keys, ascending, and their weights. */
/**
 * The blocks of one coarse level: block b's keys (ascending) and their weights lie from starts[b]
 * to starts[b + 1] of two arrays the level shares, its mass at mass[b]. Two arrays a level rather
 * than two a block: at 20,000 sentences a side, the levels' blocks were some 150,000 small typed
 * arrays, whose making cost more than their few numbers.
 */
interface BlockLevel {
  readonly count: number;
  readonly keys: Int32Array;
  readonly weights: Float64Array;
  readonly starts: Int32Array;
  readonly mass: Float64Array;
}

/** Fills a level block after block; no block keeps more than BLOCK_KEYS keys, so the level's arrays are sized once. */
class LevelBuilder {
  private readonly keys: Int32Array;
  private readonly weights: Float64Array;
  private readonly starts: Int32Array;
  private readonly mass: Float64Array;
  private count = 0;

  constructor(capacity: number) {
    this.keys = new Int32Array(capacity * BLOCK_KEYS);
    this.weights = new Float64Array(capacity * BLOCK_KEYS);
    this.starts = new Int32Array(capacity + 1);
    this.mass = new Float64Array(capacity);
  }

  /** Adds the draft's BLOCK_KEYS heaviest keys as the next block (ties go to the smaller keys), still in ascending key order. */
  addHeaviest(draft: BlockDraft): void {
    const { keys, weights, length } = draft;
    let threshold = -Infinity;
    let tiesAllowed = Infinity;
    if (length > BLOCK_KEYS) {
      threshold = kthLargest(weights.subarray(0, length), BLOCK_KEYS);
      let above = 0;
      for (let k = 0; k < length; k++) if ((weights[k] as number) > threshold) above++;
      tiesAllowed = BLOCK_KEYS - above;
    }
    let out = this.starts[this.count] as number;
    let mass = 0;
    for (let k = 0; k < length; k++) {
      const weight = weights[k] as number;
      if (weight < threshold || (weight === threshold && tiesAllowed-- <= 0)) continue;
      this.keys[out] = keys[k] as number;
      this.weights[out++] = weight;
      mass += weight;
    }
    this.close(out, mass);
  }

  /** Adds block `index` of `level` as it is. */
  copy(level: BlockLevel, index: number): void {
    const from = level.starts[index] as number;
    const to = level.starts[index + 1] as number;
    const out = this.starts[this.count] as number;
    this.keys.set(level.keys.subarray(from, to), out);
    this.weights.set(level.weights.subarray(from, to), out);
    this.close(out + to - from, level.mass[index] as number);
  }

  finish(): BlockLevel {
    return { count: this.count, keys: this.keys, weights: this.weights, starts: this.starts, mass: this.mass };
  }

  private close(end: number, mass: number): void {
    this.mass[this.count] = mass;
    this.starts[++this.count] = end;
  }
}

/**
 * Keys and weights of the block being built, before LevelBuilder keeps its heaviest: one scratch
 * pair, grown when a block needs more, instead of two lists per block.
 */
class BlockDraft {
  keys = new Int32Array(256);
  weights = new Float64Array(256);
  length = 0;

  start(capacity: number): void {
    if (this.keys.length < capacity) {
      this.keys = new Int32Array(2 * capacity);
      this.weights = new Float64Array(2 * capacity);
    }
    this.length = 0;
  }

  push(key: number, weight: number): void {
    this.keys[this.length] = key;
    this.weights[this.length++] = weight;
  }
}

/** The sentences as the finest level of blocks: each sentence's keys, a key shared by two units at the heavier weight. */
function sentenceBlocks(sentences: readonly SentenceFeatures[]): BlockLevel {
  const level = new LevelBuilder(sentences.length);
  const draft = new BlockDraft();
  for (const sentence of sentences) {
    // Keys are sorted; a key shared by two units keeps the heavier weight. Read in place, as in cost.ts.
    const { keys, unitOf } = sentence.lists;
    draft.start(sentence.keyTo - sentence.keyFrom);
    for (let k = sentence.keyFrom; k < sentence.keyTo; k++) {
      const key = keys[k] as number;
      const weight = sentence.weights[unitOf[k] as number] as number;
      if (draft.length > 0 && draft.keys[draft.length - 1] === key) draft.weights[draft.length - 1] = Math.max(draft.weights[draft.length - 1] as number, weight);
      else draft.push(key, weight);
    }
    level.addHeaviest(draft);
  }
  return level.finish();
}

/** Merges neighbouring blocks two by two: a sorted merge of their keys. */
function mergeBlocks(blocks: BlockLevel): BlockLevel {
  const level = new LevelBuilder(Math.ceil(blocks.count / 2));
  const draft = new BlockDraft();
  const { keys, weights, starts } = blocks;
  for (let k = 0; k < blocks.count; k += 2) {
    if (k + 1 === blocks.count) {
      level.copy(blocks, k);
      continue;
    }
    const aEnd = starts[k + 1] as number;
    const bEnd = starts[k + 2] as number;
    draft.start(bEnd - (starts[k] as number));
    let i = starts[k] as number;
    let j = aEnd;
    while (i < aEnd || j < bEnd) {
      const keyA = i < aEnd ? (keys[i] as number) : Infinity;
      const keyB = j < bEnd ? (keys[j] as number) : Infinity;
      if (keyA < keyB) draft.push(keyA, weights[i++] as number);
      else if (keyB < keyA) draft.push(keyB, weights[j++] as number);
      else draft.push(keyA, Math.max(weights[i++] as number, weights[j++] as number));
    }
    level.addHeaviest(draft);
  }
  return level.finish();
}

/** Weighted Dice coefficient of block `a` of one level and block `b` of another. */
function blockSimilarity(levelA: BlockLevel, a: number, levelB: BlockLevel, b: number): number {
  const massA = levelA.mass[a] as number;
  const massB = levelB.mass[b] as number;
  if (massA + massB === 0) return 0;
  let shared = 0;
  let i = levelA.starts[a] as number;
  let j = levelB.starts[b] as number;
  const endA = levelA.starts[a + 1] as number;
  const endB = levelB.starts[b + 1] as number;
  while (i < endA && j < endB) {
    const keyA = levelA.keys[i] as number;
    const keyB = levelB.keys[j] as number;
    if (keyA < keyB) i++;
    else if (keyB < keyA) j++;
    else {
      shared += (levelA.weights[i] as number) + (levelB.weights[j] as number);
      i++;
      j++;
    }
  }
  return shared / (massA + massB);
}

/** Aligns two levels of blocks, recursing to a coarser level while the table is too large; returns the path's nodes. */
function coarsePath(fr: BlockLevel, en: BlockLevel, parameters: CostParameters, fullTable: number): [number, number][] {
  const band =
    (fr.count + 1) * (en.count + 1) <= fullTable || fr.count < 2 || en.count < 2
      ? fullBand(fr.count, en.count)
      : bandAround(coarsePath(mergeBlocks(fr), mergeBlocks(en), parameters, fullTable), fr.count, en.count);
  const cost: BeadCost = (i, j, a, b, io) => {
    io[0] = a === 0 || b === 0 ? parameters.skip * (a + b) : 2 * parameters.uncovered * (1 - 2 * blockSimilarity(fr, i - 1, en, j - 1));
  };
  const path = fillAndTrace(band, COARSE_SHAPES, cost);
  return [[0, 0], ...path.map(([i, j]): [number, number] => [i, j])];
}
