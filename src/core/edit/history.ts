/**
 * Undo and redo over pure data: the history keeps whole comparisons, not inverse edits, so that
 * undoing gives back the very object that was there before (nothing to recompute, nothing to get
 * wrong) and costs only what changed, since an edit shares every part it did not touch. Each entry
 * remembers the Edit that made it, so that the interface can say "Undo: join rows".
 *
 * Invariants: `past` is oldest first, `future` nearest first; recording an edit clears the future;
 * the past holds at most HISTORY_LIMIT entries, the oldest dropped first.
 */
import type { Comparison } from '../model/types';
import { applyEdit } from './applyEdit';
import type { Edit } from './edit';

/** How many edits can be undone; older ones are forgotten. */
export const HISTORY_LIMIT = 200;

/** An edit that can be undone, with the comparison as it was before it. */
export interface PastEdit {
  readonly edit: Edit;
  readonly before: Comparison;
}

/** An undone edit that can be redone, with the comparison as it was after it. */
export interface FutureEdit {
  readonly edit: Edit;
  readonly after: Comparison;
}

export interface EditHistory {
  /** Oldest first; the last entry is what undo takes back. */
  readonly past: readonly PastEdit[];
  readonly present: Comparison;
  /** Nearest first; the first entry is what redo does again. */
  readonly future: readonly FutureEdit[];
}

/** A history with `comparison` as the present and nothing to undo or redo. */
export function createHistory(comparison: Comparison): EditHistory {
  return { past: [], present: comparison, future: [] };
}

/**
 * The history after applying `edit` to the present: it can be undone, and the future is cleared.
 * Returns `history` itself when the edit changes nothing. Throws EditError when the edit does not
 * apply, leaving `history` as it was.
 */
export function recordEdit(history: EditHistory, edit: Edit): EditHistory {
  const next = applyEdit(history.present, edit);
  if (next === history.present) return history;
  const past = [...history.past, { edit, before: history.present }];
  return { past: past.slice(Math.max(0, past.length - HISTORY_LIMIT)), present: next, future: [] };
}

/** The history with the last edit taken back (it can be redone); `history` itself when there is nothing to undo. */
export function undo(history: EditHistory): EditHistory {
  const last = history.past[history.past.length - 1];
  if (last === undefined) return history;
  return { past: history.past.slice(0, -1), present: last.before, future: [{ edit: last.edit, after: history.present }, ...history.future] };
}

/** The history with the last undone edit done again; `history` itself when there is nothing to redo. */
export function redo(history: EditHistory): EditHistory {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, { edit: next.edit, before: history.present }], present: next.after, future: rest };
}

/** True when there is an edit to undo. */
export function canUndo(history: EditHistory): boolean {
  return history.past.length > 0;
}

/** True when there is an undone edit to redo. */
export function canRedo(history: EditHistory): boolean {
  return history.future.length > 0;
}

/** The edit that undo would take back, or null. */
export function lastEdit(history: EditHistory): Edit | null {
  return history.past[history.past.length - 1]?.edit ?? null;
}

/** The edit that redo would do again, or null. */
export function nextEdit(history: EditHistory): Edit | null {
  return history.future[0]?.edit ?? null;
}
