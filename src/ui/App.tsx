import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useEffectEvent, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { countFindings, filterByKind, findRelation, findRelationsSharingQuotes, orderFindings, stepFinding } from '../core/findings/index';
import { RELATION_KINDS, type Comparison, type Relation, type RelationKind, type Lang } from '../core/model/index';
import { layoutReadingRows, locateFindings, type StripMark } from '../core/reading/index';
import { firstQuoteElement, scrollIntoViewGently } from './claimElements';
import { RowEditingContext } from './editing/rowEditing';
import type { Editing } from './editing/useEditHistory';
import { useEditingParts } from './editing/useEditingParts';
import type { ShownTranslation } from './components/AlignedRow';
import { AppHeader } from './components/AppHeader';
import { ComparisonName } from './components/ComparisonName';
import { ExportMenu } from './components/ExportMenu';
import { FindingList } from './components/FindingList';
import { FindingPanel } from './components/FindingPanel';
import { FindingSummary } from './components/FindingSummary';
import { ImportButton } from './components/ImportButton';
import { OverviewStrip } from './components/OverviewStrip';
import { ProposalSwitch } from './components/ProposalSwitch';
import { ReadingView } from './components/ReadingView';
import { UnknownFinding } from './components/UnknownFinding';
import type { PointingMode } from './hooks/useClaims';
import { useDocumentLanguage } from './hooks/useDocumentLanguage';
import { useFindingInUrl } from './hooks/useFindingInUrl';
import { useProposal } from './hooks/useProposal';
import { useReadingMode } from './hooks/useReadingMode';
import { useShortcuts } from './hooks/useShortcuts';
import { useShownKinds } from './hooks/useShownKinds';
import { useTranslationKit } from './hooks/useTranslationKit';
import type { ProposalChoice } from './proposalChoice';

/** The shortcuts' help loads when first asked for: most readers never open it, and the first view carries every byte it imports. */
const HelpDialog = lazy(() => import('./components/HelpDialog').then((module) => ({ default: module.HelpDialog })));

const TEXTS_ID = 'texts';

/**
 * From this many findings on, the overview strip and the list of findings are drawn just after the
 * texts rather than with them: on 6,000 findings they took half of the time to open, and the
 * reader looks at the texts first. Below it (the shipped comparison has 23) everything is drawn at
 * once, as the page has always been.
 */
const DRAW_SIDE_AFTER = 1000;

const NO_MARKS: Record<Lang, StripMark[]> = { fr: [], en: [] };
const NO_FINDINGS: readonly Relation[] = [];

export interface AppProps {
  readonly comparison: Comparison;
  /** Opens a comparison file the reader picked; without it there is no Open button. */
  readonly onImportFile?: (file: File) => void;
  /** The comparison being edited, with its history; without it the comparison is read only. */
  readonly editing?: Editing;
  /** The workspace's own tools in the header (new comparison, library), before Export. */
  readonly headerActions?: ReactNode;
  /** What the reader must know at once (the browser refused to keep their work): shown under the header, above everything. */
  readonly notice?: ReactNode;
}

/**
 * The reading view: the summary and its filter, the overview strip, both texts aligned, the open
 * finding and the list of findings. It holds the reader's state (kinds shown, finding open, claims
 * pointed at, reading mode) and asks the core for everything computed from the comparison. Given
 * `editing`, it shows the comparison as edited, and an Edit switch that brings the editing tools.
 */
