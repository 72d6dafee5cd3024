/**
 * Checks a pair of texts before they are compared. An empty side or one over the limit blocks the
 * comparison; the language warnings (a side in the other language, both sides in one language,
 * the two texts in each other's columns) only warn: a reader may know better than the detector.
 */
import type { Lang } from '../model/types';
import { SIDE_LIMIT } from './decodeSourceBytes';
import { detectLanguage } from './detectLanguage';

export type PairIssueCode = 'empty' | 'too-large' | 'wrong-language' | 'same-language' | 'swapped';

export type PairIssue =
  /** The side has no text (white space only). Blocks. */
  | { readonly code: 'empty'; readonly side: Lang; readonly blocking: true }
  /** The side holds `size` bytes of UTF-8, over SIDE_LIMIT. Blocks. */
  | { readonly code: 'too-large'; readonly side: Lang; readonly blocking: true; readonly size: number }
  /** The side's text is clearly in the other language (and the other side is not clearly in this one). Warns. */
  | { readonly code: 'wrong-language'; readonly side: Lang; readonly blocking: false; readonly detected: Lang }
  /** Both texts are clearly in `detected`. Warns. */
  | { readonly code: 'same-language'; readonly side: null; readonly blocking: false; readonly detected: Lang }
  /** The French column holds English and the English column French. Warns. */
  | { readonly code: 'swapped'; readonly side: null; readonly blocking: false };

/**
 * The problems of a pair, blocking ones first, in French-then-English order; empty when the pair
 * can be compared as it is. Languages are judged on the first LANGUAGE_SAMPLE characters of each
 * side, and not at all for a side that is empty or too large.
 */
export function checkPair(texts: { readonly fr: string; readonly en: string }): readonly PairIssue[] {
  const issues: PairIssue[] = [];
  const readable: Record<Lang, boolean> = { fr: false, en: false };
  for (const side of ['fr', 'en'] as const) {
    const text = texts[side];
    if (text.trim() === '') {
      issues.push({ code: 'empty', side, blocking: true });
      continue;
    }
    const size = utf8Length(text);
    if (size > SIDE_LIMIT) {
      issues.push({ code: 'too-large', side, blocking: true, size });
      continue;
    }
    readable[side] = true;
  }
  const fr = readable.fr ? detectLanguage(texts.fr) : null;
  const en = readable.en ? detectLanguage(texts.en) : null;
  if (fr === 'en' && en === 'fr') issues.push({ code: 'swapped', side: null, blocking: false });
  else if (fr !== null && fr === en) issues.push({ code: 'same-language', side: null, blocking: false, detected: fr });
  else {
    if (fr === 'en') issues.push({ code: 'wrong-language', side: 'fr', blocking: false, detected: 'en' });
    if (en === 'fr') issues.push({ code: 'wrong-language', side: 'en', blocking: false, detected: 'fr' });
  }
  return issues;
}

/** The length of `text` in UTF-8 bytes, counted without encoding it (a lone surrogate counts as the three bytes of U+FFFD). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let k = 0; k < text.length; k++) {
    const unit = text.charCodeAt(k);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && k + 1 < text.length && (text.charCodeAt(k + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      k++;
    } else bytes += 3;
  }
  return bytes;
}
