import { useEffect, type Dispatch } from 'react';
import type { SavedRecord } from '../../core/library/index';
import type { Comparison } from '../../core/model/index';
import { useLazyModule } from '../hooks/useLazyModule';
import type { NavigationAction, Shown } from './navigation';
import { loadOwnView, type OwnView } from './ownView';

/** What fetching a comparison from the library gave: the record with the view that shows it, or why it cannot be had. */
type Opened = { readonly record: SavedRecord; readonly View: OwnView } | { readonly error: unknown };

/** Fetches the record `id` and the view of it; a failure is an answer to show the reader, not an error to log. */
function loadOpened(id: string): Promise<Opened> {
  const record = import('../library/libraryStore').then(({ loadComparison }) => loadComparison(id));
  return Promise.all([record, loadOwnView()]).then(
    ([loaded, View]) => ({ record: loaded, View }),
    (error: unknown) => ({ error }),
  );
}

/**
 * While `shown` is a comparison being opened (named in the address, or chosen in the library), it
 * is fetched from the library; once it arrives, the workspace keeps it (`keepWork`) and shows it,
 * and if it cannot be had, the reader is told why at once, in its place, and the address keeps
 * naming it (a reload tries again). Each opening fetches afresh: the library may have changed.
 */
export function useOpening(
  shown: Shown,
  keepWork: (record: SavedRecord, stored: Comparison | null) => SavedRecord,
  dispatch: Dispatch<NavigationAction>,
): void {
  const opening = shown.kind === 'opening' ? shown : null;
  // Keyed by the navigation's own value: each opening is a new one, and fetches afresh.
  const { value: opened } = useLazyModule(opening === null ? null : () => loadOpened(opening.id), opening);

  useEffect(() => {
    if (opened === null) return;
    if ('error' in opened) dispatch({ type: 'fail-opening', error: opened.error });
    else dispatch({ type: 'finish-opening', record: keepWork(opened.record, opened.record.comparison), View: opened.View });
  }, [opened, keepWork, dispatch]);
}
