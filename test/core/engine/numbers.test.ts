import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNumbers, measureKeys, sameQuantity, type Quantity } from '../../../src/core/engine/numbers';
import { foldKeepingOffsets } from '../../../src/core/engine/normalize';
import type { Lang } from '../../../src/core/model/types';

const values = (text: string, lang: Lang) => findNumbers(text, foldKeepingOffsets(text), lang).filter((q) => !q.soft).map((q) => q.value);

describe('findNumbers', () => {
  it.each([
    ['1 000,5', '1,000.5', 1000.5],
    ['15 000 yuans', '15,000 yuan', 15000],
    ['15\u202f000 yuans', '15,000 yuan', 15000],
    ['1,5 million', '1.5 million', 1_500_000],
    ['2,3 milliards', '2.3bn', 2_300_000_000],
    ['325 M$', '$325 million', 325_000_000],
  ])('reads French %j and English %j as the same value', (fr, en, value) => {
    expect(values(fr, 'fr')).toEqual([value]);
    expect(values(en, 'en')).toEqual([value]);
  });

  it('leaves numbers inside names alone ("COVID-19", "G20")', () => {
    expect(values('Le G20 parle du COVID-19.', 'fr')).toEqual([]);
  });

  it('reads number words as soft values', () => {
    const [word] = findNumbers('three ministers', 'three ministers', 'en');
    expect(word).toMatchObject({ value: 3, soft: true });
  });

  it.each([
    ['Une centaine de bâtiments', 'fr', 100],
    ["Une vingtaine d'élus", 'fr', 20],
    ['Des dizaines de maisons', 'fr', 10],
    ['A dozen people', 'en', 12],
    ['Dozens of houses', 'en', 12],
  ] as const)('reads an approximate count as a soft, approximate value: %j', (text, lang, value) => {
    expect(findNumbers(text, foldKeepingOffsets(text), lang)).toEqual([expect.objectContaining({ value, soft: true, approximate: true })]);
  });

  it.each([
    ["France's third-largest city", 'en', 3],
    ['the second most populous region', 'en', 2],
    ['la deuxième plus grande ville', 'fr', 2],
  ] as const)('reads an ordinal followed by a superlative as a rank: %j', (text, lang, value) => {
    expect(findNumbers(text, foldKeepingOffsets(text), lang)).toEqual([expect.objectContaining({ value, soft: true, rank: true })]);
  });

  it.each([
    ['eight-and-a-half tons', 'en', 8.5, 'eight-and-a-half'],
    ['trois et demi', 'fr', 3.5, 'trois et demi'],
  ] as const)('reads a half after a number in words: %j', (text, lang, value, written) => {
    expect(findNumbers(text, foldKeepingOffsets(text), lang)).toEqual([expect.objectContaining({ value, text: written })]);
  });

  it.each([
    ['5 000 hectares', 'fr', 'area', 5e7],
    ['12,000 acres', 'en', 'area', 12000 * 4046.8564224],
    ['3 km²', 'fr', 'area', 3e6],
    ['3 km', 'fr', 'length', 3000],
  ] as const)('reads an area apart from a length: %j', (text, lang, dimension, base) => {
    expect(findNumbers(text, foldKeepingOffsets(text), lang)[0]?.measure).toMatchObject({ dimension, base });
  });

  it.each([
    ['lors de la 30e journée', 'fr', 30],
    ['dès la 12e minute', 'fr', 12],
    ['le 1er tour', 'fr', 1],
    ['in the 67th minute', 'en', 67],
    ['the 21st century', 'en', 21],
  ] as const)('reads a figure in digits with an ordinal ending as an ordinal: %j', (text, lang, value) => {
    expect(findNumbers(text, foldKeepingOffsets(text), lang)).toEqual([expect.objectContaining({ value, ordinal: true, soft: false })]);
  });

  it.each([
    ['le second tour', 'fr'],
    ['the third round', 'en'],
  ] as const)('reads an ordinal before a plain noun as no rank: %j', (text, lang) => {
    expect(findNumbers(text, foldKeepingOffsets(text), lang)).toEqual([expect.not.objectContaining({ rank: true })]);
  });

  it.each([
    ['La ville a été mise en quarantaine.', 'fr'],
    ['Il a passé la trentaine.', 'fr'],
  ] as const)('leaves a count noun without "de" alone (a quarantine, an age): %j', (text, lang) => {
    expect(findNumbers(text, foldKeepingOffsets(text), lang)).toEqual([]);
  });
});

