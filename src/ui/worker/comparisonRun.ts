/**
 * A comparison under way, however it runs: its result, and a way to stop it. Both runners
 * (startComparison.ts with a worker, inlineComparison.ts without) give this shape, and the form
 * takes either.
 */
import type { Comparison, Lang } from '../../core/model/index';
import type { CompareFailureCode, CompareReply, CompareRequest } from './compareRequest';

export interface RunningComparison {
  /** Resolves with the comparison; rejects with a ComparisonFailed, or a ComparisonCancelled after `cancel`. */
  readonly result: Promise<Comparison>;
  /** Stops the work at once; the result rejects with a ComparisonCancelled. Does nothing once settled. */
  cancel(): void;
}

/** Starts a comparison and reports its progress, from 0 to 1. */
export type ComparisonRunner = (request: CompareRequest, onProgress: (fraction: number) => void) => RunningComparison;

/** The reader stopped the comparison. */
export class ComparisonCancelled extends Error {
  override name = 'ComparisonCancelled';
  constructor() {
    super('the comparison was cancelled');
  }
}

/** The comparison could not be made: `code` says why, in terms the interface words. */
export class ComparisonFailed extends Error {
  override name = 'ComparisonFailed';
  readonly code: CompareFailureCode;
  readonly side: Lang | null;

  constructor(code: CompareFailureCode, side: Lang | null, detail: string) {
    super(detail);
    this.code = code;
    this.side = side;
  }
}

/** What to do with a reply from the comparison's thread; returns true once the run is settled. */
export function settleReply(
  reply: CompareReply,
  handlers: { onProgress: (fraction: number) => void; resolve: (comparison: Comparison) => void; reject: (error: ComparisonFailed) => void },
): boolean {
  switch (reply.type) {
    case 'progress':
      handlers.onProgress(reply.fraction);
      return false;
    case 'done':
      handlers.resolve(reply.comparison);
      return true;
    case 'failed':
      handlers.reject(new ComparisonFailed(reply.code, reply.side, reply.detail));
      return true;
  }
}
