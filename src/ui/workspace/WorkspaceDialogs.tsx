import type { Dispatch } from 'react';
import type { Comparison } from '../../core/model/index';
import { ImportRefusal } from '../components/ImportRefusal';
import { DuplicateImport } from '../library/DuplicateImport';
import { LibraryDialog } from '../library/LibraryDialog';
import { listedIdOf, type Navigation, type NavigationAction } from './navigation';

export interface WorkspaceDialogsProps {
  readonly navigation: Navigation;
  readonly shipped: Comparison;
  readonly dispatch: Dispatch<NavigationAction>;
  /** Opens a comparison the library holds, by its id in the library's list, and closes the library. */
  readonly onOpenFromLibrary: (id: string) => void;
  /** Opens the comparison the library held already, in place of a duplicate import. */
  readonly onOpenExisting: (id: string) => void;
  readonly onAddCopy: (comparison: Comparison, name: string) => void;
}

/**
 * What the workspace asks or tells the reader over the screen: a refused import, a duplicate
 * import, the library. None of it is needed by the first view: the workspace loads this, with the
 * three dialogs, when it first has one to show (hasDialog, navigation.ts).
 */
export function WorkspaceDialogs({ navigation, shipped, dispatch, onOpenFromLibrary, onOpenExisting, onAddCopy }: WorkspaceDialogsProps) {
  const { outcome, duplicate, libraryOpen, shown } = navigation;
  return (
    <>
      {outcome !== null && 'refused' in outcome && (
        <ImportRefusal error={outcome.refused} fileName={outcome.fileName} onDismiss={() => dispatch({ type: 'dismiss-refusal' })} />
      )}
      {duplicate !== null && (
        <DuplicateImport
          existingName={duplicate.existingName}
          copyName={duplicate.copyName}
          onOpenExisting={() => {
            dispatch({ type: 'answer-duplicate' });
            onOpenExisting(duplicate.existingId);
          }}
          onAddCopy={() => {
            dispatch({ type: 'answer-duplicate' });
            onAddCopy(duplicate.comparison, duplicate.copyName);
          }}
          onCancel={() => dispatch({ type: 'answer-duplicate' })}
        />
      )}
      {libraryOpen && <LibraryDialog shipped={shipped} currentId={listedIdOf(shown)} onOpen={onOpenFromLibrary} onClose={() => dispatch({ type: 'close-library' })} />}
    </>
  );
}
