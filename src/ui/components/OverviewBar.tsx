import { useTranslation } from 'react-i18next';
import type { Lang, Finding } from '../../core/model/index';
import type { StripMark } from '../../core/reading/index';
import { findingHref, isPlainClick } from '../findingUrl';
import { useFormatters } from '../hooks/useFormatters';
import { shortenQuote } from '../quoteText';
import { KindIcon } from './KindIcon';

export interface OverviewBarProps {
  readonly lang: Lang;
  readonly marks: readonly StripMark[];
  /** The length of the text, in the code units the marks are fractions of. */
  readonly textLength: number;
  readonly findings: ReadonlyMap<string, Finding>;
  readonly currentId: string | null;
  readonly litIds: ReadonlySet<string>;
  readonly onOpen: (findingId: string) => void;
}

/**
 * One text drawn as a bar from its beginning to its end, with a mark wherever a finding that needs
 * a look sits. The bar is a list of links, read in text order, each naming its finding.
 */
export function OverviewBar({ lang, marks, textLength, findings, currentId, litIds, onOpen }: OverviewBarProps) {
  const { t } = useTranslation('compare');
  const format = useFormatters();
  const sourceName = t(`source.${lang}`);
  return (
    <div className="overview-bar">
      <p className="overview-bar__name">
        <span className="lang-tag">{t(`langTag.${lang}`)}</span> {sourceName}
      </p>
      <div className="overview-bar__track-wrap">
        <span className="overview-bar__end" aria-hidden="true">{t('overview.start')}</span>
        {marks.length === 0 ? (
          <p className="overview-bar__track overview-bar__track--empty">{t('overview.none')}</p>
        ) : (
          <ol className="overview-bar__track" aria-label={t('overview.bar', { source: sourceName })}>
            {marks.map((mark) => {
              const finding = findings.get(mark.findingId);
              // A mark keeps its quote's start as a fraction of the text; the offset is that times the length.
              const start = Math.round(mark.from * textLength);
              const span = finding?.[lang].find((candidate) => candidate.start === start) ?? finding?.[lang][0];
              const label = t('overview.mark', {
                kind: t(`findingKind.${mark.kind}`),
                position: format.percent(mark.from),
                quote: shortenQuote(span?.quote ?? '', 70),
              });
              return (
                <li
                  key={`${mark.findingId}-${mark.from}`}
                  className={`overview-mark kind-${mark.kind}`}
                  style={{ left: `${mark.from * 100}%`, width: `${Math.max(mark.to - mark.from, 0) * 100}%` }}
                >
                  <span className="overview-mark__extent" aria-hidden="true" />
                  <a
                    className={`overview-mark__link${litIds.has(mark.findingId) ? ' overview-mark__link--lit' : ''}`}
                    href={findingHref(mark.findingId)}
                    aria-label={label}
                    title={label}
                    aria-current={mark.findingId === currentId ? 'true' : undefined}
                    onClick={(event) => {
                      if (!isPlainClick(event)) return;
                      event.preventDefault();
                      onOpen(mark.findingId);
                    }}
                  >
                    <KindIcon kind={mark.kind} />
                  </a>
                </li>
              );
            })}
          </ol>
        )}
        <span className="overview-bar__end" aria-hidden="true">{t('overview.end')}</span>
      </div>
    </div>
  );
}
