/** Finding a finding by id for an edit, and putting its new version back in the same place. */
import type { Comparison, Finding } from '../model/types';
import { EditError } from './edit';

/** The position of finding `id` in the comparison's list; throws EditError 'no-such-finding' when none has it. */
export function findingIndexOf(comparison: Comparison, id: string): number {
  const index = comparison.relations.findIndex((finding) => finding.id === id);
  if (index === -1) throw new EditError('no-such-finding', `no finding has the id "${id}"`);
  return index;
}

/**
 * The comparison with finding `id` replaced by what `change` makes of it, in the same place.
 * Returns `comparison` itself when `change` returns the finding it was given, so that an edit
 * that changes nothing leaves nothing for the history to record.
 */
export function updateFinding(comparison: Comparison, id: string, change: (finding: Finding) => Finding): Comparison {
  const index = findingIndexOf(comparison, id);
  const finding = comparison.relations[index] as Finding;
  const changed = change(finding);
  if (changed === finding) return comparison;
  return { ...comparison, relations: comparison.relations.map((other, at) => (at === index ? changed : other)) };
}

/**
 * An automatic finding that a reader edited is one they looked at: it becomes 'confirmed'.
 * A rejected one stays rejected (editing its kind does not take the rejection back), and a
 * curated one keeps having no status.
 */
export function confirmIfAutomatic(finding: Finding): Finding {
  return finding.status === 'automatic' ? { ...finding, status: 'confirmed' } : finding;
}
