/**
 * Who stands behind a finding and its notes, read the same way by the interface and every export:
 * a finding a reader made or changed is theirs ("edited by you"), and an engine's confidence no
 * longer speaks for it; a note is as its author wrote it, the reader's own, or out of date.
 */
import type { Lang, NoteStanding, Relation } from '../model/types';

/** Whose verdict a finding carries: the reader's once they made or changed it, else its origin's. */
export type VerdictAuthor = 'reader' | 'engine' | 'analyst';

/** Whose verdict `relation` carries. */
export function verdictBy(relation: Relation): VerdictAuthor {
  if (relation.edited === true) return 'reader';
  return relation.origin === 'automatic' ? 'engine' : 'analyst';
}

/** The engine's confidence in the verdict when the verdict is still the engine's; null otherwise. */
export function engineConfidence(relation: Relation): number | null {
  return verdictBy(relation) === 'engine' ? relation.confidence : null;
}

/** How the note of `relation` in `lang` stands: the reader's, out of date, or null when it stands as its author wrote it. */
export function noteStandingOf(relation: Relation, lang: Lang): NoteStanding | null {
  return relation.noteStanding?.[lang] ?? null;
}
