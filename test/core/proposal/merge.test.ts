import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseComparison, serializeComparison } from '../../../src/core/comparisonFile/index';
import { compareSources } from '../../../src/core/engine/index';
import type { Comparison, Finding, Span } from '../../../src/core/model/index';
import { mergeAutomatic } from '../../../src/core/proposal/merge';
import { listSentences } from '../../../src/core/proposal/sentences';
import { comparisonOf, EN, FR, finding, sentence } from '../pairFixture';
import { readPairFile } from '../shipped';

const shipped = parseComparison(readPairFile('comparison.json'));

const overlaps = (a: Pick<Span, 'start' | 'end'>, b: Span) => a.start < b.end && b.start < a.end;

/** The stretch from the first to the last sentence a span touches: what the merge sets against the curated quotes. */
function sentencesOf(lang: 'fr' | 'en', span: Span): Pick<Span, 'start' | 'end'> {
  const touched = listSentences(lang === 'fr' ? FR : EN).filter(([start, end]) => start < span.end && span.start < end);
  return touched.length === 0 ? span : { start: touched[0]?.[0] as number, end: touched[touched.length - 1]?.[1] as number };
}

describe('mergeAutomatic', () => {
  it('adds nothing to the shipped comparison, whose every sentence an analyst judged', () => {
    const automatic = compareSources(shipped.sources.fr, shipped.sources.en, { name: shipped.name }).comparison;
    expect(automatic.relations.length).toBeGreaterThan(0);
    expect(mergeAutomatic(shipped, automatic)).toBe(shipped);
  });

  it("adds the engine's finding where the analyst judged nothing, marked automatic, under a prefixed id", () => {
    const curated = comparisonOf([finding('budget', 'match', [sentence('fr', 0)], [sentence('en', 0)])]);
    const automatic = compareSources(FR, EN, { name: 'fixture' }).comparison;
    expect(automatic.relations.map((r) => r.kind)).toEqual(['match', 'match', 'match']);

    const merged = mergeAutomatic(curated, automatic);

    expect(merged.relations.slice(0, 1)).toEqual(curated.relations);
    expect(merged.alignment).toBe(curated.alignment);
    const added = merged.relations.slice(1);
    expect(added.map((r) => r.id)).toEqual(['auto-a2', 'auto-a3']);
    expect(added.map((r) => [r.fr[0]?.quote, r.en[0]?.quote])).toEqual([
      [sentence('fr', 1), sentence('en', 1)],
      [sentence('fr', 2), sentence('en', 2)],
    ]);
    for (const r of added) {
      expect(r.origin).toBe('automatic');
      expect(r.confidence).toBeGreaterThan(0);
    }
    expect(parseComparison(serializeComparison(merged))).toEqual(merged);
  });

  it('leaves out a finding in a sentence a curated quote touches, in one text only, even where their words do not meet, and keeps one in a sentence no curated quote touches', () => {
    const curated = comparisonOf([finding('police', 'only-en', [], ['According to the police'])]);
    const automatic = comparisonOf([
      finding('a1', 'match', [sentence('fr', 1)], [sentence('en', 1)], 'automatic'), // holds the curated English quote
      finding('a2', 'only-en', [], [', 340 people'], 'automatic'), // starts where the curated quote ends, in its sentence
      finding('a3', 'only-en', [], [sentence('en', 2)], 'automatic'), // the next sentence, which no curated quote touches
    ]);
    expect(mergeAutomatic(curated, automatic).relations.map((r) => r.id)).toEqual(['police', 'auto-a3']);
  });

  it('keeps ids unique when the curated comparison already uses the prefixed one', () => {
    const curated = comparisonOf([finding('auto-a1', 'only-fr', [sentence('fr', 0)], []), finding('auto-a1-2', 'only-fr', [sentence('fr', 1)], [])]);
    const automatic = comparisonOf([finding('a1', 'only-fr', [sentence('fr', 2)], [], 'automatic')]);
    expect(mergeAutomatic(curated, automatic).relations.map((r) => r.id)).toEqual(['auto-a1', 'auto-a1-2', 'auto-a1-3']);
  });

  it('throws, as a bug, when the two comparisons do not compare the same texts', () => {
    const curated = comparisonOf([]);
    const other: Comparison = { ...curated, sources: { ...curated.sources, en: { ...EN, text: `${EN.text} ` } } };
    expect(() => mergeAutomatic(curated, other)).toThrow(/not compare the same en text; this is a bug$/);
  });

  it('adds exactly the automatic findings whose sentences no curated quote touches, each once, after the curated ones', () => {
    const length = { fr: FR.text.length, en: EN.text.length };
    const span = (lang: 'fr' | 'en') =>
      fc.tuple(fc.nat({ max: length[lang] - 1 }), fc.integer({ min: 1, max: 40 })).map(([start, size]): Span => {
        const end = Math.min(length[lang], start + size);
        return { start, end, quote: (lang === 'fr' ? FR : EN).text.slice(start, end) };
      });
    const findings = (origin: Finding['origin']) =>
      fc.array(
        fc.record({ fr: span('fr'), en: span('en') }).map(
          ({ fr, en }): Finding => ({ id: '', kind: 'match', fr: [fr], en: [en], aspects: [], note: { fr: '', en: '' }, origin, confidence: origin === 'automatic' ? 0.5 : null }),
        ),
        { maxLength: 8 },
      );
    // Curated ids take the very names the merge would give, so that every added id must step aside.
    const withIds = (list: Finding[], prefix: string) => list.map((r, index) => ({ ...r, id: `${prefix}${index + 1}` }));
    fc.assert(
      fc.property(findings('curated'), findings('automatic'), (curatedList, automaticList) => {
        const curated = { ...comparisonOf([]), relations: withIds(curatedList, 'auto-a') };
        const automatic = { ...comparisonOf([]), relations: withIds(automaticList, 'a') };
        const merged = mergeAutomatic(curated, automatic);
        expect(merged.relations.slice(0, curated.relations.length)).toEqual(curated.relations);
        const free = automatic.relations.filter(
          (r) => !curated.relations.some((c) => overlaps(sentencesOf('fr', r.fr[0] as Span), c.fr[0] as Span) || overlaps(sentencesOf('en', r.en[0] as Span), c.en[0] as Span)),
        );
        const added = merged.relations.slice(curated.relations.length);
        expect(added.map((r) => [r.fr, r.en])).toEqual(free.map((r) => [r.fr, r.en]));
        expect(new Set(merged.relations.map((r) => r.id)).size).toBe(merged.relations.length);
      }),
    );
  });
});
