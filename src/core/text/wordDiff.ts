/**
 * Word-by-word differences between two texts in one language, as a reading aid: jsdiff's
 * `diffWords` (Myers' O(ND) difference algorithm over word tokens, O((N + M) · D) time for D
 * differences), with words found by an `Intl.Segmenter` for the language rather than jsdiff's
 * default regular expressions, so that a French elision ("l'accès") or a hyphenated word stays one
 * word. Spaces do not count as differences; they stay with the words around them.
 */
import { diffWords } from 'diff';
import type { Lang } from '../model/types';
import { wordSegmenter } from './wordSegmenter';

export type WordChange = 'same' | 'deleted' | 'inserted';

/** A run of text that both texts share, or that only the first (deleted) or the second (inserted) has. */
export interface WordDiffPart {
  readonly change: WordChange;
  readonly text: string;
}

/**
 * The parts that turn `before` into `after`, in reading order: the shared and deleted parts spell
 * `before` and the shared and inserted parts spell `after`, give or take white space.
 */
export function diffWording(before: string, after: string, lang: Lang): WordDiffPart[] {
  return diffWords(before, after, { intlSegmenter: wordSegmenter(lang) }).map((change) => ({
    change: change.added ? 'inserted' : change.removed ? 'deleted' : 'same',
    text: change.value,
  }));
}
