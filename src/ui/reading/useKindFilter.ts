import { useCallback } from 'react';
import { FINDING_KINDS, type FindingKind } from '../../core/model/index';
import { useShownKinds } from '../hooks/useShownKinds';

export interface KindFilter {
  /** The kinds of finding shown, kept in the address (`?hide=`). */
  readonly shownKinds: ReadonlySet<FindingKind>;
  /** Shows a kind hidden, or hides a kind shown. */
  readonly toggleKind: (kind: FindingKind) => void;
  readonly showAllKinds: () => void;
}

/** The summary's filter: which kinds of finding the texts, the strip and the list show. */
export function useKindFilter(): KindFilter {
  const [shownKinds, setShownKinds] = useShownKinds();
  const toggleKind = useCallback(
    (kind: FindingKind) => {
      setShownKinds((previous) => {
        const next = new Set(previous);
        if (next.has(kind)) next.delete(kind);
        else next.add(kind);
        return next;
      });
    },
    [setShownKinds],
  );
  const showAllKinds = useCallback(() => setShownKinds(new Set(FINDING_KINDS)), [setShownKinds]);
  return { shownKinds, toggleKind, showAllKinds };
}
