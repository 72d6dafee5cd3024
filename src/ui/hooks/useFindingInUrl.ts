import { useCallback, useEffect, useState } from 'react';
import { readFindingParam, withFindingParam } from '../findingUrl';

/** How the open finding came to be open: from the address on load, from Back or Forward, or by the reader's choice. */
export type FindingOrigin = 'address' | 'history' | 'reader';

export interface FindingInUrl {
  readonly findingId: string | null;
  readonly origin: FindingOrigin;
  /** Opens (or, with null, closes) a finding; `replace` changes the address without a step for Back. */
  readonly showFinding: (id: string | null, history?: 'push' | 'replace') => void;
}

/**
 * The open finding, kept in the address: opening or closing one pushes a history entry, so Back
 * returns to the previous state, and a deep link opens its finding on load.
 */
export function useFindingInUrl(): FindingInUrl {
  const [state, setState] = useState<{ id: string | null; origin: FindingOrigin }>(() => ({
    id: readFindingParam(window.location.search),
    origin: 'address',
  }));

  useEffect(() => {
    const followHistory = () => setState({ id: readFindingParam(window.location.search), origin: 'history' });
    window.addEventListener('popstate', followHistory);
    return () => window.removeEventListener('popstate', followHistory);
  }, []);

  const showFinding = useCallback((id: string | null, history: 'push' | 'replace' = 'push') => {
    const next = withFindingParam(window.location.href, id);
    // Reopening the finding already open adds nothing worth a Back step.
    if (next !== window.location.href && history === 'push') window.history.pushState(window.history.state, '', next);
    else if (next !== window.location.href) window.history.replaceState(window.history.state, '', next);
    setState({ id, origin: 'reader' });
  }, []);

  return { findingId: state.id, origin: state.origin, showFinding };
}
