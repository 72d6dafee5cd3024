/**
 * Words to pick a claim from, for a reader who cannot or would rather not drag a selection (the
 * keyboard, a screen reader, a small touch screen): the words of one paragraph of a source, each
 * with its offsets, so that "from this word to that word" is a stretch the core can quote
 * (createClaim.ts). Words are Intl.Segmenter's word-like segments (UAX #29, as ICU implements it):
 * "l’État" is one word, "40 000" two, punctuation none; a claim from one word to another still
 * quotes the punctuation between them. Linear in the paragraph's length.
 */
import type { Source } from '../model/types';
import { wordSegmenter } from '../text/wordSegmenter';

/** A word of a source's text: `text === source.text.slice(start, end)`. */
export interface PickableWord {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The words of paragraph `index` of `source`, in reading order; none for a paragraph that does not exist. */
export function paragraphWords(source: Source, index: number): PickableWord[] {
  const range = source.paragraphs[index];
  if (range === undefined) return [];
  const [from, to] = range;
  const words: PickableWord[] = [];
  for (const { segment, index: at, isWordLike } of wordSegmenter(source.lang).segment(source.text.slice(from, to))) {
    if (isWordLike === true) words.push({ start: from + at, end: from + at + segment.length, text: segment });
  }
  return words;
}

/** The index of the paragraph of `source` that holds `offset`, or the last one that starts before it; 0 for an offset before them all. */
export function paragraphAt(source: Source, offset: number): number {
  // Binary search for the last paragraph that starts at or before the offset.
  let low = 0;
  let high = source.paragraphs.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((source.paragraphs[mid]?.[0] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return Math.max(0, low);
}

/**
 * Which of `words` a stretch `[start, end)` of their text covers, even in part: the first and the
 * last, as indices into `words`; null when it covers none (it lies between two words, or elsewhere).
 */
export function wordsCovered(words: readonly PickableWord[], start: number, end: number): { readonly from: number; readonly to: number } | null {
  const from = words.findIndex((word) => word.end > start && word.start < end);
  if (from === -1) return null;
  let to = from;
  while (to + 1 < words.length && (words[to + 1]?.start ?? end) < end) to += 1;
  return { from, to };
}
