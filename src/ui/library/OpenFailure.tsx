import { useTranslation } from 'react-i18next';
import '../styles/library.css';
import { toLibraryError } from './LibraryError';
import { useLibraryTranslation } from './useLibraryTranslation';

/**
 * Says why the comparison named in the address could not be had from the library (gone, damaged,
 * saved by a newer app, storage refused), while the shipped comparison shows in its place. An
 * alert: the reader expected their own work and must know at once that this is not it.
 */
export function OpenFailure({ error, onDismiss }: { error: unknown; onDismiss: () => void }) {
  const { t } = useLibraryTranslation();
  const { t: tCommon } = useTranslation('common');
  const { code } = toLibraryError(error);
  return (
    <div role="alert" className="storage-notice storage-notice--shown">
      <p className="storage-notice__text">
        {tCommon('workspace.openFailed')} {t(`problem.${code}`)}
      </p>
      <button type="button" className="button button--quiet" onClick={onDismiss}>
        {tCommon('workspace.dismiss')}
      </button>
    </div>
  );
}
