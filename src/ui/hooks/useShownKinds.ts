import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import type { FindingKind } from '../../core/model/index';
import { readShownKinds, withShownKinds } from '../kindFilter';

/**
 * The kinds of finding shown, read from the address when the view mounts and written back to it
 * at each change. The address is replaced rather than pushed: like the reading mode, a filter is
 * a way of looking, not a step Back undoes.
 */
export function useShownKinds(): [ReadonlySet<FindingKind>, Dispatch<SetStateAction<ReadonlySet<FindingKind>>>] {
  const [shownKinds, setShownKinds] = useState<ReadonlySet<FindingKind>>(() => readShownKinds(window.location.search));

  useEffect(() => {
    const writeHideParam = () => {
      const next = withShownKinds(window.location.href, shownKinds);
      if (next !== window.location.href) window.history.replaceState(window.history.state, '', next);
    };
    writeHideParam();
    // An older history entry may name other kinds; the reader's current choice wins.
    window.addEventListener('popstate', writeHideParam);
    return () => window.removeEventListener('popstate', writeHideParam);
  }, [shownKinds]);

  return [shownKinds, setShownKinds];
}
