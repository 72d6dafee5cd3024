import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang, Source } from '../../core/model/index';
import { readPageTime } from '../../core/reading/index';
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
  const year = source.published === null ? null : Number(source.published.slice(0, 4));
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
                <PageTimeText text={source.publishedTime} lang={lang} year={year} />
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('meta.updated')}</dt>
          <dd>{source.updated === null ? notGiven : <PageTimeText text={source.updated} lang={lang} year={year} />}</dd>
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

/**
 * A time (and day) as the page wrote it, "11h05 le 14/07", written in the reader's language,
 * "14 July 2017, 11:05"; the page's own words stay as the title, and stand as written when they
 * cannot be read without a guess.
 */
function PageTimeText({ text, lang, year }: { text: string; lang: Lang; year: number | null }) {
  const { t } = useTranslation('compare');
  const format = useFormatters();
  const read = readPageTime(text, lang, year);
  if (read === null) return <span lang={lang}>{text}</span>;
  const time = format.time(read.hour, read.minute);
  const clock = `${String(read.hour).padStart(2, '0')}:${String(read.minute).padStart(2, '0')}`;
  return (
    <time dateTime={read.day === null ? clock : `${read.day}T${clock}`} title={text}>
      {read.day === null ? time : t('meta.dayAtTime', { day: format.date(read.day), time })}
    </time>
  );
}
