import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { plainSentenceBreaks } from '../../../src/core/text/plainSentenceBreaks';

/** Where ICU starts each sentence of `text`, as Intl.Segmenter gives them. */
function icuStarts(text: string, lang: 'fr' | 'en'): number[] {
  return Array.from(new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text), (segment) => segment.index);
}

describe('plainSentenceBreaks', () => {
  it('ends sentences where news text ends them, and nowhere else', () => {
    const text = 'Le taux est de 3.5 %. Les U.S. officials said so. « Vraiment ? », dit-il. Oui ! etc. and more... Then: no.\nA line';
    // As ICU: a closing guillemet after a space starts a sentence (SB11), and "!" is no full stop for SB8's lower case.
    expect(plainSentenceBreaks(text)?.map((start) => text.slice(start, start + 6))).toEqual(['Le tau', 'Les U.', '« Vrai', '», dit', 'Oui ! ', 'etc. a', 'Then: ', 'A line']);
    expect(plainSentenceBreaks(text)).toEqual(icuStarts(text, 'fr'));
  });

  it('leaves to ICU a text with a character it does not read', () => {
    expect(plainSentenceBreaks('Il attend‼ Puis part.')).toBeNull();
    expect(plainSentenceBreaks('東京。大阪。')).toBeNull();
    expect(plainSentenceBreaks('Cafe\u0301 noir.')).toBeNull();
    expect(plainSentenceBreaks('Two lines\r\nhere.')).toBeNull();
  });

  it('gives the boundaries ICU gives, on any text of the characters it reads', () => {
    const piece = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('Il part', 'word', 'The', 'a', 'B', 'É', 'ça', 'Œuvre', 'ß', '3', '42', 'U', 'S', 'e', 'g', 'etc', 'M', 'Mr') },
      { weight: 6, arbitrary: fc.constantFrom('.', '.', '!', '?', ' ', ' ', '\u00a0', '\u202f', '\t', '\n') },
      { weight: 3, arbitrary: fc.constantFrom('"', "'", '«', '»', '(', ')', '[', ']', '{', '}', '‘', '’', '“', '”') },
      { weight: 2, arbitrary: fc.constantFrom(',', '-', ':', ';', '–', '—', '%', '€', '$', '£', '&', '/', '@', '#', '*', '+', '=', '°', '§', '_', '<', '>', '|', '•', '~', '^', '`', '…') },
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.constantFrom<'fr' | 'en'>('fr', 'en'), (pieces, lang) => {
        const text = pieces.join('');
        expect(plainSentenceBreaks(text)).toEqual(icuStarts(text, lang));
      }),
      { numRuns: 5000 },
    );
  });
});
