import type { LibrarySaveState } from './useLibrarySave';
import { useLibraryTranslation } from './useLibraryTranslation';

const STATES: readonly LibrarySaveState[] = ['saved', 'saving', 'failed'];

/**
 * Where the comparison on screen stands with the library, in words: saved, saving, not saved. Not
 * a live region: it changes on every edit, and a failure is announced by StorageNotice instead.
 * It keeps the width of its longest words (library.css) whatever it says: the header's tools are
 * set to the right, and a shorter "Saving…" moved New comparison and Library under the pointer of
 * a reader pressing one just after typing a note, so that the press never became a click.
 */
export function SaveState({ state }: { state: LibrarySaveState }) {
  const { t } = useLibraryTranslation();
  const widest = STATES.map((each) => t(`saveState.${each}`)).reduce((longest, words) => (words.length > longest.length ? words : longest));
  return (
    <span className={`save-state save-state--${state}`} data-widest={widest}>
      <span className="save-state__words">{t(`saveState.${state}`)}</span>
    </span>
  );
}
