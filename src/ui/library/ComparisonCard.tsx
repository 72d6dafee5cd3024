import { useId, type ReactNode } from 'react';
import type { ComparisonSummary } from '../../core/library/index';
import { KindCounts } from './KindCounts';
import { useLibraryTranslation } from './useLibraryTranslation';
import { useSavedAtFormat } from './useSavedAtFormat';

export interface ComparisonCardProps {
  readonly summary: ComparisonSummary;
  /** An ISO instant; null for the shipped comparison, which was never saved here. */
  readonly savedAt: string | null;
  readonly shipped: boolean;
  readonly current: boolean;
  /** The card's buttons, or the question that replaces them while a deletion is confirmed. */
  readonly children: ReactNode;
}

/** One comparison of the library, named by its heading: both titles, its findings by kind, when it was saved. */
export function ComparisonCard({ summary, savedAt, shipped, current, children }: ComparisonCardProps) {
  const { t, i18n } = useLibraryTranslation();
  const uiLang = i18n.resolvedLanguage;
  const formatSavedAt = useSavedAtFormat();
  const headingId = useId();
  return (
    <article className="library-card" aria-labelledby={headingId}>
      <header className="library-card__header">
        <h3 id={headingId} className="library-card__name">
          {summary.name}
        </h3>
        {shipped && <span className="library-card__mark">{t('item.shipped')}</span>}
        {current && <span className="library-card__mark library-card__mark--current">{t('item.current')}</span>}
      </header>
      <dl className="library-card__titles">
        <dt>{t('item.frenchTitle')}</dt>
        <dd lang="fr">{summary.titles.fr || <span lang={uiLang}>{t('item.untitled')}</span>}</dd>
        <dt>{t('item.englishTitle')}</dt>
        <dd lang="en">{summary.titles.en || <span lang={uiLang}>{t('item.untitled')}</span>}</dd>
      </dl>
      <KindCounts counts={summary.counts} rejected={summary.rejected} label={t('item.findings')} />
      {savedAt !== null && (
        <p className="library-card__saved">
          <time dateTime={savedAt}>{t('item.saved', { date: formatSavedAt(savedAt) })}</time>
        </p>
      )}
      <div className="library-card__actions">{children}</div>
    </article>
  );
}
