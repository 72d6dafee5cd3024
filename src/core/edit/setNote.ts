/**
 * Writing a relation's note in one language: the text is kept exactly as typed (nothing trimmed),
 * since it is the reader's words; the other language's note is untouched. An automatic relation
 * the reader edits becomes confirmed (relationAt.ts). Writing the note it already has changes nothing.
 */
import type { Comparison, Lang } from '../types';
import { confirmIfAutomatic, updateRelation } from './relationAt';

/** The comparison with the `lang` note of relation `id` set to `text`; throws EditError 'no-such-relation'. */
export function setNote(comparison: Comparison, id: string, lang: Lang, text: string): Comparison {
  return updateRelation(comparison, id, (relation) =>
    relation.note[lang] === text ? relation : confirmIfAutomatic({ ...relation, note: { ...relation.note, [lang]: text } }),
  );
}
