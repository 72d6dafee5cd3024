import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Source } from '../../core/index';
import { useFormatters } from '../hooks/useFormatters';

/**
 * What a reader needs to weigh a source before reading it: who published it, when, who signed it,
 * what kind of text it is, and what of the page as received was left out of the comparison, and why;
 * then `children`, such as how its text is shown.
 */
export function SourceMeta({ source, children }: { source: Source; children?: ReactNode }) {
  const { t } = useTranslation('compare');
  const format = useFormatters();
  const lang = source.lang;
  const notGiven = <span className="meta__none">{t('meta.notGiven')}</span>;
  return (
    <header className={`source-meta source-meta--${lang}`}>
      <h3 className="source-meta__heading">
        <span className="lang-tag">{t(`langTag.${lang}`)}</span> {t(`source.${lang}`)}
      </h3>
      <p className="source-meta__title" lang={lang}>
        {source.title}
      </p>
      <dl className="meta">
        <div>
          <dt>{t('meta.outlet')}</dt>
          <dd>{source.outlet === null ? notGiven : <span lang={lang}>{source.outlet}</span>}</dd>
        </div>
        <div>
          <dt>{t('meta.published')}</dt>
          <dd>
            {source.published === null ? notGiven : <time dateTime={source.published}>{format.date(source.published)}</time>}
            {source.publishedTime !== null && (
              <>
                {' · '}
                <span lang={lang}>{source.publishedTime}</span>
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('meta.updated')}</dt>
          <dd>{source.updated === null ? notGiven : <span lang={lang}>{source.updated}</span>}</dd>
        </div>
        <div>
          <dt>{t('meta.byline')}</dt>
          <dd>{source.byline.length === 0 ? <span className="meta__none">{t('meta.noByline')}</span> : format.list(source.byline)}</dd>
        </div>
        <div>
          <dt>{t('meta.editors')}</dt>
          <dd>{source.editors.length === 0 ? notGiven : format.list(source.editors)}</dd>
        </div>
        <div>
          <dt>{t('meta.kind')}</dt>
          <dd>{source.kind === null ? notGiven : t(`sourceKind.${source.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('meta.language')}</dt>
          <dd>{t(`lang.${lang}`)}</dd>
        </div>
      </dl>
      {source.excluded.length > 0 && (
        <details className="excluded">
          <summary>{t('meta.excluded', { count: source.excluded.length })}</summary>
          <ul className="excluded__list">
            {source.excluded.map((piece, index) => (
              <li key={index}>
                <q lang={lang}>{piece.text}</q>
                <span className="excluded__reason">
                  <span className="visually-hidden">{t('meta.excludedReason')}: </span>
                  {t(`exclusion.${piece.reason}`)}
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
      {children}
    </header>
  );
}
