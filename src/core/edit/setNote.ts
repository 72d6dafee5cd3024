/**
 * Writing a relation's note in one language: the text is kept exactly as typed (nothing trimmed),
 * since it is the reader's words; the other language's note is untouched. Unlike a change of kind
 * or aspects, a note leaves the status alone: a reader may write "to check" on a finding they have
 * not judged yet, and confirming is its own gesture. The note is marked the reader's (noteStanding),
 * so that no later edit rewrites it (reviseNotes.ts). Writing the note it already has changes nothing.
 */
import type { Comparison, Lang } from '../model/types';
import { updateRelation } from './relationAt';

/** The comparison with the `lang` note of relation `id` set to `text`; throws EditError 'no-such-relation'. */
export function setNote(comparison: Comparison, id: string, lang: Lang, text: string): Comparison {
  return updateRelation(comparison, id, (relation) =>
    relation.note[lang] === text
      ? relation
      : { ...relation, note: { ...relation.note, [lang]: text }, noteStanding: { ...relation.noteStanding, [lang]: 'reader' } },
  );
}
