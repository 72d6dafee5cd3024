import type { LibrarySaveState } from './useLibrarySave';
import { useLibraryTranslation } from './useLibraryTranslation';

/**
 * Where the comparison on screen stands with the library, in words: saved, saving, not saved. Not
 * a live region: it changes on every edit, and a failure is announced by StorageNotice instead.
 */
export function SaveState({ state }: { state: LibrarySaveState }) {
  const { t } = useLibraryTranslation();
  return <span className={`save-state save-state--${state}`}>{t(`saveState.${state}`)}</span>;
}
