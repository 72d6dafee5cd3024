import { describe, expect, it } from 'vitest';
import { parseComparison } from '../../../src/core/comparisonFile/index';
import { compareSources } from '../../../src/core/engine/index';
import { coversEverySentence } from '../../../src/core/proposal/index';
import { comparisonOf, EN, FR, finding, sentence } from '../pairFixture';
import { readPairFile } from '../shipped';

describe('coversEverySentence', () => {
  it('holds for the shipped comparison, where an analyst judged every sentence', () => {
    expect(coversEverySentence(parseComparison(readPairFile('comparison.json')))).toBe(true);
  });

  it("holds for the engine's own comparison, which places every sentence", () => {
    expect(coversEverySentence(compareSources(FR, EN).comparison)).toBe(true);
  });

  it('fails when one sentence of either text overlaps no quote, even with a phrase of every other one quoted', () => {
    const phrases = [
      finding('r0', 'match', [sentence('fr', 0)], [sentence('en', 0)]),
      finding('r1', 'discrepancy', ['340 personnes'], ['340 people']),
    ];
    expect(coversEverySentence(comparisonOf(phrases))).toBe(false);
    expect(coversEverySentence(comparisonOf([...phrases, finding('r2', 'only-fr', ['deux hôpitaux'], [])]))).toBe(false);
    expect(coversEverySentence(comparisonOf([...phrases, finding('r2', 'match', ['deux hôpitaux'], ['two hospitals'])]))).toBe(true);
  });
});
