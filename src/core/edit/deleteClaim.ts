/** Deleting a finding: it leaves the list; its quotes stay in the texts, and the alignment is untouched. */
import type { Comparison } from '../model/types';
import { findingIndexOf } from './findingAt';

/** The comparison without finding `id`; throws EditError 'no-such-finding'. */
export function deleteClaim(comparison: Comparison, id: string): Comparison {
  const index = findingIndexOf(comparison, id);
  return { ...comparison, relations: comparison.relations.filter((_, at) => at !== index) };
}
