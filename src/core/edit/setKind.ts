/**
 * Changing a relation's kind, among those its quotes allow (allowedKinds.ts): a relation quoting
 * both texts is a match or a discrepancy; a one-sided one has only its own kind. Aspects say what
 * differs, so a kind other than discrepancy clears them. An automatic relation the reader edits
 * becomes confirmed (relationAt.ts); the relation is marked edited, and its notes follow the new
 * kind (reviseNotes.ts). Setting the kind it already has changes nothing.
 */
import type { Comparison, RelationKind } from '../model/types';
import { allowedKinds } from './allowedKinds';
import { EditError } from './edit';
import { confirmIfAutomatic, updateRelation } from './relationAt';
import { reviseNotes } from './reviseNotes';

/** The comparison with relation `id` of kind `kind`; throws EditError 'no-such-relation' or 'kind-not-allowed'. */
export function setKind(comparison: Comparison, id: string, kind: RelationKind): Comparison {
  return updateRelation(comparison, id, (relation) => {
    if (!allowedKinds(relation).includes(kind)) {
      throw new EditError('kind-not-allowed', `relation "${id}" cannot be "${kind}": its quotes allow ${allowedKinds(relation).join(' or ')}`);
    }
    if (relation.kind === kind) return relation;
    return reviseNotes(confirmIfAutomatic({ ...relation, kind, aspects: kind === 'discrepancy' ? relation.aspects : [] }), [relation]);
  });
}
