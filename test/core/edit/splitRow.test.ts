import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../src/core/edit/applyEdit';
import { splitPlaces } from '../../../src/core/edit/index';
import type { Comparison, Lang } from '../../../src/core/model/index';
import { comparisonOf } from '../pairFixture';
import { codeOf, expectValid, shipped, tram } from './fixtures';

describe("applyEdit: 'split-row'", () => {
  it('splits a 2–2 row before its second French paragraph into 1–1 and 1–1', () => {
    const original = comparisonOf([]);
    const joined = applyEdit(original, { type: 'join-rows', row: 0 });
    expect(joined.alignment).toEqual([{ fr: [0, 1], en: [0, 1], score: null }]);
    const split = applyEdit(joined, { type: 'split-row', row: 0, lang: 'fr', at: 1 });
    expect(split.alignment).toEqual(original.alignment);
    expectValid(split);
  });

  it('splits a 1–2 row before its second English paragraph into 1–1 and 0–1', () => {
    const before = tram();
    expect(before.alignment[0]).toMatchObject({ fr: [0], en: [0, 1] });
    const after = applyEdit(before, { type: 'split-row', row: 0, lang: 'en', at: 1 });
    expect(after.alignment.slice(0, 2)).toEqual([
      { fr: [0], en: [0], score: null },
      { fr: [], en: [1], score: null },
    ]);
    expect(after.alignment.slice(2)).toEqual(before.alignment.slice(1));
    expect(after.relations).toBe(before.relations);
    expectValid(after);
  });

  it.each<[string, () => Comparison, number, Lang, number, [number[], number[]], [number[], number[]]]>([
    ['2–1 before fr 1', shipped, 4, 'fr', 1, [[3], [4]], [[4], []]],
    ['1–2 before en 1', shipped, 5, 'en', 1, [[5], [5]], [[], [6]]],
    ['3–3 before fr 1', joined3, 4, 'fr', 1, [[3], [4]], [[4, 5], [5, 6]]],
    ['3–3 before fr 2', joined3, 4, 'fr', 2, [[3, 4], [4, 5]], [[5], [6]]],
    ['3–3 before en 2', joined3, 4, 'en', 2, [[3, 4], [4, 5]], [[5], [6]]],
  ])('shares the other side in proportion: %s', (_, make, row, lang, at, [firstFr, firstEn], [secondFr, secondEn]) => {
    const before = make();
    const after = applyEdit(before, { type: 'split-row', row, lang, at });
    expect(after.alignment.slice(row, row + 2)).toEqual([
      { fr: firstFr, en: firstEn, score: null },
      { fr: secondFr, en: secondEn, score: null },
    ]);
    expect(after.alignment).toHaveLength(before.alignment.length + 1);
    expectValid(after);
  });

  it.each<[string, number, Lang, number]>([
    ['before the first paragraph', 0, 'en', 0],
    ['after the last paragraph', 0, 'en', 2],
    ['between paragraphs that do not exist', 0, 'en', 5],
    ['inside a paragraph', 0, 'en', 0.5],
    ['on a side with one paragraph', 0, 'fr', 1],
    ['on a side with no paragraph', 4, 'fr', 1],
  ])("refuses a split %s: 'bad-split'", (_, row, lang, at) => {
    expect(codeOf(() => applyEdit(tram(), { type: 'split-row', row, lang, at }))).toBe('bad-split');
  });

  it("refuses a row that does not exist: 'no-such-row'", () => {
    expect(codeOf(() => applyEdit(tram(), { type: 'split-row', row: 5, lang: 'fr', at: 1 }))).toBe('no-such-row');
  });
});

describe('splitPlaces', () => {
  it('lists every split a row allows, French side first', () => {
    expect(splitPlaces(tram(), 0)).toEqual([{ lang: 'en', at: 1 }]);
    expect(splitPlaces(tram(), 1)).toEqual([]);
    expect(splitPlaces(joined3(), 4)).toEqual([
      { lang: 'fr', at: 1 },
      { lang: 'fr', at: 2 },
      { lang: 'en', at: 1 },
      { lang: 'en', at: 2 },
    ]);
  });

  it('lists nothing for a row that does not exist', () => {
    expect(splitPlaces(tram(), 5)).toEqual([]);
    expect(splitPlaces(tram(), -1)).toEqual([]);
  });

  it('offers only splits that apply, and joining back gives the same paragraphs', () => {
    const comparison = joined3();
    comparison.alignment.forEach((bead, row) => {
      for (const { lang, at } of splitPlaces(comparison, row)) {
        const split = applyEdit(comparison, { type: 'split-row', row, lang, at });
        expectValid(split);
        const back = applyEdit(split, { type: 'join-rows', row });
        expect(back.alignment[row]).toEqual({ ...bead, score: null });
      }
    });
  });
});

/** Shipped rows 4 and 5 (fr [3, 4] en [4], and fr [5] en [5, 6]) joined: fr [3, 4, 5] en [4, 5, 6]. */
function joined3(): Comparison {
  return applyEdit(shipped(), { type: 'join-rows', row: 4 });
}
