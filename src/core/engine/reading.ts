/**
 * Whether two texts read as a translation of each other or as two accounts written apart, decided
 * from the texts. It matters because the two call for different matching: a translation keeps its
 * original's order and leaves almost nothing out, so the banded monotone alignment is right and a
 * gap on both sides is a free rendering; two accounts tell things in their own order and words,
 * and a sentence has a counterpart only when the other account says the same.
 *
 * Method: the monotone alignment is run first (a translation needs it anyway), and four signs of
 * independent writing are read off its pairs —
 *   - unsupported: the share of sentences in no pair, or in a pair whose sides cover each other
 *     poorly (an account leaves things out, and pairs what it keeps by meaning, not by place);
 *   - length spread: the standard deviation of the log length ratio over supported pairs
 *     (a translator renders a sentence at a steady ratio; a writer says more or less);
 *   - asymmetry: the mean difference between the two coverages of a supported pair (one side
 *     says more than the other);
 *   - punctuation: the share of commas, brackets, quotes, colons and semicolons that the other
 *     side of a supported pair does not match (translators keep a sentence's build).
 * Their weighted sum against a threshold decides; the weights and the threshold were set on the
 * development benchmarks so that no translation there reads as two accounts, since the monotone
 * alignment is what a translation needs and the cost of a wrong "independent" is the larger.
 * Linear in the sentences.
 */
import type { SentenceBead } from './alignSentences';
import type { SentenceFeatures } from './features';
import { groupCoverage, pairScore } from './matchAccounts';

/** How a pair of texts is read. */
export type Reading = 'translation' | 'independent';

/** The signs of independent writing read off an alignment, each from 0 (a translation's) up. */
export interface ReadingSigns {
  readonly unsupported: number;
  readonly lengthSpread: number;
  readonly asymmetry: number;
  readonly punctuation: number;
}

/** A pair whose mean coverage is below this is not supported by its words. */
const SUPPORTED = 0.3;
const WEIGHTS: Readonly<Record<keyof ReadingSigns, number>> = { unsupported: 1, lengthSpread: 3, asymmetry: 2, punctuation: 0.5 };
/** Above this weighted sum, the texts read as two accounts. */
export const INDEPENDENT_ABOVE = 1.02;

/** Decides how to read a pair from its monotone alignment. */
export function decideReading(signs: ReadingSigns): Reading {
  return readingScore(signs) > INDEPENDENT_ABOVE ? 'independent' : 'translation';
}

/** The weighted sum of the signs. */
export function readingScore(signs: ReadingSigns): number {
  return (Object.keys(WEIGHTS) as (keyof ReadingSigns)[]).reduce((sum, sign) => sum + WEIGHTS[sign] * signs[sign], 0);
}

const PUNCTUATION: readonly RegExp[] = [/,/g, /[()[\]]/g, /["«»“”]/g, /[;:]/g];

/** Reads the signs of independent writing off the monotone alignment of two texts. */
export function readingSigns(fr: readonly SentenceFeatures[], en: readonly SentenceFeatures[], beads: readonly SentenceBead[]): ReadingSigns {
  let unsupported = 0;
  let sentences = 0;
  const logRatios: number[] = [];
  let asymmetry = 0;
  let punctuationApart = 0;
  let punctuationAll = 0;
  for (const bead of beads) {
    const size = bead.fr.length + bead.en.length;
    sentences += size;
    if (bead.fr.length === 0 || bead.en.length === 0) {
      unsupported += size;
      continue;
    }
    const frSide = bead.fr.map((p) => fr[p] as SentenceFeatures);
    const enSide = bead.en.map((q) => en[q] as SentenceFeatures);
    const coverage = groupCoverage(frSide, enSide, 1);
    if (pairScore(coverage) < SUPPORTED) {
      unsupported += size;
      continue;
    }
    const frText = frSide.map((sentence) => sentence.text).join(' ');
    const enText = enSide.map((sentence) => sentence.text).join(' ');
    if (frText.length > 0 && enText.length > 0) logRatios.push(Math.log(enText.length / frText.length));
    asymmetry += Math.abs(coverage.fr - coverage.en);
    for (const mark of PUNCTUATION) {
      const frCount = frText.match(mark)?.length ?? 0;
      const enCount = enText.match(mark)?.length ?? 0;
      punctuationApart += Math.abs(frCount - enCount);
      punctuationAll += frCount + enCount;
    }
  }
  const supported = logRatios.length;
  const mean = logRatios.reduce((sum, value) => sum + value, 0) / Math.max(1, supported);
  const variance = logRatios.reduce((sum, value) => sum + (value - mean) ** 2, 0) / Math.max(1, supported);
  return {
    unsupported: sentences > 0 ? unsupported / sentences : 0,
    lengthSpread: Math.sqrt(variance),
    asymmetry: supported > 0 ? asymmetry / supported : 0,
    punctuation: punctuationAll > 0 ? punctuationApart / punctuationAll : 0,
  };
}
