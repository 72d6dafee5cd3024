import { useEffect, useEffectEvent, useState } from 'react';

/** Where a lazy load stands: not asked for yet, on its way, arrived, or failed. */
export type LazyStatus = 'idle' | 'loading' | 'ready' | 'failed';

/** What `useLazyModule` returns: the value once it has arrived, else null. */
export type LazyModule<T> =
  | { readonly status: 'idle' | 'loading' | 'failed'; readonly value: null }
  | { readonly status: 'ready'; readonly value: T };

const IDLE: LazyModule<never> = { status: 'idle', value: null };
const LOADING: LazyModule<never> = { status: 'loading', value: null };
const FAILED: LazyModule<never> = { status: 'failed', value: null };

/**
 * Loads what `load` resolves to (a module imported with `import()`, or what such a module computes)
 * and returns it once it has arrived; with `load` null nothing is wanted yet, and a value that has
 * arrived stays. `key` says what the value is for (a comparison, the navigation that asked for it),
 * compared with Object.is: a value that arrived for another key is not returned, and a new key loads
 * again; without it, one value serves the component's whole life. A value that arrives after the
 * component has gone, or after its key has changed, is dropped. A failure is logged for whoever
 * debugs it and returned as `failed`, and is not tried again for the same key: a loader whose
 * failure is an answer to show (a comparison the library does not hold) resolves to it instead.
 *
 * Why not React's `use` with `lazy` or Suspense: the view must show before the value arrives (the
 * reading view before its editing tools), and content that replaces a Suspense fallback is held back
 * by up to 300 ms. `load` keeps its own `import()`, so its module stays a chunk of its own: this
 * hook adds nothing to the first view's script but itself.
 */
export function useLazyModule<T>(load: (() => Promise<T>) | null, key: unknown = null): LazyModule<T> {
  const [arrived, setArrived] = useState<{ readonly key: unknown; readonly result: LazyModule<T> } | null>(null);
  const settled = arrived !== null && Object.is(arrived.key, key);
  const wanted = load !== null;
  // The loader of the render that asked: it may close over the key, and need not be stable.
  const startLoad = useEffectEvent(() => load?.() ?? Promise.reject(new Error('a lazy load started with nothing to load; this is a bug')));

  useEffect(() => {
    if (!wanted || settled) return undefined;
    let live = true;
    startLoad().then(
      (value) => {
        if (live) setArrived({ key, result: { status: 'ready', value } });
      },
      (error: unknown) => {
        console.error(error);
        if (live) setArrived({ key, result: FAILED });
      },
    );
    return () => {
      live = false;
    };
  }, [wanted, settled, key]);

  if (settled) return arrived.result;
  return wanted ? LOADING : IDLE;
}
