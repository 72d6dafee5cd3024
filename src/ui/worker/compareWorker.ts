/**
 * The comparison's thread: one request in, progress and then the comparison (or why it failed)
 * out. Started by startComparison.ts as a module worker; all the work is runCompareRequest's.
 *
 * A worker prepared ahead of the reader's Compare is asked first to warm up: it compares a short
 * pair the project writes, so that the engine's code is compiled and its tables built before the
 * reader's texts arrive (a cold engine took 1.5 s on 2,000 paragraphs a side, a warm one 1.2 s).
 */
import { compareTexts } from '../../core/engine/index';
import { syntheticPair } from './syntheticPair';
import { runCompareRequest, type CompareReply, type CompareRequest } from './compareRequest';
import { WARM_UP } from './warmUp';

/** Paragraphs a side of the warm-up pair: enough for the compiler to take the engine's hot paths (about 0.2 s). */
const WARM_UP_PARAGRAPHS = 100;

/** The little of a worker's global scope this file uses. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<CompareRequest | typeof WARM_UP>) => void) | null;
  postMessage(message: CompareReply): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  if (event.data === WARM_UP) {
    const pair = syntheticPair(WARM_UP_PARAGRAPHS);
    compareTexts(pair.fr, pair.en);
    return;
  }
  runCompareRequest(event.data, (reply) => scope.postMessage(reply));
};
