/**
 * Saying what differs in a discrepancy: the aspects are stored in the order of ASPECTS, each once,
 * whatever order the reader ticked them in, so that equal judgements are equal data. Only a
 * discrepancy has aspects. An automatic finding the reader edits becomes confirmed
 * (findingAt.ts), and the finding is marked edited; its notes stay, since a note that names one
 * difference is not made untrue by another. Setting the aspects it already has changes nothing.
 */
import type { Aspect, Comparison } from '../model/types';
import { ASPECTS } from '../model/types';
import { EditError } from './edit';
import { confirmIfAutomatic, updateFinding } from './findingAt';

/** The comparison with discrepancy `id` differing in `aspects`; throws EditError 'no-such-finding' or 'aspects-need-discrepancy'. */
export function setAspects(comparison: Comparison, id: string, aspects: readonly Aspect[]): Comparison {
  return updateFinding(comparison, id, (finding) => {
    if (finding.kind !== 'discrepancy') {
      throw new EditError('aspects-need-discrepancy', `finding "${id}" is a "${finding.kind}": only a discrepancy says what differs`);
    }
    const wanted = new Set(aspects);
    const ordered = ASPECTS.filter((aspect) => wanted.has(aspect));
    const same = ordered.length === finding.aspects.length && ordered.every((aspect, index) => finding.aspects[index] === aspect);
    return same ? finding : confirmIfAutomatic({ ...finding, aspects: ordered, edited: true });
  });
}
