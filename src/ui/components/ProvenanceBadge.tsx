import type { TFunction } from 'i18next';
import { engineConfidence, verdictBy } from '../../core/findings/index';
import type { Finding } from '../../core/model/index';
import type { Formatters } from '../hooks/useFormatters';

/**
 * Says whose verdict a finding carries when it is not an analyst's: the engine's, with how sure it
 * is, so that a reader never takes a machine's judgement for a person's; or the reader's own once
 * they made or changed it ("Edited by you"), when the engine's confidence no longer speaks for it.
 * Draws nothing for an analyst's finding.
 *
 * It takes its words from the component that draws it: a list draws a badge per entry, up to 300
 * at once, and a translation hook in each cost some 75 ms of the time to open a comparison.
 */
export function ProvenanceBadge({ finding, t, format }: { finding: Finding; t: TFunction<'compare'>; format: Formatters }) {
  const by = verdictBy(finding);
  if (by === 'analyst') return null;
  const confidence = engineConfidence(finding);
  // The leading space keeps the badge's words apart from the text before it, for screen readers too.
  return (
    <>
      {' '}
      <span className={by === 'reader' ? 'automatic-badge automatic-badge--reader' : 'automatic-badge'}>
        <span>{t(by === 'reader' ? 'badge.edited' : 'badge.automatic')}</span>
        {confidence !== null && (
          <>
            {' '}
            <span aria-hidden="true">·</span>{' '}
            <span>{t('badge.confidence', { percent: format.percent(confidence) })}</span>
          </>
        )}
      </span>
    </>
  );
}
