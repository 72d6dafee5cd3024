/**
 * Runs a comparison in a Web Worker, so that the page stays responsive and the reader can stop it:
 * cancelling ends the worker's thread at once, wherever the engine was. Where no worker can start,
 * the comparison runs on the page (inlineComparison.ts), whose engine is loaded only then: the form
 * itself does not carry it.
 */
import type { Comparison } from '../../core/model/index';
import type { CompareReply, CompareRequest } from './compareRequest';
import { WARM_UP } from './warmUp';
import { ComparisonCancelled, ComparisonFailed, settleReply, type RunningComparison } from './comparisonRun';

// A worker started before the reader pressed Compare, its engine already loaded and compiled.
let spare: Worker | null = null;

function createWorker(): Worker {
  return new Worker(new URL('./compareWorker.ts', import.meta.url), { type: 'module' });
}

/**
 * Starts a worker ahead of the first Compare, while the reader fills the form: loading and
 * compiling the engine (200 kB) is then done by the time it is needed. Returns what ends it, for
 * when the form closes without comparing. Where no worker can start, it does nothing.
 */
export function prepareComparisonWorker(): () => void {
  if (spare === null) {
    try {
      spare = createWorker();
      spare.postMessage(WARM_UP);
    } catch {
      spare = null;
    }
  }
  return () => {
    spare?.terminate();
    spare = null;
  };
}

/** Starts comparing in a worker (the one prepared, else a new one); each comparison has its own, ended when it settles. */
export function startComparison(request: CompareRequest, onProgress: (fraction: number) => void): RunningComparison {
  let worker: Worker;
  try {
    worker = spare ?? createWorker();
    spare = null;
  } catch {
    return startOnPage(request, onProgress);
  }
  let settled = false;
  let rejectRun: (error: unknown) => void = () => {};
  const result = new Promise<Comparison>((resolve, reject) => {
    rejectRun = reject;
    const finish = () => {
      settled = true;
      worker.terminate();
    };
    worker.onmessage = (event: MessageEvent<CompareReply>) => {
      if (settled) return;
      if (settleReply(event.data, { onProgress, resolve, reject })) finish();
    };
    // The worker's script failed to load or threw outside the request (runCompareRequest catches its own errors).
    worker.onerror = (event) => {
      event.preventDefault();
      if (settled) return;
      finish();
      reject(new ComparisonFailed('engine', null, event.message || 'the comparison worker failed to start'));
    };
    worker.onmessageerror = () => {
      if (settled) return;
      finish();
      reject(new ComparisonFailed('engine', null, 'a message from the comparison worker could not be read'));
    };
  });
  worker.postMessage(request);
  return {
    result,
    cancel() {
      if (settled) return;
      settled = true;
      worker.terminate();
      rejectRun(new ComparisonCancelled());
    },
  };
}

/** The comparison on the page's thread, once its code has loaded. */
function startOnPage(request: CompareRequest, onProgress: (fraction: number) => void): RunningComparison {
  let inner: RunningComparison | null = null;
  let cancelled = false;
  let rejectRun: (error: unknown) => void = () => {};
  const result = new Promise<Comparison>((resolve, reject) => {
    rejectRun = reject;
    import('./inlineComparison').then(
      ({ startInlineComparison }) => {
        if (cancelled) return;
        inner = startInlineComparison(request, onProgress);
        inner.result.then(resolve, reject);
      },
      (error: unknown) => reject(new ComparisonFailed('engine', null, `the comparison could not load: ${String(error)}`)),
    );
  });
  return {
    result,
    cancel() {
      if (cancelled) return;
      cancelled = true;
      inner?.cancel();
      rejectRun(new ComparisonCancelled());
    },
  };
}
