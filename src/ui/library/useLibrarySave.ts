import { useEffect, useRef, useState } from 'react';
import { toSavedRecord, type RecordOrigin } from '../../core/library/index';
import type { Comparison } from '../../core/model/index';
import type { LibraryError } from './LibraryError';

export type LibrarySaveState = 'saved' | 'saving' | 'failed';

export interface LibrarySaveOptions {
  /** The record's id; null when the comparison on screen is not kept (the shipped one): nothing is saved. */
  readonly id: string | null;
  readonly comparison: Comparison;
  /** When the record was first made (ISO); kept as it is on every save. */
  readonly createdAt: string;
  readonly origin: RecordOrigin;
  /**
   * The comparison the library already holds under this id (the object loadComparison gave), or
   * null when it holds none yet: a comparison identical to it (the same object) is not saved again,
   * so that opening a comparison does not move it to the top of the library.
   */
  readonly stored: Comparison | null;
}

export interface LibrarySaveStatus {
  readonly state: LibrarySaveState;
  /** Why the last save failed; the same object for as long as saves keep failing for the same reason, null once one succeeds. */
  readonly error: LibraryError | null;
}

interface Pending {
  readonly id: string;
  readonly comparison: Comparison;
  readonly createdAt: string;
  readonly origin: RecordOrigin;
}

const SAVED: LibrarySaveStatus = { state: 'saved', error: null };

/**
 * Saves the comparison to the library each time it changes: one put per change, except that
 * changes made while a put is in flight are coalesced into one put of the latest, so the last
 * thing written is always the latest comparison. The id may change from one call to the next (the
 * workspace hands over whichever comparison of the reader's changed last); each id keeps its own
 * latest. The save time is read from the clock at each put. The store itself loads with the first
 * save, so that a page that saves nothing (the shipped comparison, read only) does without it.
 */
export function useLibrarySave({ id, comparison, createdAt, origin, stored }: LibrarySaveOptions): LibrarySaveStatus {
  const [status, setStatus] = useState<LibrarySaveStatus>(SAVED);
  // Latest comparison waiting for a put, by record id: a later change replaces an earlier one.
  const waiting = useRef(new Map<string, Pending>());
  const running = useRef(false);
  const lastQueued = useRef<{ id: string; comparison: Comparison } | null>(null);

  useEffect(() => {
    if (id === null) return;
    const baseline = lastQueued.current?.id === id ? lastQueued.current.comparison : stored;
    if (comparison === baseline) return;
    lastQueued.current = { id, comparison };
    waiting.current.set(id, { id, comparison, createdAt, origin });
    if (!running.current) void drain(waiting.current, running, setStatus);
  }, [id, comparison, createdAt, origin, stored]);

  return id === null ? SAVED : status;
}

/** Puts what waits, one record at a time, until nothing waits; `running` is true exactly while it does. */
async function drain(
  waiting: Map<string, Pending>,
  running: { current: boolean },
  setStatus: (update: (status: LibrarySaveStatus) => LibrarySaveStatus) => void,
): Promise<void> {
  running.current = true;
  setStatus((current) => ({ state: 'saving', error: current.error }));
  let error: LibraryError | null = null;
  for (let next = first(waiting); next !== null; next = first(waiting)) {
    waiting.delete(next.id);
    try {
      const { saveComparison } = await import('./libraryStore');
      await saveComparison(toSavedRecord({ ...next, savedAt: new Date().toISOString() }));
      error = null;
    } catch (thrown) {
      const { toLibraryError } = await import('./LibraryError');
      error = toLibraryError(thrown);
    }
  }
  // Cleared in the same turn as the last look at `waiting`, so that a change made from now on starts a new drain.
  running.current = false;
  const failure = error;
  setStatus((current) =>
    failure === null ? SAVED : { state: 'failed', error: current.error?.code === failure.code ? current.error : failure },
  );
}

function first(waiting: Map<string, Pending>): Pending | null {
  for (const pending of waiting.values()) return pending;
  return null;
}