describe('measureKeys', () => {
  const measureOf = (sentence: string, lang: Lang) => (findNumbers(sentence, foldKeepingOffsets(sentence), lang)[0] as Quantity).measure;
  const keysOf = (sentence: string, lang: Lang) => {
    const measure = measureOf(sentence, lang);
    expect(measure).toBeDefined();
    return new Set(measure ? measureKeys(measure) : []);
  };
  const share = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].some((key) => b.has(key));

  it.each([
    ['Les trains roulaient à 80 km/h.', 'Trains ran at 50 mph.'],
    ['Les trains roulaient à 130 km/h.', 'Trains ran at 81 mph.'],
    ['à une profondeur de 10 km', 'at a depth of 6 miles'],
    ['L’avion volait à 850 km/h.', 'The plane flew at 530 mph.'],
    ['Il faisait 35 °C à Paris.', 'It was 95°F in Paris.'],
  ])('gives a figure and its conversion a key in common: %j / %j', (fr, en) => {
    expect(share(keysOf(fr, 'fr'), keysOf(en, 'en'))).toBe(true);
  });

  it.each([
    ['Les trains roulaient à 80 km/h.', 'Trains ran at 81 mph.'],
    ['L’avion volait à 850 km/h.', 'The plane flew at 630 mph.'],
    ['La route fait 120 kilomètres.', 'The road is 120 miles long.'],
  ])('gives figures far apart no key in common: %j / %j', (fr, en) => {
    expect(share(keysOf(fr, 'fr'), keysOf(en, 'en'))).toBe(false);
  });

  it('holds for every pair of measures within the conversion tolerance', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1e9, noNaN: true }), fc.double({ min: -0.029, max: 0.029, noNaN: true }), (base, share) => {
        const a = new Set(measureKeys({ dimension: 'length', base }));
        const b = new Set(measureKeys({ dimension: 'length', base: base * (1 + share) }));
        return [...a].some((key) => b.has(key));
      }),
    );
  });
});

describe('sameQuantity', () => {
  const quantity = (value: number, mantissa = value) => ({ value, mantissa, text: String(value), start: 0, end: 1, soft: false });
  it('matches a figure written with and without its scale word, and a figure rounded', () => {
    expect(sameQuantity(quantity(6), quantity(6_000_000, 6))).toBe(true);
    expect(sameQuantity(quantity(45.72), quantity(46))).toBe(true);
  });
  it('tells different figures apart', () => {
    expect(sameQuantity(quantity(12), quantity(15))).toBe(false);
    expect(sameQuantity(quantity(45.72), quantity(47))).toBe(false);
  });
});

describe('sameQuantity with units', () => {
  const first = (sentence: string, lang: 'fr' | 'en') => findNumbers(sentence, foldKeepingOffsets(sentence), lang)[0] as Quantity;

  it.each([
    ['L’avion volait à 850 km/h.', 'The plane flew at 530 mph.'],
    ['La route fait 120 kilomètres.', 'The road is 75 miles long.'],
    ['Il pèse 90 kg.', 'He weighs 198 pounds.'],
    ['Il faisait 35 °C à Paris.', 'It was 95°F in Paris.'],
    ['La tour mesure 300 mètres.', 'The tower is 984 feet tall.'],
    ['Le gisement contient 40 milliards de mètres cubes de gaz.', 'The field holds 1.4 trillion cubic feet of gas.'],
    ['Le puits donne 1 000 barils par jour.', 'The well gives 159 cubic metres a day.'],
  ])('takes a conversion for the same figure: %j / %j', (fr, en) => {
    expect(sameQuantity(first(fr, 'fr'), first(en, 'en'))).toBe(true);
  });

  it.each([
    ['L’avion volait à 850 km/h.', 'The plane flew at 630 mph.'],
    ['Il faisait 35 °C à Paris.', 'It was 35°F in Paris.'],
    ['La route fait 120 kilomètres.', 'The road is 120 miles long.'],
    ['Le gisement contient 40 milliards de mètres cubes de gaz.', 'The field holds 40 billion cubic feet of gas.'],
  ])('tells a different figure from a conversion: %j / %j', (fr, en) => {
    expect(sameQuantity(first(fr, 'fr'), first(en, 'en'))).toBe(false);
  });
});
