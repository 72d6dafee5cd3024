import '../styles/library.css';
import type { LibraryError } from './LibraryError';
import { useLibraryTranslation } from './useLibraryTranslation';

export interface StorageNoticeProps {
  /** Why the comparison could not be kept; null shows nothing. */
  readonly error: LibraryError | null;
  readonly onDismiss: () => void;
}

/**
 * Tells the reader, politely, that the browser did not keep their comparison and that exporting
 * still works. Keep it mounted, with `error` null until a save fails: a live region that is already
 * on the page is announced when it fills, one added with its text often is not.
 */
export function StorageNotice({ error, onDismiss }: StorageNoticeProps) {
  const { t } = useLibraryTranslation();
  return (
    <div role="status" aria-label={t('notice.label')} className={error ? 'storage-notice storage-notice--shown' : 'storage-notice'}>
      {error && (
        <>
          <p className="storage-notice__text">{t(`notice.${error.code}`)}</p>
          <button type="button" className="button button--quiet" onClick={onDismiss}>
            {t('notice.dismiss')}
          </button>
        </>
      )}
    </div>
  );
}
