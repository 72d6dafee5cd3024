import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findDates } from '../../../src/core/engine/dates';
import { foldKeepingOffsets } from '../../../src/core/engine/normalize';
import type { Lang } from '../../../src/core/model/types';

const keys = (text: string, lang: Lang) => findDates(text, foldKeepingOffsets(text), lang).map((mark) => mark.key).sort();

describe('findDates', () => {
  it.each([
    ['le 14 juillet 2017', 'on July 14, 2017'],
    ['le 14/07/2017', 'on 14 July 2017'],
    ['le 14.07.2017', 'on the 14th of July 2017'],
    ['mercredi', 'Wednesday'],
    ['lundi 3 mars', 'Monday, March 3'],
    ['à 11h03', 'at 11:03 am'],
    ['à 15 h 30', 'at 3.30 p.m.'.replace('3.30', '3:30')],
    ['à 16h38', 'at 1638 GMT'],
    // A range names both its days, whichever side of the month each language puts them.
    ['du 17 au 21 novembre', 'on November 17-21'],
    ['entre le 8 et le 28 octobre', 'between 8 to 28 October'],
    ['du 2 au 5 mai', 'from May 2 to 5'],
  ])('gives French %j and English %j the same keys', (fr, en) => {
    expect(keys(fr, 'fr')).toEqual(keys(en, 'en'));
    expect(keys(fr, 'fr')).not.toEqual([]);
  });

  it('does not take the English verbs "may" and "march" for months', () => {
    expect(keys('They may march on Monday.', 'en')).toEqual(['wd:1']);
  });

  it('reads a four-digit number without separator as a year, and one with a separator as a number', () => {
    expect(keys('en 1996', 'fr')).toEqual(['y:1996']);
    expect(keys('1,996 people', 'en')).toEqual([]);
  });

  it('does not take a count after a date for the end of a range', () => {
    expect(keys('on March 3 and 5 people', 'en')).toEqual(['d:3-3', 'm:3']);
  });

  it('reads four digits before a time zone as a clock time, not a year', () => {
    expect(keys('at 1638 GMT', 'en')).toEqual(['t:16:38']);
    expect(keys('à 0930 UTC', 'fr')).toEqual(['t:9:30']);
    expect(keys('in 1638 Galileo', 'en')).toEqual(['y:1638']);
  });

  it('reads a year only in four digits in a row, on any text (the intake turns other lines away as datelines)', () => {
    const piece = fc.oneof(
      fc.stringMatching(/^\d{1,5}$/),
      fc.constantFrom('/', '.', ',', ' ', '-', ':', 'h', ' am', ' GMT', 'er', 'th', 'le ', 'of ', '²', '٣', '１', 'É'),
      fc.constantFrom('juillet', 'July', 'sept', 'Dec', 'mercredi', 'Monday', 'mai', 'May'),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.constantFrom<Lang>('fr', 'en'), (pieces, lang) => {
        const text = pieces.join('');
        for (const mark of findDates(text, foldKeepingOffsets(text), lang)) {
          if (mark.part === 'year') expect(text.slice(mark.start, mark.end)).toMatch(/\d{4}/);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
