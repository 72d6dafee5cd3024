import { useTranslation } from 'react-i18next';

/** Stands where a finding would, when the address names one the comparison does not hold. */
export function UnknownFinding({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation('compare');
  return (
    <div className="finding-panel finding-panel--unknown" role="status">
      <p>{t('finding.unknown', { id })}</p>
      <button type="button" className="button button--quiet" onClick={onClose}>
        {t('finding.close')}
      </button>
    </div>
  );
}
