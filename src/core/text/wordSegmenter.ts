/**
 * One `Intl.Segmenter` for words per language, made on first use and kept: building one loads the
 * language's rules, and the word-by-word comparison and the word picker both ask for them often.
 */
import type { Lang } from '../model/types';

const segmenters = new Map<Lang, Intl.Segmenter>();

export function wordSegmenter(lang: Lang): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}
