import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseComparison } from '../../../src/core/comparisonFile/index';
import { FINDING_KINDS, type FindingKind } from '../../../src/core/model/index';
import { layoutTranslation, readTranslationFile } from '../../../src/core/translation/index';
import { readPairFile } from '../shipped';

const comparison = parseComparison(readPairFile('comparison.json'));
const translations = {
  fr: readTranslationFile(readPairFile('fr.en.md'), 'fr.en.md', comparison.sources.fr),
  en: readTranslationFile(readPairFile('en.fr.md'), 'en.fr.md', comparison.sources.en),
};
const ALL = new Set<FindingKind>(FINDING_KINDS);

describe('layoutTranslation', () => {
  it("lays out one paragraph per original paragraph, in the translation's language, headings where the original has them", () => {
    const layout = layoutTranslation(comparison, translations.en, ALL);
    expect(layout.paragraphs.map((paragraph) => paragraph.index)).toEqual(comparison.sources.en.paragraphs.map((_, index) => index));
    expect(layout.paragraphs.every((paragraph) => paragraph.lang === 'fr')).toBe(true);
    expect(layout.paragraphs.filter((paragraph) => paragraph.isHeading).map((paragraph) => paragraph.index)).toEqual([0, 2, 7]);
  });

  it('highlights the translated sentence of a quoted phrase, the most specific original quote first', () => {
    const layout = layoutTranslation(comparison, translations.fr, ALL);
    const sentence = layout.paragraphs[1]?.pieces[0];
    expect(sentence?.text).toMatch(/^The Ministry of Industry and Information Technology \(MIIT\), the Chinese cyber-regulator, has denied/);
    // "le cyber-régulateur chinois" (27 characters) is more specific than the sentence it sits in.
    expect(sentence?.findingIds).toEqual(['cyber-regulator', 'core-denial']);
    expect(layout.quotes.get('cyber-regulator')).toEqual(layout.quotes.get('core-denial')?.slice(0, 1));
  });

  it('leaves out the findings of hidden kinds and those that do not quote the source', () => {
    const layout = layoutTranslation(comparison, translations.fr, new Set<FindingKind>(['match']));
    expect(layout.quotes.has('cyber-regulator')).toBe(false);
    expect(layout.quotes.has('outside-attention')).toBe(false);
    expect(layout.quotes.has('core-denial')).toBe(true);
    expect(layout.paragraphs[1]?.pieces[0]?.findingIds).toEqual(['core-denial']);
  });

  it('tiles every translated paragraph exactly and marks each piece with the findings whose stretches cover it, whatever is filtered', () => {
    fc.assert(
      fc.property(fc.constantFrom('fr' as const, 'en' as const), fc.subarray([...FINDING_KINDS]), (source, kinds) => {
        const translation = translations[source];
        const layout = layoutTranslation(comparison, translation, new Set(kinds));
        layout.paragraphs.forEach((paragraph, index) => {
          const [start, end] = translation.paragraphs[index] ?? [0, 0];
          expect(paragraph.pieces.map((piece) => piece.text).join('')).toBe(translation.text.slice(start, end));
          for (const piece of paragraph.pieces) {
            const covering = [...layout.quotes].filter(([, ranges]) => ranges.some(([from, to]) => from <= piece.start && to >= piece.end)).map(([id]) => id);
            expect([...piece.findingIds].sort()).toEqual(covering.sort());
          }
        });
        const expected = comparison.relations.filter((finding) => kinds.includes(finding.kind) && finding[source].length > 0).map((finding) => finding.id);
        expect([...layout.quotes.keys()].sort()).toEqual(expected.sort());
      }),
      { numRuns: 16 },
    );
  });
});
