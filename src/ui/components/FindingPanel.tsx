import { lazy, Suspense, useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { noteStandingOf, type ClaimWording } from '../../core/findings/index';
import { LANGS, type Finding } from '../../core/model/index';
import type { UiLang } from '../../i18n/i18n';
import { FindingFacts } from './FindingFacts';
import { FindingNav } from './FindingNav';
import { KindIcon } from './KindIcon';
import { NoteStandingLine } from './NoteStandingLine';
import { ProvenanceBadge } from './ProvenanceBadge';
import { useFormatters } from '../hooks/useFormatters';
import { QuoteGroup } from './QuoteGroup';
import { RelatedFindings } from './RelatedFindings';

// Drawn only once the translations have loaded, so it loads with them, out of the first view's script.
const WordingDiff = lazy(() => import('./WordingDiff').then((module) => ({ default: module.WordingDiff })));

export interface FindingPanelProps {
  readonly finding: Finding;
  readonly uiLang: UiLang;
  /** Where the finding stands among those shown, counting from 1; null when its kind is hidden. */
  readonly position: { readonly index: number; readonly total: number } | null;
  readonly related: readonly Finding[];
  /** Both quotes compared word by word in the reader's language, once the translations have loaded; null when there is none. */
  readonly wording?: ClaimWording | null;
  /**
   * Whether focus moves to the panel when it opens: yes when the reader opened it, so that a
   * screen reader announces it; no on a deep link or Back, where the reader did not ask for it.
   */
  readonly takeFocus: boolean;
  readonly onStep: (direction: 1 | -1) => void;
  readonly onClose: () => void;
  readonly onOpen: (findingId: string) => void;
  /** The controls that edit this finding, while the reader edits; they show both notes, so the note below gives way to them. */
  readonly editor?: ReactNode;
}

/**
 * One finding, opened: its verdict and what differs, both quotes in their own language, the note
 * in the reader's language with the other a click away, then the quotes compared word by word in
 * the reader's language, and the findings that share its text.
 */
export function FindingPanel({ finding, uiLang, position, related, wording = null, takeFocus, onStep, onClose, onOpen, editor = null }: FindingPanelProps) {
  const { t } = useTranslation('compare');
  const format = useFormatters();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const otherLang: UiLang = uiLang === 'fr' ? 'en' : 'fr';
  const kindName = t(`findingKind.${finding.kind}`);

  // Only on opening: the panel is keyed by the finding, so each finding opened mounts anew.
  const focusOnMount = useRef(takeFocus);
  useEffect(() => {
    if (focusOnMount.current) headingRef.current?.focus({ preventScroll: true });
  }, []);

  return (
    <aside className={`finding-panel kind-${finding.kind}`} aria-labelledby={headingId}>
      <FindingNav position={position} onStep={onStep} onClose={onClose} />

      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="finding-panel__verdict">
        <KindIcon kind={finding.kind} className="finding-panel__icon" />
        {t('finding.label', { kind: kindName })}
        <ProvenanceBadge finding={finding} t={t} format={format} />
      </h2>

      {position === null && <p className="finding-panel__notice">{t('finding.hiddenKind')}</p>}

      {finding.aspects.length > 0 && (
        <div className="finding-panel__aspects">
          <h3 className="finding-panel__subheading">{t('finding.aspects')}</h3>
          <ul className="aspect-list">
            {finding.aspects.map((aspect) => (
              <li key={aspect} className="aspect">
                {t(`aspect.${aspect}`)}
              </li>
            ))}
          </ul>
        </div>
      )}

      <div className="finding-panel__quotes">
        {LANGS.map((lang) => (
          <QuoteGroup key={lang} finding={finding} lang={lang} />
        ))}
      </div>

      {editor ?? (
        <div className="finding-panel__note">
          <h3 className="finding-panel__subheading">{t('finding.note')}</h3>
          <p lang={uiLang}>{finding.note[uiLang]}</p>
          <NoteStandingLine standing={noteStandingOf(finding, uiLang)} />
          <details className="finding-panel__other-note">
            <summary>{t(`finding.noteIn.${otherLang}`)}</summary>
            <p lang={otherLang}>{finding.note[otherLang]}</p>
            <NoteStandingLine standing={noteStandingOf(finding, otherLang)} />
          </details>
        </div>
      )}

      {/* After the note: the analyst's explanation comes first, the word-by-word aid after it. */}
      {wording !== null && (
        <Suspense fallback={null}>
          <WordingDiff wording={wording} />
        </Suspense>
      )}

      <FindingFacts finding={finding} />

      <RelatedFindings related={related} uiLang={uiLang} onOpen={onOpen} />
    </aside>
  );
}
