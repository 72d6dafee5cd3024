import { useCallback, type Dispatch } from 'react';
import { toSavedRecord, type RecordOrigin, type SavedRecord } from '../../core/library/index';
import type { Comparison } from '../../core/model/index';
import type { ImportAnswer } from './answerImport';
import type { NavigationAction, Shown } from './navigation';
import { loadOwnView } from './ownView';

export interface AddToLibraryOptions {
  readonly shipped: Comparison;
  /** Shows a comparison anew, with the address naming it. */
  readonly show: (shown: Shown) => void;
  readonly keepWork: (record: SavedRecord, stored: Comparison | null) => SavedRecord;
  /** Every comparison of the reader's own this page opened, to name a new one apart from them. */
  readonly openRecords: () => SavedRecord[];
  readonly dispatch: Dispatch<NavigationAction>;
}

export interface AddToLibrary {
  /** Opens a comparison as a new record of the library, saved as soon as it shows. */
  readonly openAsNew: (comparison: Comparison, origin: RecordOrigin) => void;
  /** Opens an imported comparison under `name`, and says so to screen readers. */
  readonly openImported: (comparison: Comparison, name: string) => void;
  /** Reads a comparison file and opens it, asking first when the library holds it already; a refused file is reported. */
  readonly importFile: (file: File) => void;
  /** Opens a copy of the shipped comparison, editable, named apart from the shipped one and from every earlier copy. */
  readonly editCopy: () => void;
}

/**
 * The ways a comparison comes into the library and opens: the new comparison form's result, a
 * file imported (the header's button, or one dropped on the page), a copy of the shipped
 * comparison. The code that reads files and names comparisons apart loads on first use
 * (answerImport.ts, libraryNames.ts).
 */
export function useAddToLibrary({ shipped, show, keepWork, openRecords, dispatch }: AddToLibraryOptions): AddToLibrary {
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
      dispatch({ type: 'report-import', outcome: { opened: name } });
    },
    [openAsNew, dispatch],
  );

  const importFile = useCallback(
    (file: File) => {
      void import('./answerImport')
        .then(
          ({ answerImport }) => answerImport(file, shipped, openRecords),
          (refused: unknown): ImportAnswer => ({ refused }),
        )
        .then((answer) => {
          if ('refused' in answer) dispatch({ type: 'report-import', outcome: { refused: answer.refused, fileName: file.name } });
          else if ('duplicate' in answer) dispatch({ type: 'ask-about-duplicate', duplicate: answer.duplicate });
          else openImported(answer.comparison, answer.name);
        });
    },
    [shipped, openRecords, openImported, dispatch],
  );

  const editCopy = useCallback(() => {
    void import('../library/libraryNames')
      .then(({ nameApart }) => nameApart(shipped.name, shipped, openRecords()))
      .then((name) => openAsNew({ ...shipped, name }, 'copy'));
  }, [openAsNew, shipped, openRecords]);

  return { openAsNew, openImported, importFile, editCopy };
}
