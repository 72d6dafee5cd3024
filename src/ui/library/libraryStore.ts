/**
 * The library of comparisons, kept in the browser's IndexedDB: database `source-comparison`, one
 * object store `comparisons` keyed by the record's `id`, indexed by `savedAt`.
 *
 * Every function resolves or rejects with a LibraryError, never with the browser's own error, so
 * that the interface can word each failure. Records are validated (and older ones migrated) by the
 * core on the way out; on the way in, a record a newer app wrote is never overwritten or deleted.
 */
import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import { isNewerRecord, librarySummary, readSavedRecord, type LibrarySummary, type SavedRecord } from '../../core/library/index';
import { LibraryError, toLibraryError } from './LibraryError';

/** The database's name in the browser. */
export const LIBRARY_DATABASE = 'source-comparison';

// The database schema's version, not the record's (SAVE_VERSION): it changes only with stores and indexes.
const DATABASE_VERSION = 1;
const STORE = 'comparisons';

interface LibrarySchema extends DBSchema {
  comparisons: {
    key: string;
    // What is stored is read back through the core, which checks it: it may be anything an older
    // or newer app, or a damaged disk, left there.
    value: unknown;
    indexes: { savedAt: string };
  };
}

/** An open library database. */
export type LibraryDatabase = IDBPDatabase<LibrarySchema>;

/** Where the library lives: the browser's IndexedDB by default; tests pass a factory of their own. */
export interface LibraryPlace {
  /** null when the browser has no IndexedDB at all. */
  readonly factory?: IDBFactory | null;
}

/** One line of the library's list: a comparison it can read, or one it cannot (with its id and why). */
export type LibraryEntry =
  | { readonly state: 'readable'; readonly id: string; readonly summary: LibrarySummary }
  | { readonly state: 'unreadable'; readonly id: string; readonly error: LibraryError };

/** What deleteComparison took out, exactly as it was stored, for restoreComparison to put back. */
export interface DeletedComparison {
  readonly id: string;
  readonly stored: unknown;
}

// One connection per factory, opened on first use; forgotten when it closes, so that the next call
// opens it again.
const connections = new WeakMap<IDBFactory, Promise<LibraryDatabase>>();

/**
 * Opens the library (creating it on first use) and resolves with its database; the connection is
 * shared by every call for the same place. Rejects with `unavailable`, `blocked`, `newer-version`…
 */
export async function openLibrary(place: LibraryPlace = {}): Promise<LibraryDatabase> {
  const factory = place.factory === undefined ? browserFactory() : place.factory;
  if (factory === null) throw new LibraryError('unavailable', 'library: this browser has no IndexedDB');
  const known = connections.get(factory);
  if (known) return known;

  const forget = () => {
    if (connections.get(factory) === opening) connections.delete(factory);
  };
  const opening = connect(factory, forget);
  connections.set(factory, opening);
  // A refused open is not kept: the reader may free space or leave private browsing and try again.
  opening.catch(forget);
  return opening;
}

/** Every comparison in the library, newest save first; one that cannot be read is listed as unreadable, not dropped. */
export async function listComparisons(place: LibraryPlace = {}): Promise<LibraryEntry[]> {
  try {
    const tx = begin(await openLibrary(place), 'readonly');
    const byDate = tx.store.index('savedAt');
    const [values, keys, allKeys] = await Promise.all([byDate.getAll(), byDate.getAllKeys(), tx.store.getAllKeys()]);
    const entries = values.map((value, index) => toEntry(String(keys[index]), value)).reverse();
    // A record without a valid `savedAt` is missing from the index; it is damaged, and still listed, last.
    const indexed = new Set(keys);
    const unindexed = allKeys.filter((key) => !indexed.has(key));
    const rest = await Promise.all(unindexed.map(async (key) => toEntry(String(key), await tx.store.get(key))));
    await tx.done;
    return [...entries, ...rest];
  } catch (error) {
    throw toLibraryError(error);
  }
}

/** The record saved under `id`, migrated to the current version; rejects with `not-found`, `corrupt` or `newer-version`. */
export async function loadComparison(id: string, place: LibraryPlace = {}): Promise<SavedRecord> {
  try {
    const db = await openLibrary(place);
    const stored = await db.get(STORE, id);
    if (stored === undefined) throw new LibraryError('not-found', `library: no comparison "${id}"`);
    return readSavedRecord(stored);
  } catch (error) {
    throw toLibraryError(error);
  }
}

