/**
 * The dynamic program of a coarse level (alignSentences.ts): blocks of sentences aligned with
 * 1-1, 1-0 and 0-1 beads within the band, then the cheapest path traced back. A 1-1 bead costs
 * 2 · uncovered · (1 - 2 · Dice), where Dice is the weighted Dice coefficient of its two blocks'
 * keys; a block left alone pays the skip price.
 *
 * The table is filled row by row, and a row's French block is the same at every node of the row:
 * its keys are stamped once in tables indexed by key (the row, and the key's weight), and each
 * English block of the band looks its own keys up there, instead of a sorted merge of the two
 * blocks' keys at every node. The shared weights are summed in the same order (ascending keys, the
 * French weight plus the English one), so the coefficient is the same number.
 */
import { costRowWidth, KEPT_COST_ROWS, reachedNode, tracePath, type Band } from './band';
import type { BlockLevel } from './blockLevels';
import type { CostParameters } from './cost';

/**
 * Fills the table of two levels of blocks within the band, then traces the cheapest path back;
 * returns its beads' shapes (band.ts).
 */
export function alignBlocksInBand(band: Band, fr: BlockLevel, en: BlockLevel, parameters: CostParameters): Uint8Array {
  const rows = band.lo.length;
  const width = costRowWidth(band);
  const keyCount = Math.max(largestKey(fr), largestKey(en)) + 1;
  const table: BlockTable = {
    band,
    fr,
    en,
    parameters,
    width,
    cost: new Float64Array(KEPT_COST_ROWS * width),
    choice: new Uint8Array(band.size),
    stampedBy: new Int32Array(keyCount).fill(-1),
    weightOf: new Float64Array(keyCount),
  };
  for (let i = 0; i < rows; i++) fillRow(table, i);
  return tracePath(band, table.choice, table.cost, width);
}

/** A level's table being filled: the kept cost rows, every node's choice, and the key stamps of the row's French block. */
interface BlockTable {
  readonly band: Band;
  readonly fr: BlockLevel;
  readonly en: BlockLevel;
  readonly parameters: CostParameters;
  readonly width: number;
  readonly cost: Float64Array;
  readonly choice: Uint8Array;
  /** For each key, the row whose French block stamped it last, and its weight in that block. */
  readonly stampedBy: Int32Array;
  readonly weightOf: Float64Array;
}

/**
 * Fills node row i: a function called for each row, for the reason fineProgram.ts gives, whose
 * compiled code also serves every level.
 */
function fillRow(table: BlockTable, i: number): void {
  const { band, fr, en, parameters, width, cost, choice, stampedBy, weightOf } = table;
  const { lo, hi, start } = band;
  const skip = parameters.skip;
  const uncovered = parameters.uncovered;
  const { keys: enKeys, weights: enWeights, starts: enStarts, mass: enMass } = en;
  const rowLow = lo[i] as number;
  const rowHigh = hi[i] as number;
  let frMass = 0;
  if (i > 0) {
    // Block keys are distinct, so the stamps hold the row's block exactly.
    for (let k = fr.starts[i - 1] as number; k < (fr.starts[i] as number); k++) {
      const key = fr.keys[k] as number;
      stampedBy[key] = i;
      weightOf[key] = fr.weights[k] as number;
    }
    frMass = fr.mass[i - 1] as number;
  }
  // Where rows i and i-1 lie in the kept cost rows.
  const rowStart = (i % KEPT_COST_ROWS) * width;
  const rowStart1 = ((i + KEPT_COST_ROWS - 1) % KEPT_COST_ROWS) * width;
  for (let j = rowLow; j <= rowHigh; j++) {
    const here = rowStart + j - rowLow;
    const node = (start[i] as number) + j - rowLow;
    if (i === 0 && j === 0) {
      cost[here] = 0;
      continue;
    }
    let best = Infinity;
    let bestShape = 0;
    const from11 = reachedNode(band, cost, rowStart1, i - 1, j - 1);
    if (from11 >= 0) {
      // blockSimilarity: the weighted Dice coefficient of French block i-1 and English block j-1.
      const massSum = frMass + (enMass[j - 1] as number);
      let similarity = 0;
      if (massSum !== 0) {
        let shared = 0;
        for (let k = enStarts[j - 1] as number; k < (enStarts[j] as number); k++) {
          const key = enKeys[k] as number;
          if (stampedBy[key] === i) shared += (weightOf[key] as number) + (enWeights[k] as number);
        }
        similarity = shared / massSum;
      }
      const total = (cost[from11] as number) + 2 * uncovered * (1 - 2 * similarity);
      if (total < best) {
        best = total;
        bestShape = 0;
      }
    }
    // A block left alone pays `skip` (skip × 1 block).
    const from10 = reachedNode(band, cost, rowStart1, i - 1, j);
    if (from10 >= 0) {
      const total = (cost[from10] as number) + skip;
      if (total < best) {
        best = total;
        bestShape = 1;
      }
    }
    const from01 = reachedNode(band, cost, rowStart, i, j - 1);
    if (from01 >= 0) {
      const total = (cost[from01] as number) + skip;
      if (total < best) {
        best = total;
        bestShape = 2;
      }
    }
    cost[here] = best;
    choice[node] = bestShape;
  }
}

function largestKey(level: BlockLevel): number {
  let largest = -1;
  const end = level.starts[level.count] as number;
  for (let k = 0; k < end; k++) if ((level.keys[k] as number) > largest) largest = level.keys[k] as number;
  return largest;
}
