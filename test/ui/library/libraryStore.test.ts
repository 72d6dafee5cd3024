import 'fake-indexeddb/auto';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SAVE_VERSION } from '../../../src/core/library/savedRecord';
import { LibraryError } from '../../../src/ui/library/LibraryError';
import {
  LIBRARY_DATABASE,
  deleteComparison,
  listComparisons,
  loadComparison,
  openLibrary,
  restoreComparison,
  saveComparison,
  type LibraryPlace,
} from '../../../src/ui/library/libraryStore';
import { fixtureRecord } from './records';

/** fake-indexeddb's own request machinery, which the DOM's types do not describe. */
interface FakeTransaction {
  _execRequestAsync(request: { operation: () => unknown; source: unknown }): IDBRequest;
}

/** A library in a browser of its own: a fresh IndexedDB for each test. */
function freshPlace(): LibraryPlace & { factory: IDBFactory } {
  return { factory: new IDBFactory() };
}

/** Writes a value straight into the store, as an older (or newer) app, or a damaged disk, would have left it. */
async function writeRaw(place: { factory: IDBFactory }, value: unknown): Promise<void> {
  const db = await openLibrary(place);
  await db.put('comparisons', value);
}

async function readRaw(place: { factory: IDBFactory }, id: string): Promise<unknown> {
  const db = await openLibrary(place);
  return db.get('comparisons', id);
}

async function rejection(promise: Promise<unknown>): Promise<LibraryError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof LibraryError) return error;
    throw error;
  }
  throw new Error('expected the library to refuse');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('openLibrary', () => {
  it('creates the database source-comparison with its store and savedAt index', async () => {
    const place = freshPlace();
    const db = await openLibrary(place);
    expect(db.name).toBe(LIBRARY_DATABASE);
    expect([...db.objectStoreNames]).toEqual(['comparisons']);
    const tx = db.transaction('comparisons');
    expect(tx.store.keyPath).toBe('id');
    expect([...tx.store.indexNames]).toEqual(['savedAt']);
  });

  it('reports a browser without IndexedDB as unavailable', async () => {
    expect((await rejection(openLibrary({ factory: null }))).code).toBe('unavailable');
    expect((await rejection(listComparisons({ factory: null }))).code).toBe('unavailable');
  });

  it('reports an open the browser refuses, as private browsing does, as unavailable, and tries again next time', async () => {
    // A browser that refuses storage throws at `open`; this factory does so once, then lets go.
    class RefusingOnce extends IDBFactory {
      refused = false;
      override open(name: string, version?: number) {
        if (!this.refused) {
          this.refused = true;
          throw new DOMException('The operation is insecure.', 'SecurityError');
        }
        return super.open(name, version);
      }
    }
    const place = { factory: new RefusingOnce() };
    const error = await rejection(saveComparison(fixtureRecord('c1', '2024-05-01T10:00:00.000Z'), place));
    expect(error.code).toBe('unavailable');
    await saveComparison(fixtureRecord('c1', '2024-05-01T10:00:00.000Z'), place);
    expect((await listComparisons(place)).map((entry) => entry.id)).toEqual(['c1']);
  });

  it('refuses a database a newer version of the app upgraded, as newer-version', async () => {
    const place = freshPlace();
    await new Promise<void>((resolve, reject) => {
      const request = place.factory.open(LIBRARY_DATABASE, 7);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    expect((await rejection(listComparisons(place))).code).toBe('newer-version');
  });
});

describe('saveComparison, listComparisons, loadComparison', () => {
  it('saves records and lists them newest first, with what the list shows', async () => {
    const place = freshPlace();
    await saveComparison(fixtureRecord('older', '2024-05-01T10:00:00.000Z', 'first-pair'), place);
    await saveComparison(fixtureRecord('newer', '2024-06-01T10:00:00.000Z', 'second-pair'), place);
    await saveComparison(fixtureRecord('middle', '2024-05-15T10:00:00.000Z', 'third-pair'), place);

    const entries = await listComparisons(place);

    expect(entries.map((entry) => entry.id)).toEqual(['newer', 'middle', 'older']);
    const [first] = entries;
    expect(first?.state === 'readable' && first.summary).toMatchObject({
      name: 'second-pair',
      titles: { fr: 'Titre de second-pair', en: 'Title of second-pair' },
      counts: { match: 1, discrepancy: 1, 'only-fr': 1, 'only-en': 0 },
      savedAt: '2024-06-01T10:00:00.000Z',
    });
  });

  it('replaces a record saved again under the same id, and moves it to the top', async () => {
    const place = freshPlace();
    await saveComparison(fixtureRecord('a', '2024-05-01T10:00:00.000Z'), place);
    await saveComparison(fixtureRecord('b', '2024-05-02T10:00:00.000Z'), place);
    await saveComparison(fixtureRecord('a', '2024-05-03T10:00:00.000Z', 'renamed'), place);

    const entries = await listComparisons(place);
    expect(entries.map((entry) => entry.id)).toEqual(['a', 'b']);
    expect((await loadComparison('a', place)).comparison.name).toBe('renamed');
  });

  it('loads a record as it was saved', async () => {
    const place = freshPlace();
    const record = fixtureRecord('c1', '2024-05-01T10:00:00.000Z', 'pair', 'imported');
    await saveComparison(record, place);
    expect(await loadComparison('c1', place)).toEqual(record);
  });

  it('says not-found for an id it does not hold', async () => {
    expect((await rejection(loadComparison('nothing', freshPlace()))).code).toBe('not-found');
  });

  it('reports a full storage as full, and keeps what it held', async () => {
    const place = freshPlace();
    const kept = fixtureRecord('kept', '2024-05-01T10:00:00.000Z');
    await saveComparison(kept, place);
    // Runs fake-indexeddb's own request machinery with an operation that fails as a full disk does:
    // the request errs with QuotaExceededError and the transaction aborts.
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore) {
      return (this.transaction as unknown as FakeTransaction)._execRequestAsync({
        operation: () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        },
        source: this,
      });
    });

    const error = await rejection(saveComparison(fixtureRecord('kept', '2024-05-02T10:00:00.000Z', 'changed'), place));

    expect(error.code).toBe('full');
    vi.restoreAllMocks();
    expect(await loadComparison('kept', place)).toEqual(kept);
  });
});

