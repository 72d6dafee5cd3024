import { lazy, Suspense, useCallback, type ReactNode } from 'react';
import type { Comparison } from '../core/model/index';
import { RowEditingContext } from './editing/rowEditing';
import type { Editing } from './editing/useEditHistory';
import { AppHeader } from './components/AppHeader';
import { ComparisonName } from './components/ComparisonName';
import { ExportMenu } from './components/ExportMenu';
import { FindingSide } from './components/FindingSide';
import { FindingSummary } from './components/FindingSummary';
import { ImportButton } from './components/ImportButton';
import { OverviewStrip } from './components/OverviewStrip';
import { ProposalSwitch } from './components/ProposalSwitch';
import { ReadingView } from './components/ReadingView';
import { useDocumentLanguage } from './hooks/useDocumentLanguage';
import { useProposal } from './hooks/useProposal';
import type { ProposalChoice } from './proposalChoice';
import { useCloseVanishedFinding } from './reading/useCloseVanishedFinding';
import { useEditMode } from './reading/useEditMode';
import { useFindingNavigation } from './reading/useFindingNavigation';
import { useKindFilter } from './reading/useKindFilter';
import { useOpenFinding } from './reading/useOpenFinding';
import { usePointing } from './reading/usePointing';
import { useReadingLayout } from './reading/useReadingLayout';
import { useReadingShortcuts } from './reading/useReadingShortcuts';
import { useReadingTranslation } from './reading/useReadingTranslation';

/** The shortcuts' help loads when first asked for: most readers never open it, and the first view carries every byte it imports. */
const HelpDialog = lazy(() => import('./components/HelpDialog').then((module) => ({ default: module.HelpDialog })));

const TEXTS_ID = 'texts';

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
 * finding and the list of findings. The reader's state (kinds shown, finding open, claims pointed
 * at, reading mode) lives in the hooks of src/ui/reading/, which ask the core for everything
 * computed from the comparison; this draws it. Given `editing`, it shows the comparison as edited,
 * and an Edit switch that brings the editing tools.
 */
export function App({ comparison: given, onImportFile, editing, headerActions, notice = null }: AppProps) {
  const uiLang = useDocumentLanguage();
  // What the reader reads: the comparison being edited; else the comparison given or, when they
  // pick it, the engine's proposal for its texts.
  const proposal = useProposal(given, editing === undefined);
  const comparison = editing ? editing.comparison : proposal.comparison;
  const edit = useEditMode(editing);
  const { shownKinds, toggleKind, showAllKinds } = useKindFilter();
  const layout = useReadingLayout(comparison, shownKinds);
  const { litIds, point, unpoint } = usePointing();
  const open = useOpenFinding(comparison);
  const { findingId } = open;
  const translation = useReadingTranslation(comparison, uiLang, shownKinds, open.finding);
  const finding = useFindingNavigation(open, layout.shown, translation.layout);
  const shortcuts = useReadingShortcuts(finding.step, finding.closeFinding, findingId !== null);
  useCloseVanishedFinding(comparison, findingId, open.finding !== null, finding.dropFindingInPlace);

  // The analyst's findings are not the engine's: a finding open closes as the reader switches,
  // rather than stay in the address and be reported as one that does not exist.
  const { choose: chooseComparison } = proposal;
  const { dropFindingInPlace } = finding;
  const chooseProposal = useCallback(
    (choice: ProposalChoice) => {
      dropFindingInPlace();
      chooseComparison(choice);
    },
    [dropFindingInPlace, chooseComparison],
  );

  return (
    <>
      <AppHeader onHelp={shortcuts.openHelp} skipTo={TEXTS_ID}>
        {headerActions}
        <ExportMenu comparison={comparison} shownKinds={shownKinds} uiLang={uiLang} readingMode={translation.mode} />
        {onImportFile && <ImportButton onFile={onImportFile} />}
      </AppHeader>
      {notice}
      <main className={`workspace${findingId === null ? '' : ' workspace--finding-open'}`}>
        <ComparisonName name={comparison.name} onRename={edit.rename} />
        <div className="workspace__top">
          {proposal.available && !editing && (
            <ProposalSwitch choice={proposal.choice} status={proposal.status} agreement={proposal.agreement} onChoose={chooseProposal} />
          )}
          <FindingSummary counts={layout.counts} shownKinds={shownKinds} onToggle={toggleKind} onShowAll={showAllKinds} />
          <OverviewStrip comparison={comparison} marks={layout.stripMarks} findings={layout.findings} currentId={findingId} litIds={litIds} onOpen={finding.openFinding} />
        </div>
        <div className="workspace__body">
          <RowEditingContext value={edit.rowEditing}>
            <ReadingView
              id={TEXTS_ID}
              comparison={comparison}
              rows={layout.rows}
              findings={layout.findings}
              litIds={litIds}
              currentId={findingId}
              onPoint={point}
              onUnpoint={unpoint}
              onOpen={finding.openFinding}
              uiLang={uiLang}
              mode={translation.mode}
              onModeChange={translation.chooseMode}
              translationStatus={translation.status}
              translations={translation.translations}
              shownTranslation={translation.shown}
              tools={edit.loaded ? <edit.loaded.parts.EditingTools editing={edit.loaded.editing} on={edit.on} onToggle={edit.setOn} openId={findingId} onOpen={finding.openFinding} onFindingGone={finding.dropFinding} /> : null}
            />
          </RowEditingContext>
          <FindingSide
            findingId={findingId}
            finding={open.finding}
            related={open.related}
            position={finding.position}
            wording={translation.wording}
            takeFocus={open.origin === 'reader'}
            findings={layout.listedFindings}
            uiLang={uiLang}
            panelSlotRef={finding.panelSlotRef}
            onStep={finding.step}
            onClose={finding.closeFinding}
            onOpen={finding.openFinding}
            editor={edit.active && open.finding ? <edit.active.parts.FindingEditor finding={open.finding} editing={edit.active.editing} onDeleted={finding.closeFinding} /> : null}
          />
        </div>
      </main>
      {shortcuts.helpOpen && (
        <Suspense fallback={null}>
          <HelpDialog onClose={shortcuts.closeHelp} />
        </Suspense>
      )}
    </>
  );
}
