import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { alignSentences, type SentenceBead } from '../../../src/core/engine/alignSentences';
import { kthLargest } from '../../../src/core/engine/kthLargest';
import { ENGLISH_ONLY, FRENCH_ONLY, PAIRS, featuresOf } from './fixtures';

const align = (fr: readonly string[], en: readonly string[], fullTable?: number) => {
  const features = featuresOf(fr, en);
  return alignSentences(features.fr, features.en, fullTable === undefined ? {} : { fullTable });
};
const shapes = (beads: readonly SentenceBead[]) => beads.map((bead) => [bead.fr, bead.en]);

describe('alignSentences', () => {
  it('pairs translated sentences one to one', () => {
    const pairs = PAIRS.slice(0, 4);
    expect(shapes(align(pairs.map(([fr]) => fr), pairs.map(([, en]) => en)))).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
      [[3], [3]],
    ]);
  });

  it('leaves a sentence only one text has on its own, on either side', () => {
    const pairs = PAIRS.slice(0, 3);
    const fr = [pairs[0]?.[0], FRENCH_ONLY, pairs[1]?.[0], pairs[2]?.[0]] as string[];
    const en = [pairs[0]?.[1], pairs[1]?.[1], ENGLISH_ONLY, pairs[2]?.[1]] as string[];
    expect(shapes(align(fr, en))).toEqual([
      [[0], [0]],
      [[1], []],
      [[2], [1]],
      [[], [2]],
      [[3], [3]],
    ]);
  });

  it('joins two English sentences that translate one French sentence', () => {
    const fr = ['Le ministre de la santé a annoncé la fermeture de deux hôpitaux et la police a compté 340 manifestants devant la mairie.', PAIRS[5]?.[0] as string];
    const en = ['The health minister announced the closure of two hospitals.', 'The police counted 340 demonstrators in front of the town hall.', PAIRS[5]?.[1] as string];
    expect(shapes(align(fr, en))).toEqual([
      [[0], [0, 1]],
      [[1], [2]],
    ]);
  });

  it('gives the same beads with the banded, coarse-to-fine program as with the full table', () => {
    const fr = PAIRS.map(([text]) => text).filter((_, k) => k !== 4);
    const en = PAIRS.map(([, text]) => text).filter((_, k) => k !== 7);
    expect(shapes(align(fr, en, 16))).toEqual(shapes(align(fr, en)));
  });

  describe('on any texts', () => {
    // Each element: which pair, and whether its French or English sentence is dropped.
    const texts = fc.array(fc.record({ pair: fc.nat(PAIRS.length - 1), drop: fc.constantFrom('none', 'none', 'fr', 'en') }), { maxLength: 30 }).map((items) => ({
      fr: items.filter((item) => item.drop !== 'fr').map((item) => (PAIRS[item.pair] as readonly [string, string])[0]),
      en: items.filter((item) => item.drop !== 'en').map((item) => (PAIRS[item.pair] as readonly [string, string])[1]),
    }));

    it.each([[undefined], [12]])('keeps order and uses every sentence exactly once (full table: %s)', (fullTable) => {
      fc.assert(
        fc.property(texts, ({ fr, en }) => {
          const beads = align(fr, en, fullTable);
          expect(beads.flatMap((bead) => bead.fr)).toEqual(fr.map((_, k) => k));
          expect(beads.flatMap((bead) => bead.en)).toEqual(en.map((_, k) => k));
          for (const bead of beads) {
            expect(bead.fr.length + bead.en.length).toBeGreaterThan(0);
            expect(bead.fr.length).toBeLessThanOrEqual(2);
            expect(bead.en.length).toBeLessThanOrEqual(2);
          }
        }),
        { numRuns: 60 },
      );
    });

    // Two texts that share sentences in no particular order: most pairs share little, and most beads stop at their limit.
    const pick = fc.array(fc.nat(PAIRS.length - 1), { maxLength: 30 });
    const unordered = fc.record({ fr: pick, en: pick }).map(({ fr, en }) => ({
      fr: fr.map((pair) => (PAIRS[pair] as readonly [string, string])[0]),
      en: en.map((pair) => (PAIRS[pair] as readonly [string, string])[1]),
    }));

    it.each([[undefined], [12]])('gives the same beads, similarities included, as when every bead is priced in full (full table: %s)', (fullTable) => {
      fc.assert(
        fc.property(fc.oneof(texts, unordered), ({ fr, en }) => {
          const features = featuresOf(fr, en);
          const options = fullTable === undefined ? {} : { fullTable };
          expect(alignSentences(features.fr, features.en, options)).toEqual(alignSentences(features.fr, features.en, { ...options, priceEveryBead: true }));
        }),
        { numRuns: 80 },
      );
    });

    it('is deterministic', () => {
      fc.assert(
        fc.property(texts, ({ fr, en }) => {
          expect(align(fr, en, 12)).toEqual(align(fr, en, 12));
        }),
        { numRuns: 30 },
      );
    });
  });
});

describe('kthLargest', () => {
  it('gives what a sort gives, for any list and rank', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ noNaN: true, min: 0, max: 1e6 }), fc.constantFrom(0, 1, 1, 2)), { minLength: 1, maxLength: 80 }).chain((values) => fc.tuple(fc.constant(values), fc.integer({ min: 1, max: values.length }))),
        ([values, k]) => {
          const sorted = Float64Array.from(values).sort();
          expect(kthLargest(values, k)).toBe(sorted[sorted.length - k]);
        },
      ),
    );
  });
});
