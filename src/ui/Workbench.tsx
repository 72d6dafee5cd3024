import { Suspense, lazy, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toSavedRecord, type RecordOrigin, type SavedRecord } from '../core/library/index';
import type { Comparison } from '../core/model/index';
import { App } from './App';
import { AppHeader } from './components/AppHeader';
import { DropOverlay } from './components/DropOverlay';
import { useFileDrop } from './hooks/useFileDrop';
import type { IntakeDraft } from './intake/intakeDraft';
import { useLibrarySave } from './library/useLibrarySave';
import { readLibraryParam, withLibraryParam } from './libraryUrl';

// None of these is needed by the first view of the shipped comparison: each loads when first asked for.
const ImportRefusal = lazy(() => import('./components/ImportRefusal').then((module) => ({ default: module.ImportRefusal })));
const NewComparison = lazy(() => import('./intake/NewComparison').then((module) => ({ default: module.NewComparison })));
const LibraryDialog = lazy(() => import('./library/LibraryDialog').then((module) => ({ default: module.LibraryDialog })));
const DuplicateImport = lazy(() => import('./library/DuplicateImport').then((module) => ({ default: module.DuplicateImport })));
const LinkFailure = lazy(() => import('./library/LinkFailure').then((module) => ({ default: module.LinkFailure })));

type OwnView = typeof import('./OwnComparison').OwnComparison;

/**
 * The view of a comparison of the reader's own, loaded on demand and then shown without Suspense:
 * React holds back content that replaces a Suspense fallback by 300 ms, which was most of the time
 * to open a short comparison.
 */
function loadOwnView(): Promise<OwnView> {
  return import('./OwnComparison').then((module) => module.OwnComparison);
}

/**
 * What the reading view shows: the shipped comparison, one of the library's, one being fetched from
 * it, or, in place of the reading view, why the comparison a link names cannot be had here.
 */
type Shown =
  | { readonly kind: 'shipped' }
  | { readonly kind: 'opening'; readonly id: string }
  | { readonly kind: 'unavailable'; readonly id: string; readonly error: unknown }
  | { readonly kind: 'own'; readonly record: SavedRecord; readonly View: OwnView };

/**
 * The comparison of the reader's own that was opened or changed last, as the library must hold it,
 * with the comparison the library holds already (null when it holds none): the same object is not
 * saved again, so that opening a comparison does not move it to the top of the library.
 */
interface Work {
  readonly record: SavedRecord;
  readonly stored: Comparison | null;
}

/** How the last import ended: the name of the comparison it opened, or why the file was refused. */
type ImportOutcome = { readonly opened: string } | { readonly refused: unknown; readonly fileName: string };

/** A file that holds, word for word, a comparison the library has already: the reader is asked before a copy is added. */
interface Duplicate {
  readonly comparison: Comparison;
  /** Where the library holds it: a record's id, or the shipped comparison's. */
  readonly existingId: string;
  readonly existingName: string;
  readonly copyName: string;
}

/** The id the shipped comparison has in the library's list. */
const SHIPPED_ID = 'shipped';

/**
 * The whole workspace: the comparison being read (the shipped one, or one of the reader's library,
 * named in the address as `?c=`), the new comparison form, the library, and imports of comparison
 * files (the header's button, or a file dropped anywhere on the page). What the reader makes or
 * imports goes to the library and opens, editable; the shipped comparison stays as shipped, and
 * "Edit a copy" puts a copy of it in the library. Nothing the reader had is replaced by a failure:
 * a refused file, a library that cannot be read, a comparison that was cancelled each leave the
 * screen as it was and say why.
 *
 * The reader's work lives here, not in the view that shows it: every change to a comparison of
 * their own comes up, is saved, and is what the view shows when it mounts again (after the form,
 * after the library opened another, when the library opens it again), so that no remount, no
 * navigation and no copy read back from the library before the last save landed undoes an edit.
 */
