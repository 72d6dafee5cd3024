import { useTranslation } from 'react-i18next';

/**
 * Shown while a file is dragged over the page: where to drop it, and what it opens. A pointer's
 * hint only: the import button is the way for the keyboard and screen readers.
 */
export function DropOverlay() {
  const { t } = useTranslation('common');
  return (
    <div className="drop-overlay" aria-hidden="true">
      <p className="drop-overlay__box">{t('import.drop')}</p>
    </div>
  );
}
