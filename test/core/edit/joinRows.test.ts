import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../src/core/edit/applyEdit';
import { canJoin } from '../../../src/core/edit/index';
import { codeOf, expectValid, shipped, tram } from './fixtures';

describe("applyEdit: 'join-rows'", () => {
  it('merges a row with the next one, paragraphs in order, with no score since a reader made it', () => {
    const before = tram();
    const after = applyEdit(before, { type: 'join-rows', row: 0 });
    expect(after.alignment).toEqual([
      { fr: [0, 1], en: [0, 1, 2], score: null },
      ...before.alignment.slice(2),
    ]);
    expect(after.relations).toBe(before.relations);
    expect(after.sources).toBe(before.sources);
    expectValid(after);
  });

  it('joins two one-sided rows of the shipped comparison into one', () => {
    const before = shipped();
    expect(before.alignment.slice(2, 4)).toEqual([
      { fr: [], en: [2], score: null },
      { fr: [], en: [3], score: null },
    ]);
    const after = applyEdit(before, { type: 'join-rows', row: 2 });
    expect(after.alignment).toHaveLength(before.alignment.length - 1);
    expect(after.alignment[2]).toEqual({ fr: [], en: [2, 3], score: null });
    expect(after.alignment.slice(3)).toEqual(before.alignment.slice(4));
    expectValid(after);
  });

  it('joins the last two rows', () => {
    const before = tram();
    const after = applyEdit(before, { type: 'join-rows', row: 3 });
    expect(after.alignment.at(-1)).toEqual({ fr: [3], en: [3, 4], score: null });
    expectValid(after);
  });

  it("refuses the last row, which has no next row: 'cannot-join-last'", () => {
    expect(codeOf(() => applyEdit(tram(), { type: 'join-rows', row: 4 }))).toBe('cannot-join-last');
  });

  it.each([-1, 5, 99, 1.5, Number.NaN])("refuses row %d, which does not exist: 'no-such-row'", (row) => {
    expect(codeOf(() => applyEdit(tram(), { type: 'join-rows', row }))).toBe('no-such-row');
  });
});

describe('canJoin', () => {
  it('says yes for every row but the last, and no for rows that do not exist', () => {
    const comparison = tram();
    expect([0, 1, 2, 3, 4].map((row) => canJoin(comparison, row))).toEqual([true, true, true, true, false]);
    expect([-1, 5, 0.5].map((row) => canJoin(comparison, row))).toEqual([false, false, false]);
  });

  it('agrees with applyEdit on every row of the shipped comparison', () => {
    const comparison = shipped();
    comparison.alignment.forEach((_, row) => {
      const edit = () => applyEdit(comparison, { type: 'join-rows', row });
      if (canJoin(comparison, row)) expectValid(edit());
      else expect(codeOf(edit)).toBe('cannot-join-last');
    });
  });
});