export function Workbench({ initial }: { initial: Comparison }) {
  const { t } = useTranslation('common');
  const [shown, setShown] = useState<Shown>(() => {
    const id = readLibraryParam(window.location.search);
    return id === null ? { kind: 'shipped' } : { kind: 'opening', id };
  });
  // Each comparison opened remounts the reading view: the open finding and pointing start afresh;
  // the filters, kept in the address (`?hide=`), stay as the reader set them.
  const [generation, setGeneration] = useState(0);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [duplicate, setDuplicate] = useState<Duplicate | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  // The form's texts and details live here, so that closing the form and coming back loses nothing.
  const [draft, setDraft] = useState<IntakeDraft | null>(null);
  const [libraryOpen, setLibraryOpen] = useState(false);
  // The latest state of every comparison of the reader's own this page opened, by id: what the
  // library holds may lag behind it by a save in flight.
  const latest = useRef(new Map<string, SavedRecord>());
  const [work, setWork] = useState<Work | null>(null);
  const save = useLibrarySave({
    id: work?.record.id ?? null,
    comparison: work?.record.comparison ?? initial,
    createdAt: work?.record.createdAt ?? '',
    origin: work?.record.origin ?? 'new',
    stored: work?.stored ?? null,
  });

  /** Shows the reader's own comparison, as this page last left it, and has the library hold it so. */
  const keepWork = useCallback((record: SavedRecord, stored: Comparison | null): SavedRecord => {
    const kept = latest.current.get(record.id);
    const current = kept ? { ...record, comparison: kept.comparison } : record;
    latest.current.set(current.id, current);
    setWork({ record: current, stored });
    return current;
  }, []);

  // A change can come from a view already gone (a note saved as the form replaced it): it is kept
  // and saved all the same, and shown if its comparison still is.
  const changeWork = useCallback((id: string, comparison: Comparison) => {
    const kept = latest.current.get(id);
    if (!kept) throw new Error(`a change to comparison "${id}", which this page never opened; this is a bug`);
    const record = { ...kept, comparison };
    latest.current.set(id, record);
    setWork((previous) => ({ record, stored: previous?.record.id === id ? previous.stored : null }));
    setShown((previous) => (previous.kind === 'own' && previous.record.id === id ? { ...previous, record } : previous));
  }, []);

  // While the reader fills the form, what shows its result loads, so that it opens the moment the engine is done.
  useEffect(() => {
    if (!formOpen) return;
    void loadOwnView();
    void import('./editing/parts');
    void import('./editing/historyOps');
    void import('./library/libraryStore');
    void import('./components/RowsNearWindow');
  }, [formOpen]);

  const show = useCallback((next: Shown) => {
    const id = next.kind === 'shipped' ? null : next.kind === 'own' ? next.record.id : next.id;
    window.history.replaceState(window.history.state, '', withLibraryParam(window.location.href, id));
    setShown(next);
    setGeneration((previous) => previous + 1);
  }, []);

  // A comparison named in the address is fetched from the library; if it cannot be, the reader is
  // told why at once, in its place, and the address keeps naming it (a reload tries again).
  const openingId = shown.kind === 'opening' ? shown.id : null;
  useEffect(() => {
    if (openingId === null) return undefined;
    let live = true;
    const record = import('./library/libraryStore').then(({ loadComparison }) => loadComparison(openingId));
    Promise.all([record, loadOwnView()]).then(
      ([loaded, View]) => {
        if (live) setShown({ kind: 'own', record: keepWork(loaded, loaded.comparison), View });
      },
      (error: unknown) => {
        if (live) setShown({ kind: 'unavailable', id: openingId, error });
      },
    );
    return () => {
      live = false;
    };
  }, [openingId, keepWork]);

  /** Opens a comparison as a new record of the library, saved as soon as it shows. */
  const openAsNew = useCallback(
    (comparison: Comparison, origin: RecordOrigin) => {
      const now = new Date().toISOString();
      const record = toSavedRecord({ id: crypto.randomUUID(), createdAt: now, savedAt: now, origin, comparison });
      loadOwnView().then(
        (View) => show({ kind: 'own', record: keepWork(record, null), View }),
        (error: unknown) => console.error(error),
      );
    },
    [show, keepWork],
  );

  const openImported = useCallback(
    (comparison: Comparison, name: string) => {
      openAsNew({ ...comparison, name }, 'imported');
      setOutcome({ opened: name });
    },
    [openAsNew],
  );

  const importFile = useCallback(
    (file: File) => {
      import('./readComparisonFile')
        .then(({ readComparisonFile }) => readComparisonFile(file))
        .then(
          async (comparison) => {
            const { nameApart, findSame } = await import('./library/libraryNames');
            const open = [...latest.current.values()];
            const copyName = await nameApart(comparison.name, initial, open);
            const same = await findSame(comparison, initial, SHIPPED_ID, open);
            if (same) setDuplicate({ comparison, existingId: same.id, existingName: same.name, copyName });
            else openImported(comparison, copyName);
          },
          (error: unknown) => setOutcome({ refused: error, fileName: file.name }),
        );
    },
    [initial, openImported],
  );

  // "Edit a copy" names the copy apart from the shipped comparison and from every earlier copy.
  const editCopy = useCallback(() => {
    void import('./library/libraryNames')
      .then(({ nameApart }) => nameApart(initial.name, initial, [...latest.current.values()]))
      .then((name) => openAsNew({ ...initial, name }, 'copy'));
  }, [openAsNew, initial]);

  const dragging = useFileDrop(importFile, !formOpen);

  const openFromLibrary = useCallback(
    (id: string) => {
      setLibraryOpen(false);
      setFormOpen(false);
      show(id === SHIPPED_ID ? { kind: 'shipped' } : { kind: 'opening', id });
    },
    [show],
  );

  const headerActions = (
    <>
      <button type="button" className="button" onClick={() => setFormOpen(true)}>
        {t('workspace.new')}
      </button>
      <button type="button" className="button" aria-haspopup="dialog" onClick={() => setLibraryOpen(true)}>
        {t('workspace.library')}
      </button>
      {shown.kind === 'shipped' && !formOpen && (
        <button type="button" className="button" onClick={editCopy}>
          {t('workspace.editCopy')}
        </button>
      )}
    </>
  );

  const opening = (
    <p role="status" className="workspace-opening">
      {t('workspace.opening')}
    </p>
  );

  let view;
  if (formOpen) {
    view = (
      <>
        <AppHeader>{headerActions}</AppHeader>
        <Suspense fallback={null}>
          <NewComparison
            draft={draft}
            onDraftChange={setDraft}
            onCompared={(comparison: Comparison) => {
              setFormOpen(false);
              setDraft(null);
              openAsNew(comparison, 'new');
            }}
            onClose={() => setFormOpen(false)}
          />
        </Suspense>
      </>
    );
  } else if (shown.kind === 'shipped') {
    view = <App key={generation} comparison={initial} onImportFile={importFile} headerActions={headerActions} />;
  } else if (shown.kind === 'opening') {
    view = (
      <>
        <AppHeader>{headerActions}</AppHeader>
        {opening}
      </>
    );
  } else if (shown.kind === 'unavailable') {
    view = (
      <>
        <AppHeader>{headerActions}</AppHeader>
        <Suspense fallback={opening}>
          <LinkFailure error={shown.error} onOpenFile={importFile} onReadShipped={() => show({ kind: 'shipped' })} />
        </Suspense>
      </>
    );
  } else {
    const { View } = shown;
    view = <View key={generation} record={shown.record} save={save} onChange={changeWork} headerActions={headerActions} onImportFile={importFile} />;
  }

  return (
    <>
      {view}
      {/* The page shows the comparison opened; screen readers are told in a line. */}
      <p aria-live="polite" className="visually-hidden">
        {outcome !== null && 'opened' in outcome ? t('import.opened', { name: outcome.opened }) : ''}
      </p>
      <Suspense fallback={null}>
        {outcome !== null && 'refused' in outcome && <ImportRefusal error={outcome.refused} fileName={outcome.fileName} onDismiss={() => setOutcome(null)} />}
        {duplicate !== null && (
          <DuplicateImport
            existingName={duplicate.existingName}
            copyName={duplicate.copyName}
            onOpenExisting={() => {
              setDuplicate(null);
              show(duplicate.existingId === SHIPPED_ID ? { kind: 'shipped' } : { kind: 'opening', id: duplicate.existingId });
            }}
            onAddCopy={() => {
              setDuplicate(null);
              openImported(duplicate.comparison, duplicate.copyName);
            }}
            onCancel={() => setDuplicate(null)}
          />
        )}
        {libraryOpen && (
          <LibraryDialog
            shipped={initial}
            currentId={shown.kind === 'shipped' ? SHIPPED_ID : shown.kind === 'own' ? shown.record.id : shown.id}
            onOpen={openFromLibrary}
            onClose={() => setLibraryOpen(false)}
          />
        )}
      </Suspense>
      {dragging && <DropOverlay />}
    </>
  );
}
