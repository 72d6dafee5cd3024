import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLazyModule } from '../../src/ui/hooks/useLazyModule';

/** A promise the test settles by hand, counting how many times the hook asked for it. */
function controlledLoad<T>() {
  const pending: { resolve: (value: T) => void; reject: (error: unknown) => void }[] = [];
  const load = () =>
    new Promise<T>((resolve, reject) => {
      pending.push({ resolve, reject });
    });
  return { load, pending, calls: () => pending.length };
}

/** Settles a promise and lets React take in what follows. */
async function settle(run: () => void) {
  await act(async () => {
    run();
    await Promise.resolve();
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('useLazyModule', () => {
  it('loads a real module with import() and returns it once it has arrived', async () => {
    const { result } = renderHook(() => useLazyModule(() => import('../../src/ui/libraryUrl')));
    expect(result.current).toEqual({ status: 'loading', value: null });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(result.current.value?.readLibraryParam('?c=abc')).toBe('abc');
  });

  it('stays idle and loads nothing until given a loader, then keeps the value once it is no longer wanted', async () => {
    const { load, pending, calls } = controlledLoad<string>();
    const { result, rerender } = renderHook(({ wanted }: { wanted: boolean }) => useLazyModule(wanted ? load : null), { initialProps: { wanted: false } });
    expect(result.current).toEqual({ status: 'idle', value: null });
    expect(calls()).toBe(0);

    rerender({ wanted: true });
    expect(result.current).toEqual({ status: 'loading', value: null });
    expect(calls()).toBe(1);
    await settle(() => pending[0]?.resolve('tools'));
    expect(result.current).toEqual({ status: 'ready', value: 'tools' });

    rerender({ wanted: false });
    expect(result.current).toEqual({ status: 'ready', value: 'tools' });
    rerender({ wanted: true });
    expect(calls()).toBe(1);
  });

  it('loads again for a new key, and drops a value that arrives for a key no longer asked for', async () => {
    const { load, pending, calls } = controlledLoad<string>();
    const { result, rerender } = renderHook(({ key }: { key: string }) => useLazyModule(load, key), { initialProps: { key: 'first' } });
    rerender({ key: 'second' });
    expect(calls()).toBe(2);

    await settle(() => pending[0]?.resolve('for the first'));
    expect(result.current).toEqual({ status: 'loading', value: null });
    await settle(() => pending[1]?.resolve('for the second'));
    expect(result.current).toEqual({ status: 'ready', value: 'for the second' });

    rerender({ key: 'first' });
    expect(result.current).toEqual({ status: 'loading', value: null });
    expect(calls()).toBe(3);
  });

  it('calls the loader of the render that asked, so that it may close over the key', async () => {
    const { result, rerender } = renderHook(({ key }: { key: number }) => useLazyModule(() => Promise.resolve(key * 10), key), {
      initialProps: { key: 1 },
    });
    await waitFor(() => expect(result.current.value).toBe(10));
    rerender({ key: 2 });
    await waitFor(() => expect(result.current.value).toBe(20));
  });

  it('keys by identity: an equal object is another key', async () => {
    const { load, pending, calls } = controlledLoad<string>();
    const { rerender } = renderHook(({ key }: { key: object }) => useLazyModule(load, key), { initialProps: { key: { id: 'c1' } } });
    await settle(() => pending[0]?.resolve('opened'));
    rerender({ key: { id: 'c1' } });
    expect(calls()).toBe(2);
  });

  it('logs a failure and says it failed, without trying again for the same key', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { load, pending, calls } = controlledLoad<string>();
    const { result, rerender } = renderHook(() => useLazyModule(load));
    const failure = new Error('the chunk could not be fetched');
    await settle(() => pending[0]?.reject(failure));
    expect(result.current).toEqual({ status: 'failed', value: null });
    expect(logged).toHaveBeenCalledWith(failure);
    rerender();
    expect(calls()).toBe(1);
  });
});
