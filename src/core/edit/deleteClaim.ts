/** Deleting a relation: it leaves the list; its quotes stay in the texts, and the alignment is untouched. */
import type { Comparison } from '../model/types';
import { relationIndexOf } from './relationAt';

/** The comparison without relation `id`; throws EditError 'no-such-relation'. */
export function deleteClaim(comparison: Comparison, id: string): Comparison {
  const index = relationIndexOf(comparison, id);
  return { ...comparison, relations: comparison.relations.filter((_, at) => at !== index) };
}
