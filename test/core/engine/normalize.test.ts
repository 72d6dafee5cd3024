import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldKeepingOffsets, foldWord, tokenize } from '../../../src/core/engine/normalize';
import { stemWord } from '../../../src/core/engine/stem';

describe('foldKeepingOffsets', () => {
  it('lower-cases and strips accents', () => {
    expect(foldKeepingOffsets('Ministère ÉTRANGER Où')).toBe('ministere etranger ou');
  });

  it('keeps every offset: the folded text is as long as the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'É', 'ç', 'œ', ' ', 'Z', '’', '1', '😀', 'ß') }), (text) => {
        expect(foldKeepingOffsets(text)).toHaveLength(text.length);
      }),
    );
  });
});

describe('foldWord', () => {
  it('opens ligatures for dictionary look-up', () => {
    expect(foldWord('Œuvre')).toBe('oeuvre');
  });
});

describe('tokenize', () => {
  it('splits at apostrophes and hyphens and leaves ordinal endings to their number', () => {
    const tokens = tokenize("L'ONU a fêté son 21e anniversaire à New-York.");
    expect(tokens.map((token) => token.text)).toEqual(['L', 'ONU', 'a', 'fêté', 'son', 'anniversaire', 'à', 'New', 'York']);
  });

  it('marks acronyms, capitals and sentence-initial words', () => {
    const [first, acronym] = tokenize("Hier, l'OMS a parlé.").filter((token) => token.capital);
    expect(first).toMatchObject({ text: 'Hier', initial: true, acronym: false });
    expect(acronym).toMatchObject({ text: 'OMS', initial: false, acronym: true });
  });
});

describe('stemWord', () => {
  it.each([
    ['technologies', 'technologie', 'fr'],
    ['déclarations', 'déclarer', 'fr'],
    ['reported', 'reports', 'en'],
    ['technologies', 'technology', 'en'],
  ] as const)('gives %s and %s the same stem (%s)', (a, b, lang) => {
    expect(stemWord(foldWord(a), lang)).toBe(stemWord(foldWord(b), lang));
  });
});
