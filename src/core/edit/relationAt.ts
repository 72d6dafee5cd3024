/** Finding a relation by id for an edit, and putting its new version back in the same place. */
import type { Comparison, Relation } from '../model/types';
import { EditError } from './edit';

/** The position of relation `id` in the comparison's list; throws EditError 'no-such-relation' when none has it. */
export function relationIndexOf(comparison: Comparison, id: string): number {
  const index = comparison.relations.findIndex((relation) => relation.id === id);
  if (index === -1) throw new EditError('no-such-relation', `no relation has the id "${id}"`);
  return index;
}

/** The relation with this id; throws EditError 'no-such-relation' when none has it. */
export function relationWithId(comparison: Comparison, id: string): Relation {
  return comparison.relations[relationIndexOf(comparison, id)] as Relation;
}

/**
 * The comparison with relation `id` replaced by what `change` makes of it, in the same place.
 * Returns `comparison` itself when `change` returns the relation it was given, so that an edit
 * that changes nothing leaves nothing for the history to record.
 */
export function updateRelation(comparison: Comparison, id: string, change: (relation: Relation) => Relation): Comparison {
  const index = relationIndexOf(comparison, id);
  const relation = comparison.relations[index] as Relation;
  const changed = change(relation);
  if (changed === relation) return comparison;
  return { ...comparison, relations: comparison.relations.map((other, at) => (at === index ? changed : other)) };
}

/**
 * An automatic relation that a reader edited is one they looked at: it becomes 'confirmed'.
 * A rejected one stays rejected (editing its kind does not take the rejection back), and a
 * curated one keeps having no status.
 */
export function confirmIfAutomatic(relation: Relation): Relation {
  return relation.status === 'automatic' ? { ...relation, status: 'confirmed' } : relation;
}
