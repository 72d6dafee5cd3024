import { useCallback, useEffect, useState } from 'react';
import type { ReadingMode } from '../../core/model/index';
import { MODE_STORAGE_KEY, readReadingMode, withModeParam } from '../readingMode';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * The reading mode, kept in the address and in local storage. A change replaces the address
 * rather than adding to history: like the language, it is a preference, not a step Back undoes.
 */
export function useReadingMode(): [ReadingMode, (mode: ReadingMode) => void] {
  const [mode, setMode] = useState<ReadingMode>(() => readReadingMode(window.location.search, storage()));

  useEffect(() => {
    const writeModeParam = () => {
      const next = withModeParam(window.location.href, mode);
      if (next !== window.location.href) window.history.replaceState(window.history.state, '', next);
    };
    writeModeParam();
    // An older history entry may name another mode; the reader's current choice wins.
    window.addEventListener('popstate', writeModeParam);
    return () => window.removeEventListener('popstate', writeModeParam);
  }, [mode]);

  const chooseMode = useCallback((next: ReadingMode) => {
    setMode(next);
    try {
      storage()?.setItem(MODE_STORAGE_KEY, next);
    } catch {
      // A full or denied storage only means the choice is not remembered.
    }
  }, []);

  return [mode, chooseMode];
}
