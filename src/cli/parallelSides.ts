/**
 * Prepares the two texts of a long comparison at once, where the machine has two cores: the French
 * text in a worker thread (sideWorker.ts), the English one in this thread. Splitting into sentences
 * and extracting features are a third of a long comparison's time, and neither text's needs the
 * other's (preparedSide.ts joins them so that the comparison is the same byte for byte).
 *
 * A short pair is prepared in this thread alone: a worker thread costs about a tenth of a second of
 * start-up (loading the engine and its dictionary), more than half of a short pair's preparation.
 * A worker that fails is not the person's problem: its side is prepared here instead.
 */
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { fromTransferable, joinPreparedSides, prepareSide, type PreparedSide, type PreparedSides, type TransferableSide } from '../core/engine/index';
import type { Source } from '../core/model/index';
import type { SideRequest } from './sideWorker';

/** Two files of at least this many bytes together are prepared in two threads: about 1,000 sentences a side. */
export const PARALLEL_FROM_BYTES = 150_000;

const SENTENCE_MODE = 'segment';

/** A worker thread that prepares one side when asked; null where it would not pay (one core, short files, no compiled worker). */
export interface SideHelper {
  /** The side prepared in the worker, or null if the worker failed. */
  prepare(source: Source): Promise<PreparedSide | null>;
  close(): void;
}

/**
 * Starts the worker before the files are read, so that its own start overlaps the reading: when
 * the machine has two cores or more, `workerFile` exists (the compiled command line has it; its
 * sources run through a TypeScript loader do not), and the files are long enough to gain from it.
 */
export function startSideHelper(workerFile: string | null, paths: readonly string[]): SideHelper | null {
  if (workerFile === null || availableParallelism() < 2 || !existsSync(workerFile)) return null;
  if (paths.reduce((sum, path) => sum + sizeOf(path), 0) < PARALLEL_FROM_BYTES) return null;
  const worker = new Worker(workerFile);
  // The process ends when the comparison is written, whatever the worker is doing.
  worker.unref();
  let failed = false;
  worker.once('error', () => (failed = true));
  return {
    prepare(source) {
      if (failed) return Promise.resolve(null);
      return new Promise((resolve) => {
        worker.once('message', (side: TransferableSide) => resolve(fromTransferable(side, source)));
        worker.once('error', () => resolve(null));
        worker.once('exit', () => resolve(null));
        const request: SideRequest = { source, sentenceMode: SENTENCE_MODE };
        worker.postMessage(request);
      });
    },
    close() {
      void worker.terminate();
    },
  };
}

/** Both sides prepared, the French one by `helper`, the English one meanwhile in this thread. */
export async function prepareBothSides(fr: Source, en: Source, helper: SideHelper): Promise<PreparedSides> {
  const pendingFrench = helper.prepare(fr);
  const english = prepareSide(en, SENTENCE_MODE);
  const french = (await pendingFrench) ?? prepareSide(fr, SENTENCE_MODE);
  return joinPreparedSides(french, english);
}

/** A file's size, or 0 when it cannot be read: reading it will say why. */
function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
