/**
 * A reader's judgement of a relation: confirmed, rejected, or back to automatic. Any status may be
 * set on any relation, a curated one included (a reader may reject what the file's analyst said).
 * A rejected relation stays in the file, so that the judgement is kept and can be taken back.
 * Setting the status it already has changes nothing.
 */
import type { Comparison, RelationStatus } from '../model/types';
import { updateRelation } from './relationAt';

/** The comparison with relation `id` of status `status`; throws EditError 'no-such-relation'. */
export function setStatus(comparison: Comparison, id: string, status: RelationStatus): Comparison {
  return updateRelation(comparison, id, (relation) => (relation.status === status ? relation : { ...relation, status }));
}
