/**
 * The sentences' dynamic program (alignSentences.ts): the table filled within the band with the
 * six shapes of bead, then the cheapest path traced back. The program's loop is written out for
 * these shapes and this cost, with no cost function called through a closure per bead: the
 * sentence table has some 400,000 nodes at 20,000 sentences a side, and six beads each.
 *
 * At each node the beads that leave a sentence alone (cheap: a fixed price) are priced first;
 * the cheapest of them, or of the beads already priced, is the limit given to the others. A bead
 * dearer than that limit cannot be the cheapest way to the node, whatever the order of the shapes,
 * so the path is the same as with every bead priced in full. In a full table most pairs of
 * sentences share little, and most beads stop after their coverage, before their length cost.
 *
 * A bead's cost is cost.ts's, the same numbers added in the same order as when it was priced
 * through a closure: what each French sentence leaves uncovered (uncoveredPenalty), then each
 * English one, stopping once that exceeds the limit, then the shape and length cost (shapeCost).
 * The penalties come from PairCoverage, which keeps them for a sentence covered by one other.
 */
import { costRowWidth, KEPT_COST_ROWS, reachedNode, tracePath, type Band } from './band';
import { shapeCost, type CostParameters } from './cost';
import type { SentenceFeatures } from './features';
import type { PairCoverage } from './pairCoverage';

/** Added to a bead's limit so that rounding (a few units in the last place of a path's cost) never prunes a bead that ties. */
const LIMIT_MARGIN = 1e-6;

/** What the sentences' program prices its beads with. */
export interface FineCosts {
  readonly fr: readonly SentenceFeatures[];
  readonly en: readonly SentenceFeatures[];
  readonly pairs: PairCoverage;
  /** Characters of English per character of French. */
  readonly ratio: number;
  readonly parameters: CostParameters;
  /** Whether a bead may stop at its limit: false prices every bead in full. */
  readonly floored: boolean;
}

/**
 * Fills the sentence table within the band, then traces the cheapest path back; returns its beads'
 * shapes (band.ts). `onProgress` hears the share of rows filled every `progressRows` rows.
 */
export function alignSentencesInBand(band: Band, costs: FineCosts, progressRows: number, onProgress?: (share: number) => void): Uint8Array {
  const rows = band.lo.length;
  const width = costRowWidth(band);
  const table: SentenceTable = { band, costs, width, cost: new Float64Array(KEPT_COST_ROWS * width), choice: new Uint8Array(band.size), io: new Float64Array(1) };
  for (let i = 0; i < rows; i++) {
    if (i > 0) costs.pairs.keepRow(i - 1);
    fillRow(table, i);
    if (onProgress !== undefined && i % progressRows === progressRows - 1) onProgress((i + 1) / rows);
  }
  return tracePath(band, table.choice, table.cost, width);
}

/** The sentence table being filled: the kept cost rows, every node's choice, and the band. */
interface SentenceTable {
  readonly band: Band;
  readonly costs: FineCosts;
  readonly width: number;
  readonly cost: Float64Array;
  readonly choice: Uint8Array;
  readonly io: Float64Array;
}

/**
 * Fills node row i. A function called for each row rather than a loop inside one call: the compiler
 * then optimises it as a whole after a few rows and keeps that code, where a long loop in a single
 * call waits for a compilation mid-loop and loses it at the first path the loop had not run yet.
 */
