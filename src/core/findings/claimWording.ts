/**
 * A finding's two quotes set side by side in one language, the reader's: the quotes of the source
 * written in that language as they stand, and the other source's quotes as its translation renders
 * them (whole sentences, translation/translatedSpans.ts), compared word by word. It helps a reader
 * see what the wording shares and where it parts; it judges nothing, and a translation's choices
 * show in it.
 */
import { readTranslatedQuotes } from '../translation/translatedSpans';
import type { Comparison, Lang, Finding, Translation } from '../model/types';
import { diffWording, type WordDiffPart } from '../text/wordDiff';

export interface ClaimWording {
  /** The language of both texts: the translation's, which is the original's of `original`. */
  readonly lang: Lang;
  /** The quotes of the source written in `lang`, one space apart. */
  readonly original: string;
  /** What the translation of the other source says for its quotes. */
  readonly translated: string;
  /** From `original` (deleted: only there) to `translated` (inserted: only there). */
  readonly parts: readonly WordDiffPart[];
}

/**
 * Compares `finding`'s quotes of the source in `translation.lang` with the translation of its
 * quotes of the other source; null when the finding quotes only one of them.
 */
export function compareClaimWording(comparison: Comparison, finding: Finding, translation: Translation): ClaimWording | null {
  const lang = translation.lang;
  const quotes = finding[lang];
  const counterpart = finding[translation.source];
  if (quotes.length === 0 || counterpart.length === 0) return null;
  const original = quotes.map((span) => span.quote).join(' ');
  const translated = readTranslatedQuotes(counterpart, comparison.sources[translation.source], translation);
  return { lang, original, translated, parts: diffWording(original, translated, lang) };
}
