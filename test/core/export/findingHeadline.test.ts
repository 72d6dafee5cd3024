import { describe, expect, it } from 'vitest';
import { firstWords, headlineFinding } from '../../../src/core/export/findingHeadline';
import type { Finding } from '../../../src/core/model/index';

describe('firstWords', () => {
  it.each([
    ['Le ministère a démenti.', 8, 'Le ministère a démenti.'],
    ['  one\n two   three four ', 3, 'one two three…'],
    ['one, two, three', 2, 'one, two…'],
    ['', 3, ''],
  ])('keeps the first words of %j (%i at most)', (text, count, expected) => {
    expect(firstWords(text, count)).toBe(expected);
  });
});

describe('headlineFinding', () => {
  const finding = (fr: string[], en: string[]): Finding => ({
    id: 'r1',
    kind: 'match',
    fr: fr.map((quote, index) => ({ start: 100 - index * 50, end: 100 - index * 50 + quote.length, quote })),
    en: en.map((quote, index) => ({ start: index * 50, end: index * 50 + quote.length, quote })),
    aspects: [],
    note: { fr: '', en: '' },
    origin: 'curated',
    confidence: null,
  });

  it('takes the first quote in text order of the reader\'s language', () => {
    expect(headlineFinding(finding(['later in the text', 'earlier in the text'], ['English']), 'fr')).toEqual({ lang: 'fr', words: 'earlier in the text' });
    expect(headlineFinding(finding(['français'], ['English']), 'en')).toEqual({ lang: 'en', words: 'English' });
  });

  it('falls back on the other language when the finding quotes none in the reader\'s', () => {
    expect(headlineFinding(finding(['seulement en français'], []), 'en')).toEqual({ lang: 'fr', words: 'seulement en français' });
  });

  it('throws on a finding that quotes nothing, which the format forbids', () => {
    expect(() => headlineFinding(finding([], []), 'en')).toThrow(/this is a bug/);
  });
});
