/** Finding a row of the alignment for an edit. */
import type { Bead, Comparison } from '../model/types';
import { EditError } from './edit';

/** Bead `row` of the alignment (rows count from 0); throws EditError 'no-such-row' when there is none. */
export function beadAt(comparison: Comparison, row: number): Bead {
  const bead = Number.isInteger(row) ? comparison.alignment[row] : undefined;
  if (bead === undefined) throw new EditError('no-such-row', `row ${row} does not exist (the alignment has ${comparison.alignment.length} rows)`);
  return bead;
}
