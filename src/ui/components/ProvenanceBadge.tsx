import { useTranslation } from 'react-i18next';
import type { Relation } from '../../core/index';
import { useFormatters } from '../hooks/useFormatters';

/**
 * Marks a finding the engine made rather than an analyst, with how sure the engine is, so that a
 * reader never takes a machine's judgement for a person's. Draws nothing for a curated finding.
 */
export function AutomaticBadge({ relation }: { relation: Relation }) {
  const { t } = useTranslation('compare');
  const format = useFormatters();
  if (relation.origin !== 'automatic') return null;
  // The leading space keeps the badge's words apart from the text before it, for screen readers too.
  return (
    <>
      {' '}
      <span className="automatic-badge">
        <span>{t('badge.automatic')}</span>
        {relation.confidence !== null && (
          <>
            {' '}
            <span aria-hidden="true">·</span>{' '}
            <span>{t('badge.confidence', { percent: format.percent(relation.confidence) })}</span>
          </>
        )}
      </span>
    </>
  );
}
