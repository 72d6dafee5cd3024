import { useEffect, useRef } from 'react';
import type { Comparison } from '../../core/model/index';

/** Whether the finding `id` was in `before` and is not in `after`: a step took it away. */
export function isFindingGone(before: Comparison, after: Comparison, id: string): boolean {
  return before.relations.some((finding) => finding.id === id) && !after.relations.some((finding) => finding.id === id);
}

/**
 * Closes the open finding (`onFindingGone`) when a step through the history takes it away (a claim
 * deleted, created then undone, linked into another), rather than leaving it reported missing like
 * a bad address.
 */
export function useCloseGoneFinding(comparison: Comparison, openId: string | null, onFindingGone: () => void): void {
  const before = useRef(comparison);
  useEffect(() => {
    const was = before.current;
    before.current = comparison;
    if (openId !== null && was !== comparison && isFindingGone(was, comparison, openId)) onFindingGone();
  }, [comparison, openId, onFindingGone]);
}
