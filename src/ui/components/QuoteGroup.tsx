import { useTranslation } from 'react-i18next';
import type { Lang, Relation } from '../../core/model/index';

/** A finding's quotes from one source, in that source's language, or the plain fact that it has none. */
export function QuoteGroup({ relation, lang }: { relation: Relation; lang: Lang }) {
  const { t } = useTranslation('compare');
  return (
    <section className={`quote-group quote-group--${lang}`}>
      <h3 className="finding-panel__subheading">
        <span className="lang-tag">{t(`langTag.${lang}`)}</span> {t(`source.${lang}`)}
      </h3>
      {relation[lang].length === 0 ? (
        <p className="quote-group__none">{t(`finding.noCounterpart.${lang}`)}</p>
      ) : (
        relation[lang].map((span) => (
          <blockquote key={span.start} className="quote" lang={lang}>
            {span.quote}
          </blockquote>
        ))
      )}
    </section>
  );
}
