import { useTranslation } from 'react-i18next';
import type { Lang, Finding } from '../../core/model/index';

/** A finding's quotes from one source, in that source's language, or the plain fact that it has none. */
export function QuoteGroup({ finding, lang }: { finding: Finding; lang: Lang }) {
  const { t } = useTranslation('compare');
  return (
    <section className={`quote-group quote-group--${lang}`}>
      <h3 className="finding-panel__subheading">
        <span className="lang-tag">{t(`langTag.${lang}`)}</span> {t(`source.${lang}`)}
      </h3>
      {finding[lang].length === 0 ? (
        <p className="quote-group__none">{t(`finding.noCounterpart.${lang}`)}</p>
      ) : (
        finding[lang].map((span) => (
          <blockquote key={span.start} className="quote" lang={lang}>
            {span.quote}
          </blockquote>
        ))
      )}
    </section>
  );
}
