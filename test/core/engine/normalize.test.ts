import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldKeepingOffsets, foldsToLowerCase, foldWord, tokenize } from '../../../src/core/engine/normalize';
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

describe('foldsToLowerCase', () => {
  it('is true of a text in ASCII, whose folding is then its lower-casing, and false of one with an accent', () => {
    expect(foldsToLowerCase('The Ministry SAID, on 3 May: "no".')).toBe(true);
    expect(foldsToLowerCase('Le ministère a déclaré')).toBe(false);
    expect(foldsToLowerCase('no-break\u00a0space')).toBe(false);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'Z', ' ', '1', '.', '\t', 'É', 'ç', '’') }), (text) => {
        if (foldsToLowerCase(text)) expect(foldKeepingOffsets(text)).toBe(text.toLowerCase());
        else expect(/[^\t-~]/.test(text)).toBe(true);
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

  it('reads non-ASCII capitals and acronyms, and a word after a colon or an opening quote as initial', () => {
    const tokens = tokenize('Il a dit : « Élysée » puis ÉTÉ, Ωmega et ÇA.');
    expect(tokens.find((token) => token.text === 'Élysée')).toMatchObject({ capital: true, acronym: false, initial: true });
    expect(tokens.find((token) => token.text === 'ÉTÉ')).toMatchObject({ capital: true, acronym: true, initial: false });
    expect(tokens.find((token) => token.text === 'ÇA')).toMatchObject({ acronym: true });
    expect(tokens.find((token) => token.text === 'puis')).toMatchObject({ capital: false, initial: false });
  });

  it('finds the words the letter class finds, for any text', () => {
    // The letter class the tokenizer tests code by code, as one expression over the folded text.
    const letters = /[a-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u0370-\u03ff\u0400-\u052f\u1e00-\u1fff]+/g;
    const unit = fc.constantFrom('a', 'Z', 'é', 'É', 'ß', 'Ω', 'Ж', 'ª', '×', '÷', ' ', '’', "'", '-', '1', '.', ':', '«', '😀', '\u00a0');
    fc.assert(
      fc.property(fc.string({ unit }), (text) => {
        const folded = foldKeepingOffsets(text);
        const expected = [...folded.matchAll(letters)].filter((match) => !/\d/.test(text[match.index - 1] ?? '')).map((match) => [match.index, match.index + match[0].length]);
        expect(tokenize(text).map((token) => [token.start, token.end])).toEqual(expected);
      }),
    );
  });
});

describe('stemWord', () => {
  it.each([
    ['technologies', 'technologie', 'fr'],
    ['déclarations', 'déclarer', 'fr'],
    ['reported', 'reports', 'en'],
    ['technologies', 'technology', 'en'],
    ['planned', 'plan', 'en'],
    ['stopped', 'stops', 'en'],
    ['nationaux', 'nationale', 'fr'],
    ['organizations', 'organize', 'en'],
    ['succeeded', 'succeed', 'en'],
    ['proceeds', 'proceeded', 'en'],
    ['needed', 'need', 'en'],
  ] as const)('gives %s and %s the same stem (%s)', (a, b, lang) => {
    expect(stemWord(foldWord(a), lang)).toBe(stemWord(foldWord(b), lang));
  });

  it.each([
    ['organizations', 'en', 'organiz'],
    ['nationaux', 'fr', 'national'],
    ['addresses', 'en', 'address'],
    ['class', 'en', 'class'],
    ['planned', 'en', 'plan'],
    ['gaz', 'fr', 'gaz'],
  ] as const)('stems %s (%s) to %s: the first ending of the list that fits, a stem of three letters at least', (word, lang, stem) => {
    expect(stemWord(word, lang)).toBe(stem);
  });
});
