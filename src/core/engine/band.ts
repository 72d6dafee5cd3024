/**
 * The band of nodes a level's dynamic program may visit (alignSentences.ts), with the flat tables'
 * layout, and the way back along the cheapest path once the tables are filled. Node (i, j) is the
 * point between French units i-1 and i and English units j-1 and j (sentences, or blocks of them).
 */

/** Half-width of the band around a projected coarse path, in nodes of the finer level. */
export const BAND = 8;

/**
 * The shapes of beads, in the order the programs try them: 1-1, 1-0, 0-1, 2-1, 1-2 and 2-2. A bead
 * of shape s holds FR_UNITS[s] French units and EN_UNITS[s] English ones; the coarse levels use the
 * first three. A path is the list of its beads' shapes, from the first node to the last, a byte each.
 */
export const FR_UNITS = Uint8Array.of(1, 1, 0, 2, 1, 2);
export const EN_UNITS = Uint8Array.of(1, 0, 1, 1, 2, 2);
export const ONE_ONE = 0;
export const FR_ALONE = 1;
export const EN_ALONE = 2;

/** For each node row i, the band of node columns [lo[i], hi[i]] the program may visit. */
export interface Band {
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

export function fullBand(frCount: number, enCount: number): Band {
  return makeBand(new Int32Array(frCount + 1), new Int32Array(frCount + 1).fill(enCount));
}

/**
 * The band of nodes within BAND columns (and one row) of a coarse path projected on a level twice
 * as fine: coarse node (I, J) becomes (2I, 2J), clipped to the finer level's size.
 */
export function bandAround(path: Uint8Array, frCount: number, enCount: number): Band {
  const lo = new Int32Array(frCount + 1).fill(enCount);
  const hi = new Int32Array(frCount + 1).fill(0);
  // Each bead goes from node (i0, j0) to node (i1, j1) of the coarse level.
  let i0 = 0;
  let j0 = 0;
  for (let k = 0; k < path.length; k++) {
    const i1 = i0 + (FR_UNITS[path[k] as number] as number);
    const j1 = j0 + (EN_UNITS[path[k] as number] as number);
    const fromRow = Math.min(2 * i0, frCount);
    const toRow = Math.min(2 * i1, frCount);
    const low = Math.max(0, Math.min(2 * j0, enCount) - BAND);
    const high = Math.min(enCount, Math.min(2 * j1, enCount) + BAND);
    for (let row = Math.max(0, fromRow - 1); row <= Math.min(frCount, toRow + 1); row++) {
      lo[row] = Math.min(lo[row] as number, low);
      hi[row] = Math.max(hi[row] as number, high);
    }
    i0 = i1;
    j0 = j1;
  }
  lo[0] = 0;
  hi[frCount] = enCount;
  return makeBand(lo, hi);
}

/** Where node (i, j) lies in the band's flat tables; -1 outside the band. */
export function nodeAt(band: Band, i: number, j: number): number {
  if (i < 0 || j < (band.lo[i] as number) || j > (band.hi[i] as number)) return -1;
  return (band.start[i] as number) + j - (band.lo[i] as number);
}

/**
 * Rows of a program's cost table kept at once: a bead spans at most two rows, so the row being
 * filled and the two before it, row i at (i % KEPT_COST_ROWS) · costRowWidth. The whole table was
 * 3 MB at 20,000 sentences a side, written once; the choices, one byte a node, are all kept.
 */
export const KEPT_COST_ROWS = 3;

/** The room each kept row of the cost table needs: the band's widest row. */
export function costRowWidth(band: Band): number {
  let width = 0;
  for (let i = 0; i < band.lo.length; i++) width = Math.max(width, (band.hi[i] as number) - (band.lo[i] as number) + 1);
  return width;
}

/**
 * Where node (i, j) lies in the kept cost rows, row i starting at `rowStart`, if some path reaches
 * it (its cost is finite); -1 outside the band or not reached. A function of the module rather than
 * a closure made for each table: the compiler specialises a call on its target, and a new closure
 * at every level undid that.
 */
export function reachedNode(band: Band, cost: Float64Array, rowStart: number, i: number, j: number): number {
  if (i < 0 || j < 0) return -1;
  const low = band.lo[i] as number;
  if (j < low || j > (band.hi[i] as number)) return -1;
  const at = rowStart + j - low;
  return cost[at] === Infinity ? -1 : at;
}

/**
 * The cheapest path, from the first node to the last, read back from each node's chosen bead;
 * `cost` holds the kept cost rows (`width` each) as the filled table left them, the last row among them.
 */
export function tracePath(band: Band, choice: Uint8Array, cost: Float64Array, width: number): Uint8Array {
  const last = band.lo.length - 1;
  // Infinity when no path within the band reaches the last node.
  const lastCost = cost[(last % KEPT_COST_ROWS) * width + (band.hi[last] as number) - (band.lo[last] as number)] as number;
  if (lastCost === Infinity) throw new Error('alignSentences: the band does not reach the last node; this is a bug');
  let i = band.lo.length - 1;
  let j = band.hi[i] as number;
  const reversed = new Uint8Array(i + j); // every bead holds at least one unit
  let length = 0;
  while (i > 0 || j > 0) {
    const shape = choice[nodeAt(band, i, j)] as number;
    reversed[length++] = shape;
    i -= FR_UNITS[shape] as number;
    j -= EN_UNITS[shape] as number;
  }
  return reversed.subarray(0, length).reverse();
}