describe('deleteComparison and restoreComparison', () => {
  it('deletes a record and puts it back as it was', async () => {
    const place = freshPlace();
    const record = fixtureRecord('c1', '2024-05-01T10:00:00.000Z');
    await saveComparison(record, place);
    await saveComparison(fixtureRecord('c2', '2024-05-02T10:00:00.000Z'), place);

    const deleted = await deleteComparison('c1', place);
    expect((await listComparisons(place)).map((entry) => entry.id)).toEqual(['c2']);
    expect((await rejection(loadComparison('c1', place))).code).toBe('not-found');

    await restoreComparison(deleted, place);
    expect((await listComparisons(place)).map((entry) => entry.id)).toEqual(['c2', 'c1']);
    expect(await loadComparison('c1', place)).toEqual(record);
  });

  it('deletes a damaged record too, and can put it back', async () => {
    const place = freshPlace();
    await writeRaw(place, { id: 'broken', version: SAVE_VERSION, savedAt: 'yesterday' });
    const deleted = await deleteComparison('broken', place);
    expect(await listComparisons(place)).toEqual([]);
    await restoreComparison(deleted, place);
    expect(await readRaw(place, 'broken')).toEqual({ id: 'broken', version: SAVE_VERSION, savedAt: 'yesterday' });
  });

  it('says not-found when there is nothing to delete', async () => {
    expect((await rejection(deleteComparison('nothing', freshPlace()))).code).toBe('not-found');
  });
});

describe('records from other versions', () => {
  it('reads a version-1 record written into the store and migrates it', async () => {
    const place = freshPlace();
    const current = fixtureRecord('old', '2023-01-10T08:00:00.000Z', 'old-pair').comparison;
    const findings = current.relations.map((finding) => Object.fromEntries(Object.entries(finding).filter(([key]) => key !== 'status')));
    await writeRaw(place, { version: 1, id: 'old', savedAt: '2023-01-10T08:00:00.000Z', comparison: { ...current, relations: findings } });

    const [entry] = await listComparisons(place);
    expect(entry).toMatchObject({ state: 'readable', id: 'old', summary: { name: 'old-pair', createdAt: '2023-01-10T08:00:00.000Z' } });

    const record = await loadComparison('old', place);
    expect(record.version).toBe(SAVE_VERSION);
    expect(record.origin).toBe('new');
    expect(record.comparison.relations.find((r) => r.id === 'r1')?.status).toBe('automatic');
  });

  it('lists a record of a newer version as unreadable, keeps the others, and never overwrites or deletes it', async () => {
    const place = freshPlace();
    const future = { version: SAVE_VERSION + 1, id: 'future', savedAt: '2024-07-01T10:00:00.000Z', shape: 'unknown to this app' };
    await writeRaw(place, future);
    await saveComparison(fixtureRecord('today', '2024-06-01T10:00:00.000Z'), place);

    const entries = await listComparisons(place);
    expect(entries.map((entry) => [entry.id, entry.state, entry.state === 'unreadable' ? entry.error.code : null])).toEqual([
      ['future', 'unreadable', 'newer-version'],
      ['today', 'readable', null],
    ]);
    expect((await rejection(loadComparison('future', place))).code).toBe('newer-version');
    expect((await rejection(saveComparison(fixtureRecord('future', '2024-08-01T10:00:00.000Z'), place))).code).toBe('newer-version');
    expect((await rejection(deleteComparison('future', place))).code).toBe('newer-version');
    expect(await readRaw(place, 'future')).toEqual(future);
  });

  it('lists a damaged record as unreadable with its id, after the readable ones, and keeps the others', async () => {
    const place = freshPlace();
    await saveComparison(fixtureRecord('good', '2024-06-01T10:00:00.000Z'), place);
    await writeRaw(place, { id: 'no-date', version: SAVE_VERSION, comparison: 'lost' });
    await writeRaw(place, { id: 'bad-comparison', version: SAVE_VERSION, createdAt: '2024-07-01T10:00:00.000Z', savedAt: '2024-07-01T10:00:00.000Z', origin: 'new', comparison: { format: 'other' } });

    const entries = await listComparisons(place);
    expect(entries.map((entry) => [entry.id, entry.state === 'unreadable' ? entry.error.code : 'readable'])).toEqual([
      ['bad-comparison', 'corrupt'],
      ['good', 'readable'],
      ['no-date', 'corrupt'],
    ]);
    expect((await rejection(loadComparison('no-date', place))).code).toBe('corrupt');
  });
});
