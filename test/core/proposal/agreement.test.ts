import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseComparison } from '../../../src/core/comparisonFile/index';
import { compareSources } from '../../../src/core/engine/index';
import { FINDING_KINDS, type Comparison, type Finding, type Span } from '../../../src/core/model/index';
import { measureAgreement } from '../../../src/core/proposal/agreement';
import { comparisonOf, EN, FR, finding, sentence } from '../pairFixture';
import { readPairFile } from '../shipped';

// Curated: sentence 0 matches in both texts; sentence 1 matches but holds a discrepancy; French
// sentence 2 is one-sided; English sentence 2 is judged by nothing.
const curated = comparisonOf([
  finding('c1', 'match', [sentence('fr', 0)], [sentence('en', 0)]),
  finding('c2', 'match', [sentence('fr', 1)], [sentence('en', 1)]),
  finding('c3', 'discrepancy', ['340 personnes'], ['340 people']),
  finding('c4', 'only-fr', [sentence('fr', 2)], []),
]);
// Automatic: sentence 0 matched alike; French sentence 1 matched with English sentence 2 instead;
// English sentence 1 one-sided; French sentence 2 judged by nothing.
const automatic = comparisonOf([
  finding('a1', 'match', [sentence('fr', 0)], [sentence('en', 0)], 'automatic'),
  finding('a2', 'match', [sentence('fr', 1)], [sentence('en', 2)], 'automatic'),
  finding('a3', 'only-en', [], [sentence('en', 1)], 'automatic'),
]);

describe('measureAgreement', () => {
  it('labels each sentence of both texts, a discrepancy winning over a match, and counts where the labels agree', () => {
    expect(measureAgreement(curated, automatic)).toEqual({
      sentences: 6,
      agreed: 2,
      share: 2 / 6,
      byLabel: {
        match: { curated: 2, automatic: 4, both: 2 },
        discrepancy: { curated: 2, automatic: 0, both: 0 },
        only: { curated: 1, automatic: 1, both: 0 },
        none: { curated: 1, automatic: 1, both: 0 },
      },
      links: { curated: 2, automatic: 2, shared: 1, share: 0.5 },
    });
  });

  it('counts a link both make once, whatever its verdict and however many findings make it', () => {
    const sameLinkOtherVerdict = comparisonOf([finding('a1', 'discrepancy', [sentence('fr', 1)], [sentence('en', 1)], 'automatic')]);
    expect(measureAgreement(curated, sameLinkOtherVerdict).links).toEqual({ curated: 2, automatic: 1, shared: 1, share: 0.5 });
  });

  it('has no link share when the analyst links nothing', () => {
    const oneSided = comparisonOf([finding('c1', 'only-fr', [sentence('fr', 0)], [])]);
    expect(measureAgreement(oneSided, automatic).links).toEqual({ curated: 0, automatic: 2, shared: 0, share: null });
  });

  it('measures the engine against the analyst on the shipped pair', () => {
    const shipped = parseComparison(readPairFile('comparison.json'));
    const engine = compareSources(shipped.sources.fr, shipped.sources.en, { name: shipped.name }).comparison;
    const agreement = measureAgreement(shipped, engine);
    expect(agreement.sentences).toBe(34);
    expect(agreement.byLabel.none).toEqual({ curated: 0, automatic: 0, both: 0 }); // both judge every sentence
    expect([agreement.agreed, agreement.links.shared, agreement.links.curated]).toEqual([28, 14, 19]);
  });

  it('throws, as a bug, when the two comparisons do not compare the same texts', () => {
    const other: Comparison = { ...automatic, sources: { ...automatic.sources, fr: { ...FR, text: FR.text.toUpperCase() } } };
    expect(() => measureAgreement(curated, other)).toThrow(/not compare the same fr text; this is a bug$/);
  });

  it('agrees fully with itself, and gives the same share whichever comparison comes first', () => {
    const span = (lang: 'fr' | 'en') => {
      const text = (lang === 'fr' ? FR : EN).text;
      return fc.tuple(fc.nat({ max: text.length - 1 }), fc.integer({ min: 1, max: 60 })).map(([start, size]): Span => {
        const end = Math.min(text.length, start + size);
        return { start, end, quote: text.slice(start, end) };
      });
    };
    const findings = fc.array(
      fc.record({ kind: fc.constantFrom(...FINDING_KINDS), fr: span('fr'), en: span('en') }).map(
        ({ kind, fr, en }): Finding => ({
          id: '',
          kind,
          fr: kind === 'only-en' ? [] : [fr],
          en: kind === 'only-fr' ? [] : [en],
          aspects: [],
          note: { fr: '', en: '' },
          origin: 'curated',
          confidence: null,
        }),
      ),
      { maxLength: 6 },
    );
    const comparisonWith = (list: Finding[]): Comparison => ({ ...curated, relations: list.map((r, index) => ({ ...r, id: `r${index}` })) });
    fc.assert(
      fc.property(findings, findings, (first, second) => {
        const a = comparisonWith(first);
        const b = comparisonWith(second);
        const self = measureAgreement(a, a);
        expect(self.share).toBe(1);
        expect(self.links.share === null || self.links.share === 1).toBe(true);
        const forth = measureAgreement(a, b);
        const back = measureAgreement(b, a);
        expect(back.agreed).toBe(forth.agreed);
        expect(back.links.shared).toBe(forth.links.shared);
        expect(Object.values(forth.byLabel).reduce((sum, counts) => sum + counts.curated, 0)).toBe(forth.sentences);
      }),
    );
  });
});
