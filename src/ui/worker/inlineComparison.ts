/**
 * Runs a comparison on the page's own thread: where no worker can start (an old browser, a page
 * that forbids workers, a test environment), the comparison still happens, and the page waits for it.
 */
import { runCompareRequest, type CompareRequest } from './compareRequest';
import { ComparisonCancelled, settleReply, type RunningComparison } from './comparisonRun';
import type { Comparison } from '../../core/model/index';

/** Starts the comparison after the page has had a turn to show that it started. */
export function startInlineComparison(request: CompareRequest, onProgress: (fraction: number) => void): RunningComparison {
  let settled = false;
  let rejectRun: (error: unknown) => void = () => {};
  const result = new Promise<Comparison>((resolve, reject) => {
    rejectRun = reject;
    setTimeout(() => {
      if (settled) return;
      runCompareRequest(request, (reply) => {
        if (settled) return;
        settled = settleReply(reply, { onProgress, resolve, reject });
      });
    }, 0);
  });
  return {
    result,
    cancel() {
      if (settled) return;
      settled = true;
      rejectRun(new ComparisonCancelled());
    },
  };
}
