import { useTranslation } from 'react-i18next';
import { engineConfidence } from '../../core/findings/index';
import type { Relation } from '../../core/model/index';
import { useFormatters } from '../hooks/useFormatters';

/** Where a finding comes from, how a reader judged it, and how sure the engine was. */
export function FindingFacts({ relation }: { relation: Relation }) {
  const { t } = useTranslation('compare');
  const format = useFormatters();
  // Once the reader changed the verdict, the engine's confidence no longer speaks for it.
  const confidence = engineConfidence(relation);
  return (
    <dl className="finding-panel__facts">
      <div>
        <dt>{t('finding.origin')}</dt>
        <dd>{t(`origin.${relation.origin}`)}</dd>
      </div>
      {relation.status !== undefined && (
        <div>
          <dt>{t('finding.status')}</dt>
          <dd>{t(`relation.status.${relation.status}`)}</dd>
        </div>
      )}
      {confidence !== null && (
        <div>
          <dt>{t('finding.confidence')}</dt>
          <dd>{format.percent(confidence)}</dd>
        </div>
      )}
    </dl>
  );
}
