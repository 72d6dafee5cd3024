import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../src/core/edit/applyEdit';
import { paragraphAt, paragraphWords, wordsCovered } from '../../../src/core/edit/index';
import { joinParagraphs } from '../../../src/core/intake/sourceFile';
import type { Source } from '../../../src/core/model/index';
import { shipped, TRAM_FR } from './fixtures';

function sourceOf(lang: 'fr' | 'en', paragraphs: string[]): Source {
  const { text, paragraphs: ranges } = joinParagraphs(paragraphs);
  return { lang, title: '', outlet: null, published: null, publishedTime: null, updated: null, byline: [], editors: [], kind: null, url: null, text, paragraphs: ranges, headings: [], excluded: [] };
}

describe('paragraphWords', () => {
  it('gives the words of one paragraph with their offsets in the whole text, punctuation left out', () => {
    const source = sourceOf('fr', ['Premier paragraphe.', 'La ligne desservira l’aéroport, dit-il, en 2030.']);
    const words = paragraphWords(source, 1);
    expect(words.map((word) => word.text)).toEqual(['La', 'ligne', 'desservira', 'l’aéroport', 'dit', 'il', 'en', '2030']);
    for (const word of words) expect(source.text.slice(word.start, word.end)).toBe(word.text);
  });

  it('gives nothing for a paragraph that does not exist', () => {
    expect(paragraphWords(sourceOf('en', ['One.']), 3)).toEqual([]);
  });

  it('gives words in reading order, apart, inside their paragraph, on any text', () => {
    const paragraph = fc.stringMatching(/^[A-Za-zÀ-ÿ0-9’',.;:!? -]{1,80}$/).filter((text) => text.trim() !== '');
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 4 }), fc.nat(3), (paragraphs, wanted) => {
        const source = sourceOf('fr', paragraphs.map((text) => text.trim()));
        const index = wanted % source.paragraphs.length;
        const [from, to] = source.paragraphs[index] ?? [0, 0];
        let previousEnd = from;
        for (const word of paragraphWords(source, index)) {
          expect(word.start).toBeGreaterThanOrEqual(previousEnd);
          expect(word.end).toBeLessThanOrEqual(to);
          expect(source.text.slice(word.start, word.end)).toBe(word.text);
          previousEnd = word.end;
        }
      }),
    );
  });

  it('picks words that make a claim: from the second word to the fourth of a shipped paragraph', () => {
    const comparison = shipped();
    const words = paragraphWords(comparison.sources.fr, 1);
    const [, second, , fourth] = words;
    if (!second || !fourth) throw new Error('the shipped paragraph is shorter than four words');
    const edited = applyEdit(comparison, { type: 'create-claim', id: 'picked', lang: 'fr', start: second.start, end: fourth.end });
    expect(edited.relations.at(-1)?.fr[0]?.quote).toBe(comparison.sources.fr.text.slice(second.start, fourth.end));
  });
});

describe('paragraphAt', () => {
  it.each([
    [0, 0],
    [TRAM_FR.indexOf('Le maire'), 1],
    [TRAM_FR.indexOf('aéroport'), 3],
    // In the blank line between two paragraphs: the one before.
    [TRAM_FR.indexOf('\n\nLe maire') + 1, 0],
  ])('finds the paragraph that holds offset %i', (offset, expected) => {
    const source = sourceOf('fr', TRAM_FR.split('\n\n'));
    expect(paragraphAt(source, offset)).toBe(expected);
  });
});

describe('wordsCovered', () => {
  const source = sourceOf('en', ['The next session will be held on 3 October.']);
  const words = paragraphWords(source, 0);
  const at = (text: string) => source.text.indexOf(text);

  it.each([
    ['whole words', at('session'), at('session will') + 'session will'.length, { from: 2, to: 3 }],
    ['parts of words, which count whole', at('ssion'), at('wi') + 2, { from: 2, to: 3 }],
    ['a sloppy selection with the spaces around', at(' next') , at('next ') + 5, { from: 1, to: 1 }],
    ['only a space between two words', at(' will'), at(' will') + 1, null],
  ])('finds the words of %s', (_, start, end, expected) => {
    expect(wordsCovered(words, start, end)).toEqual(expected);
  });
});
