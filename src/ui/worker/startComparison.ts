/**
 * Runs a comparison in a Web Worker, so that the page stays responsive and the reader can stop it:
 * cancelling ends the worker's thread at once, wherever the engine was. Where no worker can start,
 * the comparison runs on the page (inlineComparison.ts), whose engine is loaded only then: the form
 * itself does not carry it.
 *
 * A comparison may also start before the reader presses Compare (a head start): the form asks for
 * one once the texts have stayed as they are for a moment, and Compare takes it over when it asks
 * for the very same request, with whatever the worker has done meanwhile; any other request ends
 * it. The engine is deterministic, so a comparison taken over is the one Compare would have made.
 */
import type { Comparison } from '../../core/model/index';
import type { CompareReply, CompareRequest } from './compareRequest';
import { sameRequest } from './sameRequest';
import { WARM_UP } from './warmUp';
import { ComparisonCancelled, ComparisonFailed, settleReply, type RunningComparison } from './comparisonRun';

// A worker started before the reader pressed Compare, its engine already loaded and compiled.
let spare: Worker | null = null;

/** A comparison sent to a worker (ahead of Compare, or by it): its worker, and what the worker answered before anyone listened. */
interface WorkerRun {
  readonly request: CompareRequest;
  readonly worker: Worker;
  readonly replies: CompareReply[];
  listener: ((reply: CompareReply) => void) | null;
}

let headStart: WorkerRun | null = null;

function createWorker(): Worker {
  return new Worker(new URL('./compareWorker.ts', import.meta.url), { type: 'module' });
}

/** The worker's own failures, as the replies a comparison settles on. */
function failureReply(detail: string): CompareReply {
  return { type: 'failed', code: 'engine', side: null, detail };
}

/**
 * Starts a worker on `request` (the prepared one, else a new one), keeping what it answers until
 * someone listens; null where no worker can start.
 */
function launch(request: CompareRequest): WorkerRun | null {
  let worker: Worker;
  try {
    worker = spare ?? createWorker();
  } catch {
    return null;
  }
  spare = null;
  const started: WorkerRun = { request, worker, replies: [], listener: null };
  const hear = (reply: CompareReply) => (started.listener === null ? started.replies.push(reply) : started.listener(reply));
  worker.onmessage = (event: MessageEvent<CompareReply>) => hear(event.data);
  // The worker's script failed to load or threw outside the request (runCompareRequest catches its own errors).
  worker.onerror = (event) => {
    event.preventDefault();
    hear(failureReply(event.message || 'the comparison worker failed to start'));
  };
  worker.onmessageerror = () => hear(failureReply('a message from the comparison worker could not be read'));
  worker.postMessage(request);
  return started;
}

/**
 * Starts comparing `request` ahead of Compare; a head start on another request ends first. Nothing
 * is shown: startComparison takes the work over when Compare asks for the same request. Where no
 * worker can start, it does nothing.
 */
export function startHeadStart(request: CompareRequest): void {
  if (headStart !== null && sameRequest(headStart.request, request)) return;
  endHeadStart();
  headStart = launch(request);
}

/** Ends a head start that Compare has not taken over (the texts changed, or the form closed). */
export function endHeadStart(): void {
  headStart?.worker.terminate();
  headStart = null;
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
    endHeadStart();
  };
}

/**
 * Starts comparing in a worker: the head start's when it compares this very request, else the one
 * prepared, else a new one; each comparison has its own, ended when it settles.
 */
export function startComparison(request: CompareRequest, onProgress: (fraction: number) => void): RunningComparison {
  const taken = headStart !== null && sameRequest(headStart.request, request) ? headStart : null;
  if (taken === null) endHeadStart();
  headStart = null;
  const run = taken ?? launch(request);
  if (run === null) return startOnPage(request, onProgress);
  const { worker } = run;
  let settled = false;
  let rejectRun: (error: unknown) => void = () => {};
  const result = new Promise<Comparison>((resolve, reject) => {
    rejectRun = reject;
    const hear = (reply: CompareReply) => {
      if (settled) return;
      if (settleReply(reply, { onProgress, resolve, reject })) {
        settled = true;
        worker.terminate();
      }
    };
    // What the worker said before anyone listened (a head start's work), in order, then the rest as it comes.
    for (const reply of run.replies.splice(0)) hear(reply);
    run.listener = hear;
  });
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
