import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../src/core/edit/applyEdit';
import { codeOf, expectValid, shipped, tram } from './fixtures';

describe("applyEdit: 'delete-claim'", () => {
  it.each([
    ['the engine', tram, 'a3'],
    ['an analyst', shipped, 'lost-negation'],
  ])('removes a finding of %s and keeps the others in order, the texts and rows untouched', (_, make, id) => {
    const before = make();
    const after = applyEdit(before, { type: 'delete-claim', id });
    expect(after.relations).toEqual(before.relations.filter((finding) => finding.id !== id));
    expect(after.alignment).toBe(before.alignment);
    expect(after.sources).toBe(before.sources);
    expectValid(after);
  });

  it('removes the last finding, leaving a comparison with none', () => {
    let comparison = tram();
    for (const { id } of tram().relations) comparison = applyEdit(comparison, { type: 'delete-claim', id });
    expect(comparison.relations).toEqual([]);
    expectValid(comparison);
  });

  it("refuses a finding that does not exist: 'no-such-finding'", () => {
    expect(codeOf(() => applyEdit(tram(), { type: 'delete-claim', id: 'zz' }))).toBe('no-such-finding');
  });
});
