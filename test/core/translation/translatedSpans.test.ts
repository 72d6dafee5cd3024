import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSourceFile } from '../../../src/core/intake/index';
import type { Range } from '../../../src/core/model/types';
import { readTranslationFile } from '../../../src/core/translation/index';
import { mapSpansToTranslation, readTranslatedQuotes } from '../../../src/core/translation/translatedSpans';

const original = readSourceFile(
  [
    '---\nlang: fr\n---',
    '# Le titre',
    'Le ministère a démenti mercredi. Il a parlé au média. Les rumeurs sont fausses.',
    "Une phrase ici. Une autre là, que la traduction réunit à la première.",
  ].join('\n\n'),
  'fr.md',
);
const translation = readTranslationFile(
  [
    '---\nlang: en\ntranslator: Someone\n---',
    '# The title',
    'The ministry denied it on Wednesday. It spoke to the outlet. The rumours are false.',
    'One sentence here, and another there that the translation joins to the first.',
  ].join('\n\n'),
  'fr.en.md',
  original,
);

function span(words: string) {
  const start = original.text.indexOf(words);
  if (start === -1) throw new Error(`fixture: "${words}" is not in the text`);
  return { start, end: start + words.length };
}

const texts = (ranges: readonly Range[]) => ranges.map(([start, end]) => translation.text.slice(start, end));

describe('mapSpansToTranslation', () => {
  it('maps a quote to the translated sentence whose original it lies in', () => {
    expect(texts(mapSpansToTranslation([span('mercredi')], original, translation))).toEqual(['The ministry denied it on Wednesday.']);
    expect(texts(mapSpansToTranslation([span('Il a parlé au média.')], original, translation))).toEqual(['It spoke to the outlet.']);
  });

  it('joins consecutive sentences into one stretch and keeps apart those that are not', () => {
    expect(texts(mapSpansToTranslation([span('mercredi. Il a parlé')], original, translation))).toEqual([
      'The ministry denied it on Wednesday. It spoke to the outlet.',
    ]);
    expect(texts(mapSpansToTranslation([span('démenti'), span('rumeurs')], original, translation))).toEqual([
      'The ministry denied it on Wednesday.',
      'The rumours are false.',
    ]);
  });

  it('gives each translated sentence once, however many quotes it renders, in text order', () => {
    const ranges = mapSpansToTranslation([span('rumeurs'), span('ministère'), span('démenti')], original, translation);
    expect(texts(ranges)).toEqual(['The ministry denied it on Wednesday.', 'The rumours are false.']);
  });

  it('falls back to the whole paragraph where the translation has another number of sentences', () => {
    expect(texts(mapSpansToTranslation([span('Une autre là')], original, translation))).toEqual([
      'One sentence here, and another there that the translation joins to the first.',
    ]);
  });

  it('maps a quote across paragraphs to a stretch in each', () => {
    expect(texts(mapSpansToTranslation([span('fausses.\n\nUne phrase')], original, translation))).toEqual([
      'The rumours are false.',
      'One sentence here, and another there that the translation joins to the first.',
    ]);
  });

  it('maps a heading to the translated heading, and nothing to nothing', () => {
    expect(texts(mapSpansToTranslation([span('titre')], original, translation))).toEqual(['The title']);
    expect(mapSpansToTranslation([], original, translation)).toEqual([]);
  });

  it('always gives ordered, disjoint stretches of whole sentences or paragraphs of the translation', () => {
    const length = original.text.length;
    const spanArbitrary = fc.tuple(fc.nat({ max: length - 1 }), fc.integer({ min: 1, max: 40 })).map(([start, size]) => ({ start, end: Math.min(length, start + size) }));
    fc.assert(
      fc.property(fc.array(spanArbitrary, { maxLength: 4 }), (spans) => {
        const ranges = mapSpansToTranslation(spans, original, translation);
        ranges.forEach(([start, end], i) => {
          expect(end).toBeGreaterThan(start);
          if (i > 0) expect(start).toBeGreaterThan(ranges[i - 1]?.[1] ?? -1);
          const text = translation.text.slice(start, end);
          expect(text).toBe(text.trim());
          expect(translation.paragraphs.some(([from, to]) => from <= start && end <= to)).toBe(true);
        });
        if (spans.some((s) => /\S/.test(original.text.slice(s.start, s.end)))) expect(ranges.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('readTranslatedQuotes', () => {
  it('reads what the translation says for the quotes, one space between stretches', () => {
    expect(readTranslatedQuotes([span('démenti'), span('rumeurs')], original, translation)).toBe('The ministry denied it on Wednesday. The rumours are false.');
  });
});
