import { useTranslation } from 'react-i18next';
import { engineConfidence } from '../../core/findings/index';
import type { Finding } from '../../core/model/index';
import { useFormatters } from '../hooks/useFormatters';

/** Where a finding comes from, how a reader judged it, and how sure the engine was. */
export function FindingFacts({ finding }: { finding: Finding }) {
  const { t } = useTranslation('compare');
  const format = useFormatters();
  // Once the reader changed the verdict, the engine's confidence no longer speaks for it.
  const confidence = engineConfidence(finding);
  return (
    <dl className="finding-panel__facts">
      <div>
        <dt>{t('finding.origin')}</dt>
        <dd>{t(`origin.${finding.origin}`)}</dd>
      </div>
      {finding.status !== undefined && (
        <div>
          <dt>{t('finding.status')}</dt>
          <dd>{t(`findingStatus.${finding.status}`)}</dd>
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
