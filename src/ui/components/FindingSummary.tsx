import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindingCounts } from '../../core/findings/index';
import { FINDING_KINDS, type FindingKind } from '../../core/model/index';
import { KindLegend } from './KindLegend';

export interface FindingSummaryProps {
  /** As the core counts them: rejected findings apart from their kind. */
  readonly counts: FindingCounts;
  readonly shownKinds: ReadonlySet<FindingKind>;
  readonly onToggle: (kind: FindingKind) => void;
  readonly onShowAll: () => void;
}

/** The comparison at a glance: how many findings of each kind, those rejected apart, and the legend that filters them. */
export function FindingSummary({ counts, shownKinds, onToggle, onShowAll }: FindingSummaryProps) {
  const { t } = useTranslation('compare');
  const headingId = useId();
  const allShown = FINDING_KINDS.every((kind) => shownKinds.has(kind));
  return (
    <section className="summary panel-box" aria-labelledby={headingId}>
      <div className="summary__head">
        <h2 id={headingId} className="section-title">{t('summary.heading')}</h2>
        <p className="summary__total">{t('summary.total', { count: counts.total })}</p>
        {counts.rejected > 0 && <p className="summary__rejected">{t('summary.rejected', { count: counts.rejected })}</p>}
      </div>
      <KindLegend counts={counts.byKind} shownKinds={shownKinds} onToggle={onToggle} />
      <p className="summary__hint">
        {t('summary.hint')}
        {!allShown && (
          <>
            {' '}
            <button type="button" className="link-button" onClick={onShowAll}>
              {t('summary.showAll')}
            </button>
          </>
        )}
      </p>
    </section>
  );
}
