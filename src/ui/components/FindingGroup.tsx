import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countFindings, verdictBy } from '../../core/findings/index';
import type { Finding, FindingKind } from '../../core/model/index';
import type { UiLang } from '../../i18n/i18n';
import { findingHref, isPlainClick } from '../findingUrl';
import { useFormatters } from '../hooks/useFormatters';
import { leadingQuote, shortenQuote } from '../quoteText';
import { KindIcon } from './KindIcon';
import { ProvenanceBadge } from './ProvenanceBadge';

export interface FindingGroupProps {
  readonly kind: FindingKind;
  readonly findings: readonly Finding[];
  readonly uiLang: UiLang;
  readonly currentId: string | null;
  readonly onOpen: (findingId: string) => void;
}

/**
 * Entries a group lists before "Show all": drawing thousands of entries (a long comparison has
 * 6,000 findings) took 1.7 s of the time to open it; j and k, the strip and the texts reach every
 * finding anyway.
 */
export const LISTED_AT_FIRST = 100;

/**
 * The findings of one kind: a heading with their number, then one entry each, quote and aspects;
 * past LISTED_AT_FIRST, the rest on demand, except the open finding, which is always listed.
 */
export function FindingGroup({ kind, findings, uiLang, currentId, onOpen }: FindingGroupProps) {
  const { t } = useTranslation('compare');
  const format = useFormatters();
  const headingId = useId();
  const [showAll, setShowAll] = useState(false);
  const cut = !showAll && findings.length > LISTED_AT_FIRST;
  // The heading counts as the summary does: a rejected finding is listed, struck through, but counted apart.
  const counts = countFindings(findings);
  const listed = cut
    ? findings.filter((finding, index) => index < LISTED_AT_FIRST || finding.id === currentId)
    : findings;
  return (
    <section className={`finding-group kind-${kind}`} aria-labelledby={headingId}>
      <h3 id={headingId} className="finding-group__heading">
        <KindIcon kind={kind} />
        <span>{t(`findingKind.${kind}`)}</span>{' '}
        <span className="finding-group__count">{format.number(counts.byKind[kind])}</span>
        {counts.rejected > 0 && (
          <>
            {' '}
            <span className="finding-group__rejected">{t('list.rejected', { count: counts.rejected })}</span>
          </>
        )}
      </h3>
      <ol className="finding-group__entries">
        {listed.map((finding) => {
          const quote = leadingQuote(finding, uiLang);
          return (
            <li key={finding.id}>
              <a
                className="finding-entry"
                href={findingHref(finding.id)}
                aria-current={finding.id === currentId ? 'true' : undefined}
                onClick={(event) => {
                  if (!isPlainClick(event)) return;
                  event.preventDefault();
                  onOpen(finding.id);
                }}
              >
                <span className="finding-entry__quote" lang={quote.lang}>
                  {shortenQuote(quote.text)}
                </span>
                {finding.aspects.length > 0 && (
                  <>
                    {' '}
                    <span className="finding-entry__aspects">{format.list(finding.aspects.map((aspect) => t(`aspect.${aspect}`)))}</span>
                  </>
                )}
                {/* Mounted only where it draws something: a badge per entry would cost each language switch. */}
                {verdictBy(finding) !== 'analyst' && <ProvenanceBadge finding={finding} t={t} format={format} />}
                {/* A reader's judgement only: "automatic" is what the badge already says. */}
                {(finding.status === 'confirmed' || finding.status === 'rejected') && (
                  <>
                    {' '}
                    <span className={`status-tag status-tag--${finding.status}`}>{t(`findingStatus.${finding.status}`)}</span>
                  </>
                )}
              </a>
            </li>
          );
        })}
      </ol>
      {cut && (
        <button type="button" className="button button--quiet finding-group__more" onClick={() => setShowAll(true)}>
          {t('list.showAll', { total: format.number(findings.length), kind: t(`findingKind.${kind}`) })}
        </button>
      )}
    </section>
  );
}
