/**
 * Joining two rows of the alignment: bead `row` and bead `row + 1` become one bead holding the
 * paragraphs of both, in order (`{fr: [1], en: [1]}` + `{fr: [], en: [2]}` → `{fr: [1], en: [1, 2]}`).
 * The joined bead's score is null: a reader made it, the aligner did not. Findings are untouched,
 * since they point at text offsets, not at rows.
 */
import type { Bead, Comparison } from '../model/types';
import { beadAt } from './beadAt';
import { EditError } from './edit';

/** True when row `row` exists and has a next row to join; never throws. */
export function canJoin(comparison: Comparison, row: number): boolean {
  return Number.isInteger(row) && row >= 0 && row < comparison.alignment.length - 1;
}

/** The comparison with rows `row` and `row + 1` joined; throws EditError 'no-such-row' or 'cannot-join-last'. */
export function joinRows(comparison: Comparison, row: number): Comparison {
  const first = beadAt(comparison, row);
  const second = comparison.alignment[row + 1];
  if (second === undefined) throw new EditError('cannot-join-last', `row ${row} is the last row: there is no next row to join it with`);
  const joined: Bead = { fr: [...first.fr, ...second.fr], en: [...first.en, ...second.en], score: null };
  return { ...comparison, alignment: [...comparison.alignment.slice(0, row), joined, ...comparison.alignment.slice(row + 2)] };
}
