import { useTranslation } from 'react-i18next';

export interface FindingNavProps {
  /** Where the finding stands among those shown, counting from 1; null when its kind is hidden. */
  readonly position: { readonly index: number; readonly total: number } | null;
  readonly onStep: (direction: 1 | -1) => void;
  readonly onClose: () => void;
}

/** The open finding's bar: where it stands among those shown, Previous, Next and Close. */
export function FindingNav({ position, onStep, onClose }: FindingNavProps) {
  const { t } = useTranslation('compare');
  return (
    <div className="finding-panel__bar">
      <p className="finding-panel__position">{position === null ? '' : t('finding.position', { index: position.index, total: position.total })}</p>
      <div className="finding-panel__nav">
        <button type="button" className="button button--quiet" onClick={() => onStep(-1)} aria-label={t('finding.previousLabel')} title={t('finding.previousLabel')}>
          <span aria-hidden="true">‹ </span>
          {t('finding.previous')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => onStep(1)} aria-label={t('finding.nextLabel')} title={t('finding.nextLabel')}>
          {t('finding.next')}
          <span aria-hidden="true"> ›</span>
        </button>
        <button type="button" className="button button--quiet" onClick={onClose} aria-label={t('finding.closeLabel')} title={t('finding.closeLabel')}>
          <span aria-hidden="true">× </span>
          {t('finding.close')}
        </button>
      </div>
    </div>
  );
}
