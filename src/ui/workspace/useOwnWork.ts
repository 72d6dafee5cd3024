import { useCallback, useRef, useState } from 'react';
import type { SavedRecord } from '../../core/library/index';
import type { Comparison } from '../../core/model/index';
import { useLibrarySave, type LibrarySaveStatus } from '../library/useLibrarySave';

/**
 * The comparison of the reader's own that was opened or changed last, as the library must hold it,
 * with the comparison the library holds already (null when it holds none): the same object is not
 * saved again, so that opening a comparison does not move it to the top of the library.
 */
interface Work {
  readonly record: SavedRecord;
  readonly stored: Comparison | null;
}

export interface OwnWork {
  /** Where the saves to the library stand. */
  readonly save: LibrarySaveStatus;
  /** The record to show for `record`, as this page last left it; the library is made to hold it so. */
  readonly keepWork: (record: SavedRecord, stored: Comparison | null) => SavedRecord;
  /** Keeps and saves a new state of the comparison `id`, and returns its record. */
  readonly changeWork: (id: string, comparison: Comparison) => SavedRecord;
  /** Every comparison of the reader's own this page opened, in its latest state. */
  readonly openRecords: () => SavedRecord[];
}

/**
 * The reader's work, kept above the view that shows it: every change to a comparison of their own
 * comes up, is saved, and is what the view shows when it mounts again (after the form, after the
 * library opened another, when the library opens it again), so that no remount, no navigation and
 * no copy read back from the library before the last save landed undoes an edit. `shipped` is what
 * the save reads while no comparison of the reader's is kept (nothing is saved then).
 */
export function useOwnWork(shipped: Comparison): OwnWork {
  // The latest state of every comparison of the reader's own this page opened, by id: what the
  // library holds may lag behind it by a save in flight.
  const latest = useRef(new Map<string, SavedRecord>());
  const [work, setWork] = useState<Work | null>(null);
  const save = useLibrarySave({
    id: work?.record.id ?? null,
    comparison: work?.record.comparison ?? shipped,
    createdAt: work?.record.createdAt ?? '',
    origin: work?.record.origin ?? 'new',
    stored: work?.stored ?? null,
  });

  const keepWork = useCallback((record: SavedRecord, stored: Comparison | null): SavedRecord => {
    const kept = latest.current.get(record.id);
    const current = kept ? { ...record, comparison: kept.comparison } : record;
    latest.current.set(current.id, current);
    setWork({ record: current, stored });
    return current;
  }, []);

  // A change can come from a view already gone (a note saved as the form replaced it): it is kept
  // and saved all the same.
  const changeWork = useCallback((id: string, comparison: Comparison): SavedRecord => {
    const kept = latest.current.get(id);
    if (!kept) throw new Error(`a change to comparison "${id}", which this page never opened; this is a bug`);
    const record = { ...kept, comparison };
    latest.current.set(id, record);
    setWork((previous) => ({ record, stored: previous?.record.id === id ? previous.stored : null }));
    return record;
  }, []);

  const openRecords = useCallback(() => [...latest.current.values()], []);

  return { save, keepWork, changeWork, openRecords };
}