export function App({ comparison: given, onImportFile, editing, headerActions, notice = null }: AppProps) {
  const uiLang = useDocumentLanguage();
  // What the reader reads: the comparison being edited; else the comparison given or, when they
  // pick it, the engine's proposal for its texts.
  const proposal = useProposal(given, editing === undefined);
  const comparison = editing ? editing.comparison : proposal.comparison;
  // The editing tools load after the first view, once the comparison can be edited.
  const parts = useEditingParts(editing?.ready === true);
  const [editMode, setEditMode] = useState(false);
  const editingNow = editMode && parts !== null && editing !== undefined;
  const { t } = useTranslation('compare');
  const [shownKinds, setShownKinds] = useShownKinds();
  const { findingId, origin, showFinding } = useFindingInUrl();
  const [helpOpen, setHelpOpen] = useState(false);
  const [pointed, setPointed] = useState<Readonly<Record<PointingMode, readonly string[]>>>({ hover: [], focus: [] });
  // Where focus was when the reader opened a finding, to give it back when they close it.
  const openerRef = useRef<Element | null>(null);
  const panelSlotRef = useRef<HTMLDivElement>(null);

  const relations = useMemo(() => new Map(comparison.relations.map((relation) => [relation.id, relation])), [comparison]);
  const counts = useMemo(() => countFindings(comparison.relations), [comparison]);
  const ordered = useMemo(() => orderFindings(comparison), [comparison]);
  const shown = useMemo(() => filterByKind(ordered, shownKinds), [ordered, shownKinds]);
  const rows = useMemo(() => layoutReadingRows(comparison, shownKinds), [comparison, shownKinds]);
  const marks = useMemo(() => locateFindings(comparison, shownKinds), [comparison, shownKinds]);
  const drawSideAfter = comparison.relations.length >= DRAW_SIDE_AFTER;
  const deferredMarks = useDeferredValue(marks, NO_MARKS);
  const deferredFindings = useDeferredValue(shown, NO_FINDINGS);
  const stripMarks = drawSideAfter ? deferredMarks : marks;
  const listedFindings = drawSideAfter ? deferredFindings : shown;
  const litIds = useMemo(() => new Set([...pointed.hover, ...pointed.focus]), [pointed]);
  const openRelation = useMemo(() => findRelation(comparison, findingId), [comparison, findingId]);
  const related = useMemo(
    () => (openRelation ? findRelationsSharingQuotes(comparison, openRelation.id) : []),
    [comparison, openRelation],
  );
  const openIndex = openRelation ? shown.findIndex((relation) => relation.id === openRelation.id) : -1;

  // Translations load when the reader first asks for them, or opens a finding whose quotes can be
  // compared word by word; a text is translated into the reader's language, so only the other
  // language's text ever shows a translation.
  const [mode, chooseMode] = useReadingMode();
  const otherLang = uiLang === 'fr' ? 'en' : 'fr';
  const quotesBoth = openRelation !== null && openRelation.fr.length > 0 && openRelation.en.length > 0;
  const { status: translationStatus, kit } = useTranslationKit(comparison, mode !== 'original' || quotesBoth);
  const shownTranslation = useMemo<ShownTranslation | null>(() => {
    const layout = mode === 'original' || !kit ? null : kit.layout(otherLang, shownKinds);
    return layout ? { layout, placement: mode === 'translation' ? 'instead' : 'beneath' } : null;
  }, [kit, mode, otherLang, shownKinds]);
  const translationLayout = shownTranslation?.layout ?? null;
  const wording = useMemo(
    () => (openRelation && quotesBoth && kit ? kit.compareWording(openRelation, uiLang) : null),
    [openRelation, quotesBoth, kit, uiLang],
  );

  const openFinding = useCallback(
    (id: string) => {
      const active = document.activeElement;
      // Stepping from inside the panel keeps the first opener: that is where the reader came from.
      if (!panelSlotRef.current?.contains(active)) openerRef.current = active;
      showFinding(id);
    },
    [showFinding],
  );

  const closeFinding = useCallback(() => {
    const opener = openerRef.current;
    openerRef.current = null;
    showFinding(null);
    if (opener instanceof HTMLElement && opener.isConnected && opener !== document.body && !panelSlotRef.current?.contains(opener)) {
      opener.focus();
    } else if (openRelation) {
      firstQuoteElement(openRelation, translationLayout)?.focus();
    }
  }, [showFinding, openRelation, translationLayout]);

  // An edit took the open finding away: the panel closes where the reader is, focus and all.
  const dropFinding = useCallback(() => {
    openerRef.current = null;
    showFinding(null);
  }, [showFinding]);

  const step = useCallback(
    (direction: 1 | -1) => {
      const next = stepFinding(shown, findingId, direction);
      if (next === null) return;
      showFinding(next);
      // Once the reader has stepped, closing gives focus to the claim of the finding they reached,
      // not to where they opened the first one, which may be far back in the texts.
      openerRef.current = null;
    },
    [shown, findingId, showFinding],
  );

  // The analyst's findings are not the engine's: a finding open closes as the reader switches,
  // rather than stay in the address and be reported as one that does not exist.
  const { choose: chooseComparison } = proposal;
  const chooseProposal = useCallback(
    (choice: ProposalChoice) => {
      if (findingId !== null) {
        openerRef.current = null;
        showFinding(null, 'replace');
      }
      chooseComparison(choice);
    },
    [findingId, showFinding, chooseComparison],
  );

  useShortcuts({
    onStep: (direction) => {
      if (!helpOpen) step(direction);
    },
    onEscape: () => {
      if (helpOpen) setHelpOpen(false);
      else if (findingId !== null) closeFinding();
    },
    onHelp: () => setHelpOpen(true),
  });

  // Opening a finding, by any way (a claim, the list, a key, Back, a deep link), brings its first
  // quote into view; a change of language or of reading mode does not, so the reader stays put, and
  // nor does an edit of the finding open: a note saved as its field loses focus to a press in the
  // header scrolled the page under the pointer, and the press never became a click.
  const openId = openRelation?.id ?? null;
  const revealQuote = useEffectEvent(() => {
    const element = openRelation && firstQuoteElement(openRelation, translationLayout);
    if (element) scrollIntoViewGently(element);
  });
  useEffect(() => {
    if (openId !== null) revealQuote();
  }, [openId]);

  const toggleKind = useCallback((kind: RelationKind) => {
    setShownKinds((previous) => {
      const next = new Set(previous);
      if (next.has(kind)) next.delete(kind);
      else next.add(kind);
      return next;
    });
  }, [setShownKinds]);
  const showAllKinds = useCallback(() => setShownKinds(new Set(RELATION_KINDS)), [setShownKinds]);
  const point = useCallback((ids: readonly string[], mode: PointingMode) => setPointed((previous) => ({ ...previous, [mode]: ids })), []);
  const unpoint = useCallback((mode: PointingMode) => setPointed((previous) => ({ ...previous, [mode]: [] })), []);
  // A rename is an edit like any other: recorded, undone by Undo, saved with the rest.
  const rename = useCallback(
    (name: string) => {
      const refusal = editing?.apply({ type: 'rename', name }) ?? null;
      return refusal === null ? null : t('name.empty');
    },
    [editing, t],
  );
  const rowEditing = useMemo(() => (editingNow ? parts.rowEditing(editing) : null), [editingNow, parts, editing]);

  return (
    <>
      <AppHeader onHelp={() => setHelpOpen(true)} skipTo={TEXTS_ID}>
        {headerActions}
        <ExportMenu comparison={comparison} shownKinds={shownKinds} uiLang={uiLang} readingMode={mode} />
        {onImportFile && <ImportButton onFile={onImportFile} />}
      </AppHeader>
      {notice}
      <main className={`workspace${findingId === null ? '' : ' workspace--finding-open'}`}>
        <ComparisonName name={comparison.name} onRename={editing?.ready ? rename : undefined} />
        <div className="workspace__top">
          {proposal.available && !editing && (
            <ProposalSwitch choice={proposal.choice} status={proposal.status} agreement={proposal.agreement} onChoose={chooseProposal} />
          )}
          <FindingSummary counts={counts} shownKinds={shownKinds} onToggle={toggleKind} onShowAll={showAllKinds} />
          <OverviewStrip comparison={comparison} marks={stripMarks} relations={relations} currentId={findingId} litIds={litIds} onOpen={openFinding} />
        </div>
        <div className="workspace__body">
          <RowEditingContext value={rowEditing}>
            <ReadingView
              id={TEXTS_ID}
              comparison={comparison}
              rows={rows}
              relations={relations}
              litIds={litIds}
              currentId={findingId}
              onPoint={point}
              onUnpoint={unpoint}
              onOpen={openFinding}
              uiLang={uiLang}
              mode={mode}
              onModeChange={chooseMode}
              translationStatus={translationStatus}
              translations={kit?.translations ?? null}
              shownTranslation={shownTranslation}
              tools={
                parts && editing ? (
                  <parts.EditingTools editing={editing} on={editMode} onToggle={setEditMode} openId={findingId} onOpen={openFinding} onFindingGone={dropFinding} />
                ) : null
              }
            />
          </RowEditingContext>
          <div className="side">
            <div className="side__panel" ref={panelSlotRef}>
              {openRelation ? (
                <FindingPanel
                  key={openRelation.id}
                  relation={openRelation}
                  uiLang={uiLang}
                  position={openIndex === -1 ? null : { index: openIndex + 1, total: shown.length }}
                  related={related}
                  wording={wording}
                  takeFocus={origin === 'reader'}
                  onStep={step}
                  onClose={closeFinding}
                  onOpen={openFinding}
                  editor={editingNow ? <parts.RelationEditor relation={openRelation} editing={editing} onDeleted={closeFinding} /> : null}
                />
              ) : findingId !== null ? (
                <UnknownFinding id={findingId} onClose={closeFinding} />
              ) : (
                <p className="finding-hint">{t('finding.empty')}</p>
              )}
            </div>
            <FindingList findings={listedFindings} uiLang={uiLang} currentId={findingId} onOpen={openFinding} />
          </div>
        </div>
      </main>
      {helpOpen && (
        <Suspense fallback={null}>
          <HelpDialog onClose={() => setHelpOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
