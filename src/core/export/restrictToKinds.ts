import type { Comparison, RelationKind } from '../model/types';

/**
 * The comparison with only the relations of the given kinds, for "export only what is shown".
 * Relations stand alone in the file format, so what remains is still a valid comparison.
 */
export function restrictToKinds(comparison: Comparison, kinds: ReadonlySet<RelationKind> | null): Comparison {
  if (kinds === null) return comparison;
  return { ...comparison, relations: comparison.relations.filter((relation) => kinds.has(relation.kind)) };
}
