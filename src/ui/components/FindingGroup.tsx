import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countFindings, verdictBy } from '../../core/findings/index';
import type { Relation, RelationKind } from '../../core/model/index';
import type { UiLang } from '../../i18n/i18n';
import { findingHref, isPlainClick } from '../findingUrl';
import { useFormatters } from '../hooks/useFormatters';
import { leadingQuote, shortenQuote } from '../quoteText';
import { KindIcon } from './KindIcon';
import { ProvenanceBadge } from './ProvenanceBadge';

export interface FindingGroupProps {
  readonly kind: RelationKind;
  readonly relations: readonly Relation[];
  readonly uiLang: UiLang;
  readonly currentId: string | null;
  readonly onOpen: (relationId: string) => void;
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
export function FindingGroup({ kind, relations, uiLang, currentId, onOpen }: FindingGroupProps) {
  const { t } = useTranslation('compare');
  const format = useFormatters();
  const headingId = useId();
  const [showAll, setShowAll] = useState(false);
  const cut = !showAll && relations.length > LISTED_AT_FIRST;
  // The heading counts as the summary does: a rejected finding is listed, struck through, but counted apart.
  const counts = countFindings(relations);
  const listed = cut
    ? relations.filter((relation, index) => index < LISTED_AT_FIRST || relation.id === currentId)
    : relations;
  return (
    <section className={`finding-group kind-${kind}`} aria-labelledby={headingId}>
      <h3 id={headingId} className="finding-group__heading">
        <KindIcon kind={kind} />
        <span>{t(`relation.kind.${kind}`)}</span>{' '}
        <span className="finding-group__count">{format.number(counts.byKind[kind])}</span>
        {counts.rejected > 0 && (
          <>
            {' '}
            <span className="finding-group__rejected">{t('list.rejected', { count: counts.rejected })}</span>
          </>
        )}
      </h3>
      <ol className="finding-group__entries">
        {listed.map((relation) => {
          const quote = leadingQuote(relation, uiLang);
          return (
            <li key={relation.id}>
              <a
                className="finding-entry"
                href={findingHref(relation.id)}
                aria-current={relation.id === currentId ? 'true' : undefined}
                onClick={(event) => {
                  if (!isPlainClick(event)) return;
                  event.preventDefault();
                  onOpen(relation.id);
                }}
              >
                <span className="finding-entry__quote" lang={quote.lang}>
                  {shortenQuote(quote.text)}
                </span>
                {relation.aspects.length > 0 && (
                  <>
                    {' '}
                    <span className="finding-entry__aspects">{format.list(relation.aspects.map((aspect) => t(`aspect.${aspect}`)))}</span>
                  </>
                )}
                {/* Mounted only where it draws something: a badge per entry would cost each language switch. */}
                {verdictBy(relation) !== 'analyst' && <ProvenanceBadge relation={relation} />}
                {/* A reader's judgement only: "automatic" is what the badge already says. */}
                {(relation.status === 'confirmed' || relation.status === 'rejected') && (
                  <>
                    {' '}
                    <span className={`status-tag status-tag--${relation.status}`}>{t(`relation.status.${relation.status}`)}</span>
                  </>
                )}
              </a>
            </li>
          );
        })}
      </ol>
      {cut && (
        <button type="button" className="button button--quiet finding-group__more" onClick={() => setShowAll(true)}>
          {t('list.showAll', { total: format.number(relations.length), kind: t(`relation.kind.${kind}`) })}
        </button>
      )}
    </section>
  );
}
