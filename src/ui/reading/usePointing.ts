import { useCallback, useMemo, useState } from 'react';
import type { PointingMode } from '../hooks/useClaims';

export interface Pointing {
  /** The findings lit because the reader points at or focuses one of their claims. */
  readonly litIds: ReadonlySet<string>;
  readonly point: (findingIds: readonly string[], mode: PointingMode) => void;
  readonly unpoint: (mode: PointingMode) => void;
}

/** What the reader points at, with the pointer and with focus apart: leaving one keeps what the other lights. */
export function usePointing(): Pointing {
  const [pointed, setPointed] = useState<Readonly<Record<PointingMode, readonly string[]>>>({ hover: [], focus: [] });
  const litIds = useMemo(() => new Set([...pointed.hover, ...pointed.focus]), [pointed]);
  const point = useCallback((ids: readonly string[], mode: PointingMode) => setPointed((previous) => ({ ...previous, [mode]: ids })), []);
  const unpoint = useCallback((mode: PointingMode) => setPointed((previous) => ({ ...previous, [mode]: [] })), []);
  return { litIds, point, unpoint };
}