function fillRow(table: SentenceTable, i: number): void {
  const { band, costs, width, cost, choice, io } = table;
  const { lo, hi, start } = band;
  const { floored } = costs;
  const skip = costs.parameters.skip;
  const rowLow = lo[i] as number;
  const rowHigh = hi[i] as number;
  // Where rows i, i-1 and i-2 lie in the kept cost rows.
  const rowStart = (i % KEPT_COST_ROWS) * width;
  const rowStart1 = ((i + KEPT_COST_ROWS - 1) % KEPT_COST_ROWS) * width;
  const rowStart2 = ((i + KEPT_COST_ROWS - 2) % KEPT_COST_ROWS) * width;
  for (let j = rowLow; j <= rowHigh; j++) {
    const here = rowStart + j - rowLow;
    const node = (start[i] as number) + j - rowLow;
    if (i === 0 && j === 0) {
      cost[here] = 0;
      continue;
    }
    // Each shape's way in, and its choice below, in the order of BEAD_SHAPES (band.ts): 1-1, 1-0, 0-1, 2-1, 1-2, 2-2.
    // The four priced shapes are written out one after the other rather than through a function of
    // the shape: this loop meets every node of the band, and a call per bead that returns its total
    // boxes that number on the heap unless the compiler inlines it.
    const from11 = reachedNode(band, cost, rowStart1, i - 1, j - 1);
    const from10 = reachedNode(band, cost, rowStart1, i - 1, j);
    const from01 = reachedNode(band, cost, rowStart, i, j - 1);
    const from21 = reachedNode(band, cost, rowStart2, i - 2, j - 1);
    const from12 = reachedNode(band, cost, rowStart1, i - 1, j - 2);
    const from22 = reachedNode(band, cost, rowStart2, i - 2, j - 2);
    // A sentence left alone pays `skip` (skip × 1 sentence).
    const alone10 = from10 < 0 ? Infinity : (cost[from10] as number) + skip;
    const alone01 = from01 < 0 ? Infinity : (cost[from01] as number) + skip;
    let ceiling = Infinity;
    if (from10 >= 0 && alone10 < ceiling) ceiling = alone10;
    if (from01 >= 0 && alone01 < ceiling) ceiling = alone01;
    let best = Infinity;
    let bestShape = 0;
    if (from11 >= 0) {
      const previous = cost[from11] as number;
      io[0] = floored ? Math.min(ceiling, best) - previous + LIMIT_MARGIN : Infinity;
      beadCost(costs, i, j, 1, 1, io);
      const total = previous + (io[0] as number);
      if (total < best) {
        best = total;
        bestShape = 0;
      }
    }
    if (from10 >= 0 && alone10 < best) {
      best = alone10;
      bestShape = 1;
    }
    if (from01 >= 0 && alone01 < best) {
      best = alone01;
      bestShape = 2;
    }
    if (from21 >= 0) {
      const previous = cost[from21] as number;
      io[0] = floored ? Math.min(ceiling, best) - previous + LIMIT_MARGIN : Infinity;
      beadCost(costs, i, j, 2, 1, io);
      const total = previous + (io[0] as number);
      if (total < best) {
        best = total;
        bestShape = 3;
      }
    }
    if (from12 >= 0) {
      const previous = cost[from12] as number;
      io[0] = floored ? Math.min(ceiling, best) - previous + LIMIT_MARGIN : Infinity;
      beadCost(costs, i, j, 1, 2, io);
      const total = previous + (io[0] as number);
      if (total < best) {
        best = total;
        bestShape = 4;
      }
    }
    if (from22 >= 0) {
      const previous = cost[from22] as number;
      io[0] = floored ? Math.min(ceiling, best) - previous + LIMIT_MARGIN : Infinity;
      beadCost(costs, i, j, 2, 2, io);
      const total = previous + (io[0] as number);
      if (total < best) {
        best = total;
        bestShape = 5;
      }
    }
    cost[here] = best;
    choice[node] = bestShape;
  }
}

/**
 * Prices the bead of a French and b English sentences (1 or 2 each) ending at node (i, j): `io[0]`
 * holds the limit on entry and the cost on return, Infinity once what its sentences leave
 * uncovered exceeds the limit. The two numbers go through a typed array rather than as an argument
 * and a return value, since a fraction passed or returned across a call that the compiler does not
 * inline is boxed on the heap, and the program makes millions of these calls.
 */
function beadCost(costs: FineCosts, i: number, j: number, a: number, b: number, io: Float64Array): void {
  const { fr, en, pairs } = costs;
  const penalties = pairs.penalties;
  const limit = io[0] as number;
  io[0] = Infinity;
  let penalty = 0;
  let frLength = 0;
  let enLength = 0;
  for (let p = i - a; p < i; p++) {
    penalty += penalties[b === 1 ? pairs.frSlot(p, j - 1) : pairs.frSlotOfTwo(p, j - 2)] as number;
    if (penalty > limit) return;
    frLength += (fr[p] as SentenceFeatures).length;
  }
  for (let q = j - b; q < j; q++) {
    penalty += penalties[a === 1 ? pairs.enSlot(i - 1, q) : pairs.enSlotOfTwo(i - 2, q)] as number;
    if (penalty > limit) return;
    enLength += (en[q] as SentenceFeatures).length;
  }
  io[0] = penalty + shapeCost(a + b, frLength, enLength, costs.ratio, costs.parameters);
}
