import { createContext, useContext } from 'react';
import type { Finding } from '../../core/model/index';
import type { TranslationLayout } from '../../core/translation/index';

export type PointingMode = 'hover' | 'focus';

/** What every claim of the texts needs to know and do, shared without threading props through rows. */
export interface ClaimsContextValue {
  readonly findings: ReadonlyMap<string, Finding>;
  /** Findings whose pieces are lit because the reader points at or focuses one of them. */
  readonly litIds: ReadonlySet<string>;
  readonly currentId: string | null;
  /** The translation shown in place of or beneath its original, where a claim's counterpart may stand. */
  readonly translation: TranslationLayout | null;
  /**
   * Space-separated ids of the hidden texts that describe a claim in these findings: its kind, or,
   * for words that several findings share, how many and of which kinds; rejected by a reader or not.
   */
  readonly describedBy: (findingIds: readonly string[], rejected?: boolean) => string;
  /** For words several findings share, the sentence that names how many and their kinds, `Part of 2 findings: Discrepancy and Match`; else null. */
  readonly nameShared: (findingIds: readonly string[]) => string | null;
  readonly point: (findingIds: readonly string[], mode: PointingMode) => void;
  readonly unpoint: (mode: PointingMode) => void;
  readonly open: (findingId: string) => void;
}

export const ClaimsContext = createContext<ClaimsContextValue | null>(null);

/** The claims context; throws when a claim is drawn outside the reading view. */
export function useClaims(): ClaimsContextValue {
  const value = useContext(ClaimsContext);
  if (!value) throw new Error('a claim is drawn outside ClaimsContext; this is a bug');
  return value;
}
