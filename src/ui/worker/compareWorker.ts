/**
 * The comparison's thread: one request in, progress and then the comparison (or why it failed)
 * out. Started by startComparison.ts as a module worker; all the work is runCompareRequest's.
 */
import { runCompareRequest, type CompareReply, type CompareRequest } from './compareRequest';

/** The little of a worker's global scope this file uses. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<CompareRequest>) => void) | null;
  postMessage(message: CompareReply): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  runCompareRequest(event.data, (reply) => scope.postMessage(reply));
};
