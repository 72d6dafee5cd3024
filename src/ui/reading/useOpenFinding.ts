import { useMemo } from 'react';
import { findFinding, findFindingsSharingQuotes } from '../../core/findings/index';
import type { Comparison, Finding } from '../../core/model/index';
import { useFindingInUrl, type FindingInUrl } from '../hooks/useFindingInUrl';

export interface OpenFinding extends FindingInUrl {
  /** The finding the address opens; null when none is open, or when the comparison has none of that id. */
  readonly finding: Finding | null;
  /** The findings that share its text. */
  readonly related: readonly Finding[];
}

/** The finding open in `comparison`, as the address names it, with those that share its text. */
export function useOpenFinding(comparison: Comparison): OpenFinding {
  const { findingId, origin, showFinding } = useFindingInUrl();
  const finding = useMemo(() => findFinding(comparison, findingId), [comparison, findingId]);
  const related = useMemo(() => (finding ? findFindingsSharingQuotes(comparison, finding.id) : []), [comparison, finding]);
  return { findingId, origin, showFinding, finding, related };
}