/**
 * Saves the record under its id, replacing what was there, in one transaction; refuses with
 * `newer-version`, writing nothing, when what is there was written by a newer app.
 */
export async function saveComparison(record: SavedRecord, place: LibraryPlace = {}): Promise<void> {
  try {
    await writeUnlessNewer(await openLibrary(place), record.id, record);
  } catch (error) {
    throw toLibraryError(error);
  }
}

/**
 * Deletes the comparison saved under `id` and resolves with what was stored, readable or not, so
 * that restoreComparison can put it back. Rejects with `not-found`, or with `newer-version` for a
 * record a newer app wrote, which it leaves in place.
 */
export async function deleteComparison(id: string, place: LibraryPlace = {}): Promise<DeletedComparison> {
  try {
    const tx = begin(await openLibrary(place), 'readwrite');
    const stored = await tx.store.get(id);
    if (stored === undefined || isNewerRecord(stored)) {
      tx.abort();
      if (stored === undefined) throw new LibraryError('not-found', `library: no comparison "${id}"`);
      throw new LibraryError('newer-version', `library: comparison "${id}" was saved by a newer version of the app and is kept`);
    }
    await Promise.all([tx.store.delete(id), tx.done]);
    return { id, stored };
  } catch (error) {
    throw toLibraryError(error);
  }
}

/** Puts back a comparison deleteComparison took out, exactly as it was stored. */
export async function restoreComparison(deleted: DeletedComparison, place: LibraryPlace = {}): Promise<void> {
  try {
    await writeUnlessNewer(await openLibrary(place), deleted.id, deleted.stored);
  } catch (error) {
    throw toLibraryError(error);
  }
}

function browserFactory(): IDBFactory | null {
  try {
    return typeof indexedDB === 'undefined' ? null : indexedDB;
  } catch {
    // Some browsers throw a SecurityError on merely reading `indexedDB` when storage is disabled.
    return null;
  }
}

function connect(factory: IDBFactory, forget: () => void): Promise<LibraryDatabase> {
  return new Promise((resolve, reject) => {
    // Opened by hand rather than with idb's openDB, which always opens the global `indexedDB`.
    const request = factory.open(LIBRARY_DATABASE, DATABASE_VERSION);
    let settled = false;
    request.onupgradeneeded = (event) => {
      // Version 1 creates the store; a later version adds its steps below, each from the one before.
      if (event.oldVersion < 1) {
        const store = request.result.createObjectStore(STORE, { keyPath: 'id' });
        store.createIndex('savedAt', 'savedAt');
      }
    };
    // An upgrade blocked by another tab waits until that tab closes: the reader is told now instead.
    request.onblocked = () => {
      settled = true;
      reject(new LibraryError('blocked', 'library: another tab holds an older version of the library open'));
    };
    request.onsuccess = () => {
      const db = request.result;
      if (settled) {
        db.close(); // opened after all, once the other tab let go; the caller was already told
        return;
      }
      settled = true;
      // Another tab opens a newer version of the app and must upgrade: step aside rather than block it.
      db.onversionchange = () => {
        forget();
        db.close();
      };
      // The browser closed it (storage cleared, disk error): the next call opens it again.
      db.onclose = forget;
      resolve(wrap(db) as unknown as LibraryDatabase);
    };
    request.onerror = () => {
      if (settled) return;
      settled = true;
      reject(request.error ?? new LibraryError('failed', 'library: the database did not open'));
    };
  });
}

async function writeUnlessNewer(db: LibraryDatabase, id: string, value: unknown): Promise<void> {
  const tx = begin(db, 'readwrite');
  // Read and write in one transaction, so that no newer app's save can slip in between.
  const existing = await tx.store.get(id);
  if (isNewerRecord(existing)) {
    tx.abort();
    throw new LibraryError('newer-version', `library: comparison "${id}" was saved by a newer version of the app and is kept`);
  }
  await Promise.all([tx.store.put(value), tx.done]);
}

function begin<Mode extends IDBTransactionMode>(db: LibraryDatabase, mode: Mode) {
  const tx = db.transaction(STORE, mode);
  // A request that fails rejects its own promise, which the caller awaits, and also aborts the
  // transaction: `done` must not then reject unheard, whether or not the caller came to await it.
  tx.done.catch(() => undefined);
  return tx;
}

function toEntry(id: string, stored: unknown): LibraryEntry {
  try {
    return { state: 'readable', id, summary: librarySummary(readSavedRecord(stored)) };
  } catch (error) {
    return { state: 'unreadable', id, error: toLibraryError(error) };
  }
}
