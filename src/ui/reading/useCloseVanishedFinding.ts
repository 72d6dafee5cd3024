import { useEffect, useRef } from 'react';
import type { Comparison } from '../../core/model/index';

/**
 * Closes the finding the reader opened when the comparison shown is replaced by one that does not
 * hold it: the engine's proposal arriving after the reader opened one of the analyst's findings
 * while it ran. Left open, its id would stay in the address and the panel would report a finding
 * that does not exist, as for a mistyped link. The finding the address named as the page opened is
 * not closed: if the comparison asked for lacks it, the reader should be told the link was wrong.
 */
export function useCloseVanishedFinding(comparison: Comparison, findingId: string | null, findingHeld: boolean, close: () => void): void {
  const shownBefore = useRef(comparison);
  const idAsOpened = useRef(findingId);
  useEffect(() => {
    if (shownBefore.current === comparison) return;
    shownBefore.current = comparison;
    if (findingId !== null && !findingHeld && findingId !== idAsOpened.current) close();
  }, [comparison, findingId, findingHeld, close]);
}
