/**
 * Whether a comparison leaves any sentence unjudged. The engine quotes whole sentences, so it can
 * add something to a curated comparison (merge.ts) only where a sentence overlaps no curated quote;
 * when there is none, the engine need not even be loaded.
 * O(S · Q) overlap tests for S sentences and Q quotes.
 */
import { rangesOverlap } from './overlap';
import { listSentences } from './sentences';
import type { Comparison } from '../model/types';
import { LANGS } from '../model/types';

/** True when every sentence of both texts overlaps at least one quote of the comparison. */
export function coversEverySentence(comparison: Comparison): boolean {
  return LANGS.every((lang) =>
    listSentences(comparison.sources[lang]).every(([start, end]) =>
      comparison.relations.some((finding) => finding[lang].some((span) => rangesOverlap(span, { start, end }))),
    ),
  );
}
