/**
 * Where a reader's judgement of a relation stands. Files written before statuses existed have
 * automatic relations without one: they are as the engine proposed them.
 */
import type { Relation, RelationStatus } from '../model/types';

/** The relation's status: its own, 'automatic' for an automatic relation without one, null for a curated one. */
export function statusOf(relation: Relation): RelationStatus | null {
  return relation.status ?? (relation.origin === 'automatic' ? 'automatic' : null);
}
