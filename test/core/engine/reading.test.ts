import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../../src/core/engine/alignSentences';
import { decideReading, INDEPENDENT_ABOVE, LENGTHS_UNRELATED_BELOW, readingScore, readingSigns, UNRELATED_FACING_FROM } from '../../../src/core/engine/reading';
import { compareInDetail } from '../../../src/core/engine/compare';
import { readPairFile } from '../shipped';
import { generatePair } from '../../../scripts/benchPair';
import { FRENCH_LONG_UNRELATED, ENGLISH_LONG_UNRELATED, PAIRS, TWO_ACCOUNTS, featuresOf, withFacingPair } from './fixtures';

const signsOf = (fr: readonly string[], en: readonly string[]) => {
  const features = featuresOf(fr, en);
  return readingSigns(features.fr, features.en, alignSentences(features.fr, features.en));
};

describe('readingSigns', () => {
  it('reads a translation as one: every sentence paired, at a steady length ratio, with its punctuation kept', () => {
    const signs = signsOf(
      PAIRS.map(([fr]) => fr),
      PAIRS.map(([, en]) => en),
    );
    expect(signs.unsupported).toBe(0);
    expect(signs.lengthSpread).toBeLessThan(0.2);
    // Twelve sentences of much the same length: their correlation says nothing, and is not read.
    expect(signs.lengthCorrelation).toBe(1);
    expect(decideReading(signs)).toBe('translation');
  });

  it('reads how far one side\'s sentence lengths follow the other\'s: not at all when each account puts more in other sentences', () => {
    // Eight pairs that share their words, each side giving a clause of its own to other sentences.
    const fr = [
      'Le maire a inauguré mardi le nouveau pont sur le fleuve.',
      'Le pont relie enfin les deux rives du fleuve, séparées depuis des siècles.',
      'Les travaux ont coûté quarante millions.',
      'La circulation reprendra lundi matin sur les deux voies, après trois ans de chantier.',
      'Les riverains du quartier sont satisfaits.',
      'Une fête sera organisée samedi sur les quais, avec des concerts et un marché.',
      'Le préfet était présent.',
      'Les commerçants espèrent attirer de nouveaux clients grâce au pont et aux quais rénovés.',
    ];
    const en = [
      'The mayor opened the new bridge.',
      'The bridge links the two banks of the river.',
      'The works cost forty million, far above the estimate that the city council had approved.',
      'Traffic will resume on Monday morning.',
      'Residents of the district are satisfied, and many said they had waited years for this day.',
      'A party will be held on Saturday on the quays.',
      'The prefect was present, with the regional council and many officials.',
      'Shopkeepers hope the bridge brings new customers.',
    ];
    expect(signsOf(fr, en).lengthCorrelation).toBeLessThan(LENGTHS_UNRELATED_BELOW);
  });

  it('counts the sentences that stand alone, or in a pair their words do not support, as unsupported', () => {
    const fr = [PAIRS[0]?.[0], PAIRS[1]?.[0], 'Le chat de la voisine dort toute la journée sur le balcon fleuri.', PAIRS[2]?.[0]] as string[];
    const en = [PAIRS[0]?.[1], PAIRS[1]?.[1], 'A famous violinist played Bach in the old cathedral for an hour.', PAIRS[2]?.[1]] as string[];
    expect(signsOf(fr, en).unsupported).toBeCloseTo(2 / 8);
  });

  it('counts the pairs of two long sentences that face each other and share almost nothing', () => {
    const { fr, en } = withFacingPair(FRENCH_LONG_UNRELATED, ENGLISH_LONG_UNRELATED);
    // Thirteen pairs, one of them unrelated.
    expect(signsOf(fr, en).unrelatedFacing).toBeCloseTo(1 / 13);
    expect(
      signsOf(
        PAIRS.map(([french]) => french),
        PAIRS.map(([, english]) => english),
      ).unrelatedFacing,
    ).toBe(0);
  });
});

describe('decideReading', () => {
  it('weighs the signs against one threshold', () => {
    const calm = { unsupported: 0, lengthSpread: 0.1, asymmetry: 0.05, punctuation: 0.1, lengthCorrelation: 0.97, unrelatedFacing: 0 };
    expect(readingScore(calm)).toBeLessThan(INDEPENDENT_ABOVE);
    expect(decideReading(calm)).toBe('translation');
    expect(decideReading({ ...calm, unsupported: 0.8 })).toBe('independent');
  });

  it('reads texts whose sentence lengths do not follow each other as two accounts, whatever the sum', () => {
    const calm = { unsupported: 0, lengthSpread: 0.1, asymmetry: 0.05, punctuation: 0.1, lengthCorrelation: 0.97, unrelatedFacing: 0 };
    expect(decideReading({ ...calm, lengthCorrelation: LENGTHS_UNRELATED_BELOW - 0.01 })).toBe('independent');
    expect(decideReading({ ...calm, lengthCorrelation: LENGTHS_UNRELATED_BELOW + 0.01 })).toBe('translation');
  });

  it('reads texts where unrelated long sentences face each other often enough as two accounts, whatever the sum', () => {
    const calm = { unsupported: 0, lengthSpread: 0.1, asymmetry: 0.05, punctuation: 0.1, lengthCorrelation: 0.97, unrelatedFacing: 0 };
    expect(decideReading({ ...calm, unrelatedFacing: UNRELATED_FACING_FROM })).toBe('independent');
    expect(decideReading({ ...calm, unrelatedFacing: UNRELATED_FACING_FROM / 2 })).toBe('translation');
  });
});

describe('compareInDetail', () => {
  it('reads the shipped pair, two accounts written apart, as such', () => {
    expect(compareInDetail(readPairFile('fr.md'), readPairFile('en.md')).reading).toBe('independent');
  });

  it('reads two accounts of an event as such, and a translation as one', () => {
    expect(compareInDetail(TWO_ACCOUNTS.fr, TWO_ACCOUNTS.en).reading).toBe('independent');
    const fr = PAIRS.map(([french]) => french).join('\n\n');
    const en = PAIRS.map(([, english]) => english).join('\n\n');
    expect(compareInDetail(fr, en).reading).toBe('translation');
  });

  it('reads the bench\'s generated pair, a translation from templates whose sentences are much alike in length, as a translation', () => {
    const pair = generatePair(500);
    expect(compareInDetail(pair.fr, pair.en).reading).toBe('translation');
  });

  it('reads a close rendering with an unrelated long sentence in the place of one as two accounts', () => {
    const { fr, en } = withFacingPair(FRENCH_LONG_UNRELATED, ENGLISH_LONG_UNRELATED);
    const result = compareInDetail(fr.join('\n\n'), en.join('\n\n'));
    expect(result.reading).toBe('independent');
    expect(result.onlyFr).toContain(6);
    expect(result.onlyEn).toContain(6);
  });

  it('follows a reading the caller chooses', () => {
    expect(compareInDetail(TWO_ACCOUNTS.fr, TWO_ACCOUNTS.en, { reading: 'translation' }).reading).toBe('translation');
  });
});
