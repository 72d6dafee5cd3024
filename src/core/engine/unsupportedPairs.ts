/**
 * Pairs that a translation's alignment should not keep: two sentences rich in content that face
 * each other and carry almost none of it across. The monotone alignment links a sentence to the
 * one facing it whenever that is cheaper than leaving both alone, which is right for a
 * translation, where place is evidence: a short idiom rendered freely ("Pas plus que moi." / "Any
 * more than I will.") shares no word and is still the translation. A long sentence is another
 * matter: a translator carries its names, figures and words across, so when two such sentences
 * share less than a pair needs to be supported (SUPPORTED, the bar the reading's signs use too),
 * they are two things each text says alone, and the comparison shows them so rather than as one
 * finding. Such a pair is also a sign that the texts were written apart (reading.ts): a translator
 * does not put an unrelated sentence in the place of one.
 *
 * MIN_UNITS was set on the development benchmarks: among the 1-1 links of bench-dev's 51
 * translations, no pair whose sides both carry 12 units or more is supported below 0.326, while
 * pairs of 9 to 11 units go down to 0.259 (a sentence of a few content words may be rendered by
 * others). Linear in the beads.
 */
import type { SentenceBead } from './alignSentences';
import type { SentenceFeatures } from './features';
import { groupCoverage, pairScore } from './matchAccounts';

/** A pair whose mean coverage (pairScore) is below this is not supported by its words. */
export const SUPPORTED = 0.3;

/** Content units (see features.ts) each side of a pair needs before its poor coverage says it is not a translation. */
export const MIN_UNITS = 12;

/** The beads with every unsupported one-to-one pair of content-rich sentences split into two one-sided beads, in order. */
export function splitUnsupportedPairs(fr: readonly SentenceFeatures[], en: readonly SentenceFeatures[], beads: readonly SentenceBead[]): SentenceBead[] {
  const kept: SentenceBead[] = [];
  for (const bead of beads) {
    if (isUnsupportedPair(fr, en, bead)) {
      kept.push({ fr: bead.fr, en: [], similarity: 0 }, { fr: [], en: bead.en, similarity: 0 });
    } else kept.push(bead);
  }
  return kept;
}

/** Whether the bead pairs one content-rich sentence with another that carries almost none of it across. */
function isUnsupportedPair(fr: readonly SentenceFeatures[], en: readonly SentenceFeatures[], bead: SentenceBead): boolean {
  if (!pairsContentRichSentences(fr, en, bead)) return false;
  return pairScore(groupCoverage([fr[bead.fr[0] as number] as SentenceFeatures], [en[bead.en[0] as number] as SentenceFeatures], 1)) < SUPPORTED;
}

/** Whether the bead pairs one sentence with one, each carrying MIN_UNITS units or more: such a pair is unsupported below SUPPORTED. */
export function pairsContentRichSentences(fr: readonly SentenceFeatures[], en: readonly SentenceFeatures[], bead: SentenceBead): boolean {
  if (bead.fr.length !== 1 || bead.en.length !== 1) return false;
  return (fr[bead.fr[0] as number] as SentenceFeatures).unitCount >= MIN_UNITS && (en[bead.en[0] as number] as SentenceFeatures).unitCount >= MIN_UNITS;
}
