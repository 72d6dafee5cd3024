import { useTranslation } from 'react-i18next';
import type { Finding } from '../../core/model/index';
import type { UiLang } from '../../i18n/i18n';
import { findingHref, isPlainClick } from '../findingUrl';
import { leadingQuote, shortenQuote } from '../quoteText';
import { KindIcon } from './KindIcon';

export interface RelatedFindingsProps {
  /** The findings that share the open one's text; nothing is drawn when there are none. */
  readonly related: readonly Finding[];
  readonly uiLang: UiLang;
  readonly onOpen: (findingId: string) => void;
}

/** The findings that share the open finding's text, each a link that opens it, named by its kind and the start of its quote. */
export function RelatedFindings({ related, uiLang, onOpen }: RelatedFindingsProps) {
  const { t } = useTranslation('compare');
  if (related.length === 0) return null;
  return (
    <div className="finding-panel__related">
      <h3 className="finding-panel__subheading">{t('finding.related')}</h3>
      <ul className="related-list">
        {related.map((other) => {
          const quote = leadingQuote(other, uiLang);
          return (
            <li key={other.id}>
              <a
                className={`related-link kind-${other.kind}`}
                href={findingHref(other.id)}
                onClick={(event) => {
                  if (!isPlainClick(event)) return;
                  event.preventDefault();
                  onOpen(other.id);
                }}
              >
                <KindIcon kind={other.kind} />
                <span className="related-link__kind">{t(`findingKind.${other.kind}`)}</span>{' '}
                <span className="related-link__quote" lang={quote.lang}>
                  {shortenQuote(quote.text, 70)}
                </span>
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
