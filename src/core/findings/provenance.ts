/**
 * Who stands behind a finding and its notes, read the same way by the interface and every export:
 * a finding a reader made or changed is theirs ("edited by you"), and an engine's confidence no
 * longer speaks for it; a note is as its author wrote it, the reader's own, or out of date.
 */
import type { Lang, NoteStanding, Finding } from '../model/types';

/** Whose verdict a finding carries: the reader's once they made or changed it, else its origin's. */
export type VerdictAuthor = 'reader' | 'engine' | 'analyst';

/** Whose verdict `finding` carries. */
export function verdictBy(finding: Finding): VerdictAuthor {
  if (finding.edited === true) return 'reader';
  return finding.origin === 'automatic' ? 'engine' : 'analyst';
}

/** The engine's confidence in the verdict when the verdict is still the engine's; null otherwise. */
export function engineConfidence(finding: Finding): number | null {
  return verdictBy(finding) === 'engine' ? finding.confidence : null;
}

/** How the note of `finding` in `lang` stands: the reader's, out of date, or null when it stands as its author wrote it. */
export function noteStandingOf(finding: Finding, lang: Lang): NoteStanding | null {
  return finding.noteStanding?.[lang] ?? null;
}
