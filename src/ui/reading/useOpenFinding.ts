import { useMemo } from 'react';
import { findRelation, findRelationsSharingQuotes } from '../../core/findings/index';
import type { Comparison, Relation } from '../../core/model/index';
import { useFindingInUrl, type FindingInUrl } from '../hooks/useFindingInUrl';

export interface OpenFinding extends FindingInUrl {
  /** The finding the address opens; null when none is open, or when the comparison has none of that id. */
  readonly relation: Relation | null;
  /** The findings that share its text. */
  readonly related: readonly Relation[];
}

/** The finding open in `comparison`, as the address names it, with those that share its text. */
export function useOpenFinding(comparison: Comparison): OpenFinding {
  const { findingId, origin, showFinding } = useFindingInUrl();
  const relation = useMemo(() => findRelation(comparison, findingId), [comparison, findingId]);
  const related = useMemo(() => (relation ? findRelationsSharingQuotes(comparison, relation.id) : []), [comparison, relation]);
  return { findingId, origin, showFinding, relation, related };
}
