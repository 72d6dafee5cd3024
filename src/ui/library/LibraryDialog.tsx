import { useId, useMemo, useRef, useState, type KeyboardEvent, type SyntheticEvent } from 'react';
import { summarizeComparison } from '../../core/library/index';
import type { Comparison } from '../../core/model/index';
import '../styles/library.css';
import { useModalDialog } from '../hooks/useModalDialog';
import { ComparisonCard } from './ComparisonCard';
import { toLibraryError } from './LibraryError';
import { LibraryStatus, type LibraryStatusState } from './LibraryStatus';
import { deleteComparison, restoreComparison } from './libraryStore';
import { SavedEntry } from './SavedEntry';
import { useLibraryEntries } from './useLibraryEntries';
import { useLibraryTranslation } from './useLibraryTranslation';

/** What onOpen receives for the comparison shipped with the app; saved records have other ids. */
export const SHIPPED_ID = 'shipped';

export interface LibraryDialogProps {
  /** The comparison shipped with the app, listed first: it can be opened, not deleted. */
  readonly shipped: Comparison;
  /** The id of the comparison on screen (SHIPPED_ID for the shipped one), or null: it is marked, and cannot be deleted while open. */
  readonly currentId: string | null;
  /** The reader chose a comparison: SHIPPED_ID or a saved record's id, for the caller to load and show. */
  readonly onOpen: (id: string) => void;
  readonly onClose: () => void;
}

/**
 * The library: the shipped comparison, then those saved in this browser, newest first, in a modal
 * dialog. It is mounted only while open; focus goes in, Escape closes it, and focus goes back to
 * where it was. Deleting asks first and can be undone from the status line until the next action.
 */
export function LibraryDialog({ shipped, currentId, onOpen, onClose }: LibraryDialogProps) {
  const { t } = useLibraryTranslation();
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const firstRef = useRef<HTMLButtonElement>(null);
  const closed = useRef(false);
  const { entries, error, reload, forget } = useLibraryEntries();
  const [status, setStatus] = useState<LibraryStatusState | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const shippedSummary = useMemo(() => summarizeComparison(shipped), [shipped]);

  // The same first stop in every browser: the first comparison's Open button.
  useModalDialog(ref, firstRef);

  // Escape reaches the dialog as a keydown (handled here, so that the reading view's own Escape does
  // not also close the open finding) and, in browsers, as a cancel event: either closes it, once.
  const close = () => {
    if (closed.current) return;
    closed.current = true;
    onClose();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    close();
  };
  const onCancel = (event: SyntheticEvent<HTMLDialogElement>) => {
    event.preventDefault();
    close();
  };

  const open = (id: string) => {
    setStatus(null);
    onOpen(id);
  };

  const remove = async (id: string, name: string): Promise<boolean> => {
    try {
      const deleted = await deleteComparison(id);
      forget(id);
      setStatus({ kind: 'deleted', name, deleted });
      return true;
    } catch (thrown) {
      setStatus({ kind: 'problem', code: toLibraryError(thrown).code });
      return false;
    }
  };

  const undo = async () => {
    if (status?.kind !== 'deleted') return;
    try {
      await restoreComparison(status.deleted);
      setFocusId(status.deleted.id);
      await reload();
      setStatus({ kind: 'restored', name: status.name });
    } catch (thrown) {
      setStatus({ kind: 'problem', code: toLibraryError(thrown).code });
    }
  };

  const clearStatus = () => setStatus(null);

  return (
    <dialog ref={ref} className="modal-dialog library-dialog" aria-labelledby={titleId} onKeyDown={onKeyDown} onCancel={onCancel} onClose={close}>
      <h2 id={titleId}>{t('dialog.title')}</h2>
      <p className="library-dialog__intro">{t('dialog.intro')}</p>
      <ul className="library-list" aria-labelledby={titleId}>
        <li>
          <ComparisonCard summary={shippedSummary} savedAt={null} shipped current={currentId === SHIPPED_ID}>
            <button ref={firstRef} type="button" className="button" onClick={() => open(SHIPPED_ID)}>
              {t('item.open')}{' '}
              <span className="visually-hidden">{shippedSummary.name}</span>
            </button>
          </ComparisonCard>
        </li>
        {entries?.map((entry) => (
          <li key={entry.id}>
            <SavedEntry
              entry={entry}
              current={entry.id === currentId}
              takeFocus={entry.id === focusId}
              onOpen={open}
              onDelete={remove}
              onAction={clearStatus}
            />
          </li>
        ))}
      </ul>
      {entries === null && <p className="library-dialog__note">{t('dialog.loading')}</p>}
      {error && <p className="library-dialog__note">{t(`problem.${error.code}`)}</p>}
      {entries?.length === 0 && !error && <p className="library-dialog__note">{t('dialog.empty')}</p>}
      <LibraryStatus status={status} onUndo={() => void undo()} />
      <div className="library-dialog__actions">
        <button type="button" className="button" onClick={close}>
          {t('dialog.close')}
        </button>
      </div>
    </dialog>
  );
}
