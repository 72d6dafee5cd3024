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
 *
 * A fifth sign decides alone: how well one side's sentence lengths predict the other's (Pearson's
 * correlation over the supported pairs). A translator carries a sentence's content, so a long
 * sentence stays long and a short one short, whatever the ratio; two writers put more in one
 * sentence and less in another. It tells apart what the sum cannot: accounts whose pairs cover
 * each other well, at a length ratio no more spread than a translation's in the log, but whose
 * lengths do not follow each other. Below LENGTHS_UNRELATED_BELOW, the texts read as two accounts;
 * the threshold lies under the lowest correlation of the development benchmark's translations
 * (0.895 over 51), by the same rule as the sum's. The correlation says nothing, and is taken as 1,
 * with fewer than MIN_CORRELATED_PAIRS pairs, or when the French sentences are too alike in length
 * (their lengths' coefficient of variation under MIN_LENGTH_VARIATION): with a translator's usual
 * noise in the length ratio (a standard deviation of about 0.1 in its log), a translation of such
 * sentences correlates under 0.9 itself. The twelve short news sentences of the tests' fixtures, a
 * translation, vary by 0.12 and correlate at 0.57; the bench's generated pair, a translation from
 * templates, by 0.16, at 0.70. The development translations that vary by 0.19 to 0.34 correlate at
 * 0.895 and more.
 *
 * A sixth sign decides alone too: two long sentences facing each other that share almost nothing
 * (unsupportedPairs.ts: 12 content units or more a side, covered below SUPPORTED). A translator
 * does not put an unrelated sentence in the place of one, and none of bench-dev's 51 translations
 * has such a pair; accounts written apart that otherwise follow each other closely do
 * (bench-comparable: 3 of the 4 cases the other signs read as translations). From
 * UNRELATED_FACING_FROM of the two-sided beads, so that one stray pair in a long translation (a
 * sentence whose words the dictionary lacks) does not turn its reading; a text of up to 20 pairs
 * turns on one.
 * Linear in the sentences.
 */
import type { SentenceBead } from './alignSentences';
import type { SentenceFeatures } from './features';
import { groupCoverage, pairScore } from './matchAccounts';
import { pairsContentRichSentences, SUPPORTED } from './unsupportedPairs';

/** How a pair of texts is read. */
export type Reading = 'translation' | 'independent';

/** The signs of independent writing read off an alignment, each from 0 (a translation's) up. */
export interface ReadingSigns {
  readonly unsupported: number;
  readonly lengthSpread: number;
  readonly asymmetry: number;
  readonly punctuation: number;
  /** Pearson's correlation of the two sides' lengths over the supported pairs, -1 to 1; 1 when there are too few pairs to tell. */
  readonly lengthCorrelation: number;
  /** The share of two-sided beads that pair two content-rich sentences sharing almost nothing (unsupportedPairs.ts). */
  readonly unrelatedFacing: number;
}

/** The signs the weighted sum adds up; the length correlation decides on its own. */
type SummedSign = Exclude<keyof ReadingSigns, 'lengthCorrelation' | 'unrelatedFacing'>;
const WEIGHTS: Readonly<Record<SummedSign, number>> = { unsupported: 1, lengthSpread: 3, asymmetry: 2, punctuation: 0.5 };
/** Above this weighted sum, the texts read as two accounts. */
export const INDEPENDENT_ABOVE = 1.02;
/** Below this correlation of the two sides' sentence lengths, the texts read as two accounts. */
export const LENGTHS_UNRELATED_BELOW = 0.88;
/** From this share of two-sided beads pairing unrelated content-rich sentences, the texts read as two accounts. */
export const UNRELATED_FACING_FROM = 0.05;
/** Supported pairs a correlation needs before it says anything. */
const MIN_CORRELATED_PAIRS = 5;
/** Coefficient of variation the French lengths need before their correlation says anything. */
const MIN_LENGTH_VARIATION = 0.2;

/** Decides how to read a pair from its monotone alignment. */
export function decideReading(signs: ReadingSigns): Reading {
  const apart = readingScore(signs) > INDEPENDENT_ABOVE || signs.lengthCorrelation < LENGTHS_UNRELATED_BELOW || signs.unrelatedFacing >= UNRELATED_FACING_FROM;
  return apart ? 'independent' : 'translation';
}

/** The weighted sum of the summed signs. */
export function readingScore(signs: Pick<ReadingSigns, SummedSign>): number {
  return (Object.keys(WEIGHTS) as SummedSign[]).reduce((sum, sign) => sum + WEIGHTS[sign] * signs[sign], 0);
}

const PUNCTUATION: readonly RegExp[] = [/,/g, /[()[\]]/g, /["«»“”]/g, /[;:]/g];

/** Reads the signs of independent writing off the monotone alignment of two texts. */
export function readingSigns(fr: readonly SentenceFeatures[], en: readonly SentenceFeatures[], beads: readonly SentenceBead[]): ReadingSigns {
  let unsupported = 0;
  let sentences = 0;
  const logRatios: number[] = [];
  const lengths: [number, number][] = [];
  let asymmetry = 0;
  let twoSided = 0;
  let unrelatedFacing = 0;
  let punctuationApart = 0;
  let punctuationAll = 0;
  for (const bead of beads) {
    const size = bead.fr.length + bead.en.length;
    sentences += size;
    if (bead.fr.length === 0 || bead.en.length === 0) {
      unsupported += size;
      continue;
    }
    twoSided += 1;
    const frSide = bead.fr.map((p) => fr[p] as SentenceFeatures);
    const enSide = bead.en.map((q) => en[q] as SentenceFeatures);
    const coverage = groupCoverage(frSide, enSide, 1);
    const isSupported = pairScore(coverage) >= SUPPORTED;
    if (!isSupported && pairsContentRichSentences(fr, en, bead)) unrelatedFacing += 1;
    if (!isSupported) {
      unsupported += size;
      continue;
    }
    const frText = frSide.map((sentence) => sentence.text).join(' ');
    const enText = enSide.map((sentence) => sentence.text).join(' ');
    if (frText.length > 0 && enText.length > 0) {
      logRatios.push(Math.log(enText.length / frText.length));
      lengths.push([frText.length, enText.length]);
    }
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
    lengthCorrelation: lengthCorrelation(lengths),
    unrelatedFacing: twoSided > 0 ? unrelatedFacing / twoSided : 0,
  };
}

/**
 * Pearson's correlation of the pairs' French and English lengths; 1 below MIN_CORRELATED_PAIRS
 * pairs, or when the French lengths vary too little for it to say anything (MIN_LENGTH_VARIATION).
 */
function lengthCorrelation(pairs: readonly (readonly [number, number])[]): number {
  if (pairs.length < MIN_CORRELATED_PAIRS) return 1;
  const meanFr = pairs.reduce((sum, [fr]) => sum + fr, 0) / pairs.length;
  const meanEn = pairs.reduce((sum, [, en]) => sum + en, 0) / pairs.length;
  let covariance = 0;
  let frVariance = 0;
  let enVariance = 0;
  for (const [fr, en] of pairs) {
    covariance += (fr - meanFr) * (en - meanEn);
    frVariance += (fr - meanFr) ** 2;
    enVariance += (en - meanEn) ** 2;
  }
  // The French lengths' standard deviation against MIN_LENGTH_VARIATION of their mean.
  if (Math.sqrt(frVariance / pairs.length) < MIN_LENGTH_VARIATION * meanFr) return 1;
  return enVariance > 0 ? covariance / Math.sqrt(frVariance * enVariance) : 1;
}
