import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { romanOrdinalValue } from '../../../src/core/engine/romanNumerals';
import { findNumbers } from '../../../src/core/engine/numbers';
import { foldKeepingOffsets } from '../../../src/core/engine/normalize';
import { coveredWords, featuresOf } from './fixtures';

describe('romanOrdinalValue', () => {
  it.each([
    ['XIIe', 12],
    ['XIe', 11],
    ['IIIe', 3],
    ['XVIème', 16],
    ['XIXeme', 19],
    ['XXIe', 21],
    ['IVe', 4],
    ['Ve', 5],
    ['Xe', 10],
  ])('reads %j as %d', (word, value) => {
    expect(romanOrdinalValue(word)).toBe(value);
  });

  it.each(['Ce', 'De', 'Le', 'Me', 'IIIIe', 'VVe', 'IIV', 'XII', 'Ier', 'xiie', 'Mixe', 'Vie'])('reads %j as no ordinal', (word) => {
    expect(romanOrdinalValue(word)).toBeNull();
  });

  it('reads back every ordinal from 2 to 3999 written as a French text writes it', () => {
    const roman = (value: number) => {
      const digits: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
      let rest = value;
      let out = '';
      for (const [amount, letters] of digits) while (rest >= amount) { out += letters; rest -= amount; }
      return out;
    };
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 3999 }).filter((value) => ![100, 500, 50, 1000].includes(value)), (value) => {
        expect(romanOrdinalValue(`${roman(value)}e`)).toBe(value);
      }),
    );
  });
});

describe('findNumbers with Roman ordinals', () => {
  const read = (text: string) => findNumbers(text, foldKeepingOffsets(text), 'fr').map((q) => ({ text: q.text, value: q.value, ordinal: q.ordinal === true, soft: q.soft }));

  it('reads a century and a republic as ordinals as exact as digits', () => {
    expect(read('Le style des XIe et XIIe siècles, sous la IIIe République.')).toEqual([
      { text: 'XIe', value: 11, ordinal: true, soft: false },
      { text: 'XIIe', value: 12, ordinal: true, soft: false },
      { text: 'IIIe', value: 3, ordinal: true, soft: false },
    ]);
  });

  it('leaves a sentence that starts with "Ce", "Le" or "De" without a figure', () => {
    expect(read('Ce matin, Le Monde et De Gaulle.')).toEqual([]);
  });

  it('meets an English ordinal in words, which is soft: it confirms, never differs by itself', () => {
    const [word] = findNumbers('the thirteenth century', 'the thirteenth century', 'en');
    expect(word).toMatchObject({ value: 13, soft: true, ordinal: true });
    expect(findNumbers('la quatrième édition', 'la quatrieme edition', 'fr')).toEqual([expect.objectContaining({ value: 4, soft: true, ordinal: true })]);
  });

  it('covers the century in digits and in words on the other side', () => {
    const { fr, en } = featuresOf(['Un chroniqueur du XIIIe siècle le rapporte.', 'Un chroniqueur du XIIIe siècle le rapporte.'], ['A chronicler of the 13th century reports it.', 'A chronicler of the thirteenth century reports it.']);
    const [frSentence, inDigits, inWords] = [fr[0], en[0], en[1]];
    if (!frSentence || !inDigits || !inWords) throw new Error('no sentence');
    expect(coveredWords(frSentence, inDigits)).toContain('XIIIe');
    expect(coveredWords(frSentence, inWords)).toContain('XIIIe');
  });

  it('reads nothing in English, which writes the order in digits', () => {
    expect(findNumbers('XIIe', 'xiie', 'en')).toEqual([]);
  });
});
