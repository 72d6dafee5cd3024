import type { Comparison } from '../model/types';
import { LANGS } from '../model/types';

/**
 * Throws unless two comparisons compare the very same French and English texts: their quotes are
 * offsets into those texts, so quotes of one may only be set against quotes of the other then.
 * Callers pass comparisons built from one pair, so a difference is a bug, not bad input.
 */
export function assertSameTexts(curated: Comparison, automatic: Comparison, caller: string): void {
  for (const lang of LANGS) {
    if (curated.sources[lang].text !== automatic.sources[lang].text) {
      throw new Error(`${caller}: the two comparisons do not compare the same ${lang} text; this is a bug`);
    }
  }
}
