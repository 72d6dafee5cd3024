import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { plainSentenceBreaks } from '../../../src/core/text/plainSentenceBreaks';
import { segmentParagraphs, segmentSentences } from '../../../src/core/text/segment';

const slices = (text: string, ranges: readonly (readonly [number, number])[]) => ranges.map(([s, e]) => text.slice(s, e));

describe('segmentParagraphs', () => {
  it('splits on blank lines, even lines holding only spaces, and keeps line breaks inside a paragraph', () => {
    const text = 'Premier paragraphe,\nsur deux lignes.\n\n  \t\nSecond.\n\n\n\nTroisième.';
    expect(slices(text, segmentParagraphs(text))).toEqual(['Premier paragraphe,\nsur deux lignes.', 'Second.', 'Troisième.']);
  });

  it.each([
    ['', []],
    ['\n\n  \n', []],
    ['Un seul.', ['Un seul.']],
    ['  Indenté.  \n', ['Indenté.']],
  ])('finds the paragraphs of %j', (text, expected) => {
    expect(slices(text, segmentParagraphs(text))).toEqual(expected);
  });

  it('returns ordered, disjoint ranges that start and end on visible characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', ' ', '\n', '\n\n', 'é', '.'), { maxLength: 60 }), (chars) => {
        const text = chars.join('');
        const ranges = segmentParagraphs(text);
        let previousEnd = 0;
        for (const [start, end] of ranges) {
          expect(start).toBeGreaterThanOrEqual(previousEnd);
          expect(text.slice(start, end).trim()).toBe(text.slice(start, end));
          expect(text.slice(start, end)).not.toMatch(/\n[^\S\n]*\n/);
          previousEnd = end;
        }
        expect(ranges.length === 0).toBe(text.trim() === '');
      }),
    );
  });
});

describe('segmentSentences', () => {
  it('splits French sentences and keeps "M." with the name that follows', () => {
    const text = 'M. Zhang a parlé mercredi. Le ministère dément ! Est-ce vrai ? Oui.';
    expect(slices(text, segmentSentences(text, 'fr'))).toEqual(['M. Zhang a parlé mercredi.', 'Le ministère dément !', 'Est-ce vrai ?', 'Oui.']);
  });

  it('keeps English abbreviations such as "Mr." and "e.g." inside their sentence', () => {
    const text = 'Mr. Zhang spoke on Wednesday. Some firms, e.g. banks, rent lines. That is all.';
    expect(slices(text, segmentSentences(text, 'en'))).toEqual(['Mr. Zhang spoke on Wednesday.', 'Some firms, e.g. banks, rent lines.', 'That is all.']);
  });

  it('keeps a time\'s "p.m." with the zone that follows it, and ends a sentence at "p.m." elsewhere', () => {
    const text = 'A fire broke out at around 9:30 p.m. GMT on Tuesday, officials said. It burned until 2 a.m. Firefighters stayed all night.';
    const sentences = segmentSentences(text, 'en').map(([start, end]) => text.slice(start, end));
    expect(sentences).toEqual(['A fire broke out at around 9:30 p.m. GMT on Tuesday, officials said.', 'It burned until 2 a.m.', 'Firefighters stayed all night.']);
    expect(segmentSentences(text, 'en', [0, text.length], plainSentenceBreaks)).toEqual(segmentSentences(text, 'en'));
  });

  it('gives offsets into the whole text when asked for one paragraph', () => {
    const text = 'Titre\n\nPremière phrase. Deuxième phrase.';
    const ranges = segmentSentences(text, 'fr', [7, text.length]);
    expect(ranges).toEqual([
      [7, 23],
      [24, 40],
    ]);
    expect(slices(text, ranges)).toEqual(['Première phrase.', 'Deuxième phrase.']);
  });

  it('returns nothing for white space', () => {
    expect(segmentSentences('  \n ', 'en')).toEqual([]);
  });

  it('gives the same sentences with the engine\'s faster reader of the rules as with ICU alone, on any text', () => {
    const piece = fc.oneof(
      fc.constantFrom('Mr.', 'M.', 'e.g.', 'J.-C.', 'etc.', 'Il part', 'word', 'U.S.', '.', '!', '?', '…', ' ', '\u00a0', '\n', '"', '»', ')', 'a', 'B', '3.5', ',', '\u3000', '。'),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), fc.constantFrom<'fr' | 'en'>('fr', 'en'), (pieces, lang) => {
        const text = pieces.join('');
        expect(segmentSentences(text, lang, [0, text.length], plainSentenceBreaks)).toEqual(segmentSentences(text, lang));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives ordered, trimmed sentences that hold every visible character once, and ends none on an abbreviation but the last, on any text', () => {
    const abbreviations = { fr: ['m.', 'etc.', 'j.-c.'], en: ['mr.', 'e.g.', 'etc.'] } as const;
    const piece = fc.oneof(
      fc.constantFrom('Mr.', 'M.', 'MR.', 'e.g.', 'J.-C.', 'etc.', 'Il part', 'word', '.', '!', '?', '…', ' ', '\u00a0', '\n', '\t', '\u2028', '\u3000', '"', ')', 'a', 'B', '3.5'),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), fc.constantFrom<'fr' | 'en'>('fr', 'en'), fc.nat(), (pieces, lang, cut) => {
        const text = pieces.join('');
        const from = cut % (text.length + 1);
        const ranges = segmentSentences(text, lang, [from, text.length]);
        let covered = from;
        ranges.forEach(([start, end], index) => {
          const sentence = text.slice(start, end);
          expect(sentence).not.toBe('');
          expect(sentence.trim()).toBe(sentence);
          expect(text.slice(covered, start).trim()).toBe(''); // nothing visible between two sentences
          const lastWord = sentence.slice(sentence.lastIndexOf(' ') + 1).toLowerCase();
          if (index < ranges.length - 1) expect(abbreviations[lang]).not.toContain(lastWord);
          covered = end;
        });
        expect(text.slice(covered).trim()).toBe('');
      }),
      { numRuns: 2000 },
    );
  });
});
