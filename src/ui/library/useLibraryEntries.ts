import { useCallback, useEffect, useState } from 'react';
import { listComparisons, type LibraryEntry } from './libraryStore';
import { toLibraryError, type LibraryError } from './LibraryError';

export interface LibraryEntries {
  /** null while the library is read for the first time. */
  readonly entries: readonly LibraryEntry[] | null;
  /** Why the library could not be read; null when it was. */
  readonly error: LibraryError | null;
  /** Reads the library again. */
  readonly reload: () => Promise<void>;
  /** Drops one entry from the list shown, without reading the library again. */
  readonly forget: (id: string) => void;
}

/** The library's entries, read when the component mounts, newest first. */
export function useLibraryEntries(): LibraryEntries {
  const [entries, setEntries] = useState<readonly LibraryEntry[] | null>(null);
  const [error, setError] = useState<LibraryError | null>(null);

  const show = useCallback((listing: Promise<LibraryEntry[]>) => {
    return listing.then(
      (listed) => {
        setEntries(listed);
        setError(null);
      },
      (thrown: unknown) => {
        setEntries([]);
        setError(toLibraryError(thrown));
      },
    );
  }, []);

  const reload = useCallback(() => show(listComparisons()), [show]);

  useEffect(() => {
    void show(listComparisons());
  }, [show]);

  const forget = useCallback((id: string) => {
    setEntries((current) => current && current.filter((entry) => entry.id !== id));
  }, []);

  return { entries, error, reload, forget };
}
