import { lazy, Suspense, useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { engineConfidence, noteStandingOf, type ClaimWording } from '../../core/findings/index';
import { LANGS, type Relation } from '../../core/model/index';
import type { UiLang } from '../../i18n/i18n';
import { findingHref, isPlainClick } from '../findingUrl';
import { useFormatters } from '../hooks/useFormatters';
import { leadingQuote, shortenQuote } from '../quoteText';
import { KindIcon } from './KindIcon';
import { NoteStandingLine } from './NoteStandingLine';
import { ProvenanceBadge } from './ProvenanceBadge';
import { QuoteGroup } from './QuoteGroup';

// Drawn only once the translations have loaded, so it loads with them, out of the first view's script.
const WordingDiff = lazy(() => import('./WordingDiff').then((module) => ({ default: module.WordingDiff })));

export interface FindingPanelProps {
  readonly relation: Relation;
  readonly uiLang: UiLang;
  /** Where the finding stands among those shown, counting from 1; null when its kind is hidden. */
  readonly position: { readonly index: number; readonly total: number } | null;
  readonly related: readonly Relation[];
  /** Both quotes compared word by word in the reader's language, once the translations have loaded; null when there is none. */
  readonly wording?: ClaimWording | null;
  /**
   * Whether focus moves to the panel when it opens: yes when the reader opened it, so that a
   * screen reader announces it; no on a deep link or Back, where the reader did not ask for it.
   */
  readonly takeFocus: boolean;
  readonly onStep: (direction: 1 | -1) => void;
  readonly onClose: () => void;
  readonly onOpen: (relationId: string) => void;
  /** The controls that edit this finding, while the reader edits; they show both notes, so the note below gives way to them. */
  readonly editor?: ReactNode;
}

/**
 * One finding, opened: its verdict and what differs, both quotes in their own language, the note
 * in the reader's language with the other a click away, then the quotes compared word by word in
 * the reader's language, and the findings that share its text.
 */
export function FindingPanel({ relation, uiLang, position, related, wording = null, takeFocus, onStep, onClose, onOpen, editor = null }: FindingPanelProps) {
  const { t } = useTranslation('compare');
  const format = useFormatters();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const otherLang: UiLang = uiLang === 'fr' ? 'en' : 'fr';
  const kindName = t(`relation.kind.${relation.kind}`);
  // Once the reader changed the verdict, the engine's confidence no longer speaks for it.
  const confidence = engineConfidence(relation);

  // Only on opening: the panel is keyed by the finding, so each finding opened mounts anew.
  const focusOnMount = useRef(takeFocus);
  useEffect(() => {
    if (focusOnMount.current) headingRef.current?.focus({ preventScroll: true });
  }, []);

  return (
    <aside className={`finding-panel kind-${relation.kind}`} aria-labelledby={headingId}>
      <div className="finding-panel__bar">
        <p className="finding-panel__position">{position === null ? '' : t('finding.position', { index: position.index, total: position.total })}</p>
        <div className="finding-panel__nav">
          <button type="button" className="button button--quiet" onClick={() => onStep(-1)} aria-label={t('finding.previousLabel')} title={t('finding.previousLabel')}>
            <span aria-hidden="true">‹ </span>
            {t('finding.previous')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => onStep(1)} aria-label={t('finding.nextLabel')} title={t('finding.nextLabel')}>
            {t('finding.next')}
            <span aria-hidden="true"> ›</span>
          </button>
          <button type="button" className="button button--quiet" onClick={onClose} aria-label={t('finding.closeLabel')} title={t('finding.closeLabel')}>
            <span aria-hidden="true">× </span>
            {t('finding.close')}
          </button>
        </div>
      </div>

      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="finding-panel__verdict">
        <KindIcon kind={relation.kind} className="finding-panel__icon" />
        {t('finding.label', { kind: kindName })}
        <ProvenanceBadge relation={relation} />
      </h2>

      {position === null && <p className="finding-panel__notice">{t('finding.hiddenKind')}</p>}

      {relation.aspects.length > 0 && (
        <div className="finding-panel__aspects">
          <h3 className="finding-panel__subheading">{t('finding.aspects')}</h3>
          <ul className="aspect-list">
            {relation.aspects.map((aspect) => (
              <li key={aspect} className="aspect">
                {t(`aspect.${aspect}`)}
              </li>
            ))}
          </ul>
        </div>
      )}

      <div className="finding-panel__quotes">
        {LANGS.map((lang) => (
          <QuoteGroup key={lang} relation={relation} lang={lang} />
        ))}
      </div>

      {editor ?? (
        <div className="finding-panel__note">
          <h3 className="finding-panel__subheading">{t('finding.note')}</h3>
          <p lang={uiLang}>{relation.note[uiLang]}</p>
          <NoteStandingLine standing={noteStandingOf(relation, uiLang)} />
          <details className="finding-panel__other-note">
            <summary>{t(`finding.noteIn.${otherLang}`)}</summary>
            <p lang={otherLang}>{relation.note[otherLang]}</p>
            <NoteStandingLine standing={noteStandingOf(relation, otherLang)} />
          </details>
        </div>
      )}

      {/* After the note: the analyst's explanation comes first, the word-by-word aid after it. */}
      {wording !== null && (
        <Suspense fallback={null}>
          <WordingDiff wording={wording} />
        </Suspense>
      )}

      <dl className="finding-panel__facts">
        <div>
          <dt>{t('finding.origin')}</dt>
          <dd>{t(`origin.${relation.origin}`)}</dd>
        </div>
        {relation.status !== undefined && (
          <div>
            <dt>{t('finding.status')}</dt>
            <dd>{t(`relation.status.${relation.status}`)}</dd>
          </div>
        )}
        {confidence !== null && (
          <div>
            <dt>{t('finding.confidence')}</dt>
            <dd>{format.percent(confidence)}</dd>
          </div>
        )}
      </dl>

      {related.length > 0 && (
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
                    <span className="related-link__kind">{t(`relation.kind.${other.kind}`)}</span>{' '}
                    <span className="related-link__quote" lang={quote.lang}>
                      {shortenQuote(quote.text, 70)}
                    </span>
                  </a>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </aside>
  );
}
