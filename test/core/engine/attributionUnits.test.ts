import { describe, expect, it } from 'vitest';
import { attributionUnits, type UnitMask } from '../../../src/core/engine/attributionUnits';
import { maskedMass } from '../../../src/core/engine/cost';
import type { SentenceFeatures } from '../../../src/core/engine/features';
import { featuresOf, wordsInMask } from './fixtures';

describe('attributionUnits', () => {
  it('holds the words of who said it, where and when, and none of what was said', () => {
    const { en } = featuresOf([], ['At a news briefing in Beijing on Tuesday, Li Mei, a spokeswoman of the State Council Information Office, said that the rules will not affect foreign companies.']);
    const claim = en[0] as SentenceFeatures;
    const mask = attributionUnits(claim) as UnitMask;
    const words = wordsInMask(claim, mask);
    expect(words).toEqual(expect.arrayContaining(['Li', 'Mei', 'spokeswoman']));
    for (const content of ['rules', 'affect', 'foreign', 'companies']) expect(words).not.toContain(content);
    expect(mask.mass).toBeCloseTo(maskedMass(claim, mask.low, mask.high), 10);
    expect(mask.mass).toBeGreaterThan(0);
  });

  it('reads a French frame before its content ("Selon le ministère") as the English one', () => {
    const { fr } = featuresOf(['Selon le ministère, les règles n’empêcheront pas les entreprises étrangères de recruter des ingénieurs.'], []);
    const claim = fr[0] as SentenceFeatures;
    expect(wordsInMask(claim, attributionUnits(claim) as UnitMask)).toEqual(['ministère']);
  });

  it('gives none for a claim that reports nothing, and an empty mask for a frame of function words alone', () => {
    const { en } = featuresOf([], ['The rules will not affect foreign companies.', 'He said that the rules will not affect foreign companies.']);
    expect(attributionUnits(en[0] as SentenceFeatures)).toBeNull();
    expect(attributionUnits(en[1] as SentenceFeatures)).toEqual({ low: 0, high: 0, mass: 0 });
  });
});
