import type { Comparison, FindingKind } from '../model/types';

/**
 * The comparison with only the findings of the given kinds, for "export only what is shown".
 * Findings stand alone in the file format, so what remains is still a valid comparison.
 */
export function restrictToKinds(comparison: Comparison, kinds: ReadonlySet<FindingKind> | null): Comparison {
  if (kinds === null) return comparison;
  return { ...comparison, relations: comparison.relations.filter((finding) => kinds.has(finding.kind)) };
}
