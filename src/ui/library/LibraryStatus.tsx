import { useEffect, useRef } from 'react';
import type { DeletedComparison } from './libraryStore';
import type { LibraryErrorCode } from './LibraryError';
import { useLibraryTranslation } from './useLibraryTranslation';

/** What the library's status line says after the reader's last action. */
export type LibraryStatusState =
  | { readonly kind: 'deleted'; readonly name: string; readonly deleted: DeletedComparison }
  | { readonly kind: 'restored'; readonly name: string }
  | { readonly kind: 'problem'; readonly code: LibraryErrorCode };

export interface LibraryStatusProps {
  readonly status: LibraryStatusState | null;
  readonly onUndo: () => void;
}

/**
 * The library's status line, a polite live region that is always there so that what it says is
 * announced: after a deletion it offers Undo, and focus goes to Undo since the deleted item is gone.
 */
export function LibraryStatus({ status, onUndo }: LibraryStatusProps) {
  const { t } = useLibraryTranslation();
  const undoRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (status?.kind === 'deleted') undoRef.current?.focus();
  }, [status]);

  return (
    <div role="status" className="library-status">
      {status?.kind === 'deleted' && (
        <>
          <span>{t('status.deleted', { name: status.name })}</span>{' '}
          <button ref={undoRef} type="button" className="button button--quiet" onClick={onUndo}>
            {t('status.undo')}
          </button>
        </>
      )}
      {status?.kind === 'restored' && <span>{t('status.restored', { name: status.name })}</span>}
      {status?.kind === 'problem' && <span>{t(`problem.${status.code}`)}</span>}
    </div>
  );
}
