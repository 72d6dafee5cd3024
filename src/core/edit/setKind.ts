/**
 * Changing a finding's kind, among those its quotes allow (allowedKinds.ts): a finding quoting
 * both texts is a match or a discrepancy; a one-sided one has only its own kind. Aspects say what
 * differs, so a kind other than discrepancy clears them. An automatic finding the reader edits
 * becomes confirmed (findingAt.ts); the finding is marked edited, and its notes follow the new
 * kind (reviseNotes.ts). Setting the kind it already has changes nothing.
 */
import type { Comparison, FindingKind } from '../model/types';
import { allowedKinds } from './allowedKinds';
import { EditError } from './edit';
import { confirmIfAutomatic, updateFinding } from './findingAt';
import { reviseNotes } from './reviseNotes';

/** The comparison with finding `id` of kind `kind`; throws EditError 'no-such-finding' or 'kind-not-allowed'. */
export function setKind(comparison: Comparison, id: string, kind: FindingKind): Comparison {
  return updateFinding(comparison, id, (finding) => {
    if (!allowedKinds(finding).includes(kind)) {
      throw new EditError('kind-not-allowed', `finding "${id}" cannot be "${kind}": its quotes allow ${allowedKinds(finding).join(' or ')}`);
    }
    if (finding.kind === kind) return finding;
    return reviseNotes(confirmIfAutomatic({ ...finding, kind, aspects: kind === 'discrepancy' ? finding.aspects : [] }), [finding]);
  });
}
