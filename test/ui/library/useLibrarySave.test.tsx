import 'fake-indexeddb/auto';
import { act, renderHook, waitFor } from '@testing-library/react';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Comparison } from '../../../src/core/model/index';
import { listComparisons, loadComparison, saveComparison } from '../../../src/ui/library/libraryStore';
import { useLibrarySave, type LibrarySaveOptions } from '../../../src/ui/library/useLibrarySave';
import { fixtureComparison, fixtureRecord } from './records';

/** fake-indexeddb's own request machinery, which the DOM's types do not describe. */
interface FakeTransaction {
  _execRequestAsync(request: { operation: () => unknown; source: unknown }): IDBRequest;
}

const CREATED = '2024-05-01T09:00:00.000Z';

function version(n: number): Comparison {
  return fixtureComparison(`pair-v${n}`, { fr: `Titre ${n}`, en: `Title ${n}` });
}

function options(comparison: Comparison, overrides: Partial<LibrarySaveOptions> = {}): LibrarySaveOptions {
  return { id: 'rec-1', comparison, createdAt: CREATED, origin: 'new', stored: null, ...overrides };
}

/** Counts the puts that reach IndexedDB, letting each through. */
function countPuts() {
  return vi.spyOn(IDBObjectStore.prototype, 'put');
}

/** Makes every put fail as a full disk does: the request errs with QuotaExceededError and the transaction aborts. */
function fillStorage() {
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore) {
    return (this.transaction as unknown as FakeTransaction)._execRequestAsync({
      operation: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
      source: this,
    });
  });
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('useLibrarySave', () => {
  it('saves a comparison the library does not hold yet at once, with its id, origin and times', async () => {
    const comparison = version(1);
    const { result } = renderHook(() => useLibrarySave(options(comparison, { origin: 'imported' })));

    await waitFor(() => expect(result.current).toEqual({ state: 'saved', error: null }));
    const record = await loadComparison('rec-1');
    expect(record).toMatchObject({ id: 'rec-1', origin: 'imported', createdAt: CREATED, comparison });
    expect(Date.parse(record.savedAt)).toBeGreaterThan(Date.parse(CREATED));
  });

  it('does not save again the comparison it was opened with', async () => {
    const stored = fixtureRecord('rec-1', '2024-05-02T10:00:00.000Z');
    await saveComparison(stored);
    const puts = countPuts();

    const { result } = renderHook(() => useLibrarySave(options(stored.comparison, { stored: stored.comparison })));

    expect(result.current.state).toBe('saved');
    expect(puts).not.toHaveBeenCalled();
    expect((await loadComparison('rec-1')).savedAt).toBe('2024-05-02T10:00:00.000Z');
  });

  it('saves each change with one put', async () => {
    const puts = countPuts();
    const { result, rerender } = renderHook((props: LibrarySaveOptions) => useLibrarySave(props), { initialProps: options(version(1)) });
    await waitFor(() => expect(result.current.state).toBe('saved'));

    rerender(options(version(2)));
    await waitFor(() => expect(puts).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(result.current.state).toBe('saved'));
    rerender(options(version(3)));
    await waitFor(() => expect(result.current.state).toBe('saved'));

    expect(puts).toHaveBeenCalledTimes(3);
    expect((await loadComparison('rec-1')).comparison.name).toBe('pair-v3');
  });

  it('coalesces changes made while a put is in flight into one put of the latest', async () => {
    const puts = countPuts();
    const { result, rerender } = renderHook((props: LibrarySaveOptions) => useLibrarySave(props), { initialProps: options(version(1)) });
    expect(result.current.state).toBe('saving');

    // Three edits while the first put is still on its way.
    rerender(options(version(2)));
    rerender(options(version(3)));
    rerender(options(version(4)));

    await waitFor(() => expect(result.current.state).toBe('saved'));
    expect(puts).toHaveBeenCalledTimes(2);
    expect((await loadComparison('rec-1')).comparison.name).toBe('pair-v4');
  });

  it('reports a full storage as failed with its error, keeps that error while saves keep failing, and clears it once one succeeds', async () => {
    const full = fillStorage();
    const { result, rerender } = renderHook((props: LibrarySaveOptions) => useLibrarySave(props), { initialProps: options(version(1)) });

    await waitFor(() => expect(result.current.state).toBe('failed'));
    const error = result.current.error;
    expect(error?.code).toBe('full');

    rerender(options(version(2)));
    await waitFor(() => expect(full).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(result.current.state).toBe('failed'));
    expect(result.current.error).toBe(error);

    full.mockRestore();
    rerender(options(version(3)));
    await waitFor(() => expect(result.current).toEqual({ state: 'saved', error: null }));
    expect((await loadComparison('rec-1')).comparison.name).toBe('pair-v3');
  });

  it('reports a browser without storage as failed, unavailable', async () => {
    Reflect.deleteProperty(globalThis, 'indexedDB');
    // Made once, as the app's callers hold them: options made in the callback are new at every
    // render, and each failure's render then asked for another save, until React gave up.
    const shown = options(version(1));
    const { result } = renderHook(() => useLibrarySave(shown));
    await waitFor(() => expect(result.current.state).toBe('failed'));
    expect(result.current.error?.code).toBe('unavailable');
  });

  it('saves nothing while the comparison on screen is not kept', async () => {
    const puts = countPuts();
    const { result, rerender } = renderHook((props: LibrarySaveOptions) => useLibrarySave(props), { initialProps: options(version(1), { id: null }) });
    rerender(options(version(2), { id: null }));
    await act(async () => {
      await listComparisons();
    });
    expect(result.current).toEqual({ state: 'saved', error: null });
    expect(puts).not.toHaveBeenCalled();
    expect(await listComparisons()).toEqual([]);
  });
});
