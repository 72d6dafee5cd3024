/**
 * Writing a finding's note in one language: the text is kept exactly as typed (nothing trimmed),
 * since it is the reader's words; the other language's note is untouched. Unlike a change of kind
 * or aspects, a note leaves the status alone: a reader may write "to check" on a finding they have
 * not judged yet, and confirming is its own gesture. The note is marked the reader's (noteStanding),
 * so that no later edit rewrites it (reviseNotes.ts). Writing the note it already has changes nothing.
 */
import type { Comparison, Lang } from '../model/types';
import { updateFinding } from './findingAt';

/** The comparison with the `lang` note of finding `id` set to `text`; throws EditError 'no-such-finding'. */
export function setNote(comparison: Comparison, id: string, lang: Lang, text: string): Comparison {
  return updateFinding(comparison, id, (finding) =>
    finding.note[lang] === text
      ? finding
      : { ...finding, note: { ...finding.note, [lang]: text }, noteStanding: { ...finding.noteStanding, [lang]: 'reader' } },
  );
}
