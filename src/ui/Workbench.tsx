import { Suspense, lazy, useCallback, useEffect, useReducer, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comparison } from '../core/model/index';
import { DropOverlay } from './components/DropOverlay';
import { useFileDrop } from './hooks/useFileDrop';
import type { IntakeDraft } from './intake/intakeDraft';
import { withLibraryParam } from './libraryUrl';
import { hasDialog, libraryIdOf, navigationReducer, shownFromLibrary, startNavigation, type Shown } from './workspace/navigation';
import { loadOwnView } from './workspace/ownView';
import { useAddToLibrary } from './workspace/useAddToLibrary';
import { useOpening } from './workspace/useOpening';
import { useOwnWork } from './workspace/useOwnWork';
import { WorkspaceActions } from './workspace/WorkspaceActions';
import { WorkspaceScreen } from './workspace/WorkspaceScreen';

// The dialogs, and the library's, refused import's and duplicate import's with them, load when the first of them opens.
const WorkspaceDialogs = lazy(() => import('./workspace/WorkspaceDialogs').then((module) => ({ default: module.WorkspaceDialogs })));

/** The address naming what `shown` shows (`?c=`), with no finding open: a finding belongs to the comparison that was on screen. */
function writeAddress(shown: Shown): void {
  window.history.replaceState(window.history.state, '', withLibraryParam(window.location.href, libraryIdOf(shown)));
}

/**
 * The whole workspace: the comparison being read (the shipped one, or one of the reader's library,
 * named in the address as `?c=`), the new comparison form, the library, and imports of comparison
 * files (the header's button, or a file dropped anywhere on the page). What the reader makes or
 * imports goes to the library and opens, editable; the shipped comparison stays as shipped, and
 * "Edit a copy" puts a copy of it in the library. Nothing the reader had is replaced by a failure:
 * a refused file, a library that cannot be read, a comparison that was cancelled each leave the
 * screen as it was and say why.
 *
 * Where the reader is lives in one value moved by `navigationReducer` (workspace/navigation.ts);
 * the reader's work lives here too, not in the view that shows it (workspace/useOwnWork.ts).
 */
export function Workbench({ initial }: { initial: Comparison }) {
  const { t } = useTranslation('common');
  const [navigation, dispatch] = useReducer(navigationReducer, window.location.search, startNavigation);
  const { shown, formOpen, outcome } = navigation;
  // The form's texts and details live here, so that closing the form and coming back loses nothing.
  const [draft, setDraft] = useState<IntakeDraft | null>(null);
  const { save, keepWork, changeWork, openRecords } = useOwnWork(initial);

  // While the reader fills the form, what shows its result loads, so that it opens the moment the engine is done.
  useEffect(() => {
    if (!formOpen) return;
    void loadOwnView();
    void import('./editing/parts');
    void import('./editing/historyOps');
    void import('./library/libraryStore');
    void import('./components/RowsNearWindow');
  }, [formOpen]);

  // The address changes with the screen, before the new reading view reads it as it mounts.
  const show = useCallback((next: Shown) => {
    writeAddress(next);
    dispatch({ type: 'show', shown: next });
  }, []);

  useOpening(shown, keepWork, dispatch);
  const { openAsNew, openImported, importFile, editCopy } = useAddToLibrary({ shipped: initial, show, keepWork, openRecords, dispatch });
  const dragging = useFileDrop(importFile, !formOpen);

  const changeOwn = useCallback(
    (id: string, comparison: Comparison) => dispatch({ type: 'change-own', record: changeWork(id, comparison) }),
    [changeWork],
  );

  const openFromLibrary = useCallback((id: string) => {
    const next = shownFromLibrary(id);
    writeAddress(next);
    dispatch({ type: 'open-from-library', shown: next });
  }, []);

  const headerActions = (
    <WorkspaceActions
      onNewComparison={() => dispatch({ type: 'open-form' })}
      onOpenLibrary={() => dispatch({ type: 'open-library' })}
      onEditCopy={shown.kind === 'shipped' && !formOpen ? editCopy : null}
    />
  );

  return (
    <>
      <WorkspaceScreen
        navigation={navigation}
        shipped={initial}
        headerActions={headerActions}
        draft={draft}
        onDraftChange={setDraft}
        onCompared={(comparison) => {
          dispatch({ type: 'close-form' });
          setDraft(null);
          openAsNew(comparison, 'new');
        }}
        onCloseForm={() => dispatch({ type: 'close-form' })}
        onImportFile={importFile}
        onReadShipped={() => show({ kind: 'shipped' })}
        save={save}
        onChange={changeOwn}
      />
      {/* The page shows the comparison opened; screen readers are told in a line. */}
      <p aria-live="polite" className="visually-hidden">
        {outcome !== null && 'opened' in outcome ? t('import.opened', { name: outcome.opened }) : ''}
      </p>
      <Suspense fallback={null}>
        {hasDialog(navigation) && (
          <WorkspaceDialogs
            navigation={navigation}
            shipped={initial}
            dispatch={dispatch}
            onOpenFromLibrary={openFromLibrary}
            onOpenExisting={(id) => show(shownFromLibrary(id))}
            onAddCopy={openImported}
          />
        )}
      </Suspense>
      {dragging && <DropOverlay />}
    </>
  );
}
