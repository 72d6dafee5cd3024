/**
 * Saying what differs in a discrepancy: the aspects are stored in the order of ASPECTS, each once,
 * whatever order the reader ticked them in, so that equal judgements are equal data. Only a
 * discrepancy has aspects. An automatic relation the reader edits becomes confirmed
 * (relationAt.ts), and the relation is marked edited; its notes stay, since a note that names one
 * difference is not made untrue by another. Setting the aspects it already has changes nothing.
 */
import type { Aspect, Comparison } from '../model/types';
import { ASPECTS } from '../model/types';
import { EditError } from './edit';
import { confirmIfAutomatic, updateRelation } from './relationAt';

/** The comparison with discrepancy `id` differing in `aspects`; throws EditError 'no-such-relation' or 'aspects-need-discrepancy'. */
export function setAspects(comparison: Comparison, id: string, aspects: readonly Aspect[]): Comparison {
  return updateRelation(comparison, id, (relation) => {
    if (relation.kind !== 'discrepancy') {
      throw new EditError('aspects-need-discrepancy', `relation "${id}" is a "${relation.kind}": only a discrepancy says what differs`);
    }
    const wanted = new Set(aspects);
    const ordered = ASPECTS.filter((aspect) => wanted.has(aspect));
    const same = ordered.length === relation.aspects.length && ordered.every((aspect, index) => relation.aspects[index] === aspect);
    return same ? relation : confirmIfAutomatic({ ...relation, aspects: ordered, edited: true });
  });
}
