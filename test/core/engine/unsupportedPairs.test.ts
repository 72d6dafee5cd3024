import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../../src/core/engine/alignSentences';
import { compareInDetail } from '../../../src/core/engine/compare';
import { MIN_UNITS, splitUnsupportedPairs } from '../../../src/core/engine/unsupportedPairs';
import { ENGLISH_LONG_UNRELATED, FRENCH_LONG_UNRELATED, PAIRS, featuresOf, withFacingPair } from './fixtures';

describe('splitUnsupportedPairs', () => {
  it('parts two content-rich sentences that face each other in a translation and share nothing', () => {
    const { fr, en } = withFacingPair(FRENCH_LONG_UNRELATED, ENGLISH_LONG_UNRELATED);
    const features = featuresOf(fr, en);
    expect(features.fr[6]?.weights.length).toBeGreaterThanOrEqual(MIN_UNITS);
    expect(features.en[6]?.weights.length).toBeGreaterThanOrEqual(MIN_UNITS);
    const aligned = alignSentences(features.fr, features.en);
    // The aligner alone pairs them: leaving both alone costs more.
    expect(aligned).toContainEqual(expect.objectContaining({ fr: [6], en: [6] }));
    const split = splitUnsupportedPairs(features.fr, features.en, aligned);
    expect(split).toContainEqual({ fr: [6], en: [], similarity: 0 });
    expect(split).toContainEqual({ fr: [], en: [6], similarity: 0 });
    // Every other pair of the translation stays, in order.
    expect(split.filter((bead) => bead.fr.length > 0 && bead.en.length > 0)).toHaveLength(aligned.length - 1);
    expect(split.flatMap((bead) => bead.fr)).toEqual(fr.map((_, index) => index));
    expect(split.flatMap((bead) => bead.en)).toEqual(en.map((_, index) => index));
  });

  it('keeps a short sentence rendered freely, which shares no word with its translation but stands in its place', () => {
    const { fr, en } = withFacingPair('Pas plus que moi, répondit-il.', 'Any more than I will, he replied.');
    const features = featuresOf(fr, en);
    const aligned = alignSentences(features.fr, features.en);
    expect(splitUnsupportedPairs(features.fr, features.en, aligned)).toEqual(aligned);
  });

  it('keeps a long pair whose words carry across', () => {
    const { fr, en } = withFacingPair(
      FRENCH_LONG_UNRELATED,
      'The municipal library of Rouen is showing forty illuminated manuscripts of the twelfth century this autumn, lent by the abbey of Jumièges and restored over three years.',
    );
    const features = featuresOf(fr, en);
    const aligned = alignSentences(features.fr, features.en);
    expect(splitUnsupportedPairs(features.fr, features.en, aligned)).toEqual(aligned);
  });
});

describe('a translation compared with two unrelated sentences facing each other', () => {
  it('shows each as a claim of its own source, not as one finding', () => {
    const { fr, en } = withFacingPair(FRENCH_LONG_UNRELATED, ENGLISH_LONG_UNRELATED);
    const result = compareInDetail(fr.join('\n'), en.join('\n'), { sentenceMode: 'lines', pageChrome: false, reading: 'translation' });
    expect(result.onlyFr).toContain(6);
    expect(result.onlyEn).toContain(6);
    expect(result.links.some((link) => link.fr === 6 || link.en === 6)).toBe(false);
    expect(result.links.filter((link) => link.fr === link.en)).toHaveLength(PAIRS.length);
  });
});
