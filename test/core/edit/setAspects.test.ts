import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../src/core/edit/applyEdit';
import { codeOf, expectValid, findingOf, shipped, tram } from './fixtures';

describe("applyEdit: 'set-aspects'", () => {
  it('stores the aspects in the order of ASPECTS, each once, and confirms what the engine proposed', () => {
    const after = applyEdit(tram(), { type: 'set-aspects', id: 'a3', aspects: ['wording', 'date', 'wording', 'number'] });
    expect(findingOf(after, 'a3')).toMatchObject({ aspects: ['date', 'number', 'wording'], status: 'confirmed' });
    expectValid(after);
  });

  it('takes every aspect away', () => {
    const after = applyEdit(shipped(), { type: 'set-aspects', id: 'who-when-where', aspects: [] });
    expect(findingOf(after, 'who-when-where').aspects).toEqual([]);
    expect(findingOf(after, 'who-when-where')).not.toHaveProperty('status');
    expectValid(after);
  });

  it('puts aspects that a file lists in its own order into the order of ASPECTS', () => {
    const before = shipped();
    expect(findingOf(before, 'who-when-where').aspects).toEqual(['actor', 'venue', 'date']);
    const after = applyEdit(before, { type: 'set-aspects', id: 'who-when-where', aspects: ['venue', 'date', 'actor'] });
    expect(findingOf(after, 'who-when-where').aspects).toEqual(['date', 'actor', 'venue']);
    expectValid(after);
  });

  it('changes nothing, and returns the same comparison, when the same aspects come in another order or twice', () => {
    const before = applyEdit(tram(), { type: 'set-aspects', id: 'a3', aspects: ['date', 'number'] });
    expect(applyEdit(before, { type: 'set-aspects', id: 'a3', aspects: ['number', 'date', 'number'] })).toBe(before);
    expect(applyEdit(tram(), { type: 'set-aspects', id: 'a3', aspects: ['number', 'number'] })).toBe(tram());
  });

  it("refuses aspects on a finding that is not a discrepancy: 'aspects-need-discrepancy'", () => {
    expect(codeOf(() => applyEdit(tram(), { type: 'set-aspects', id: 'a1', aspects: ['date'] }))).toBe('aspects-need-discrepancy');
    expect(codeOf(() => applyEdit(tram(), { type: 'set-aspects', id: 'a4', aspects: [] }))).toBe('aspects-need-discrepancy');
  });

  it("refuses a finding that does not exist: 'no-such-finding'", () => {
    expect(codeOf(() => applyEdit(tram(), { type: 'set-aspects', id: 'zz', aspects: [] }))).toBe('no-such-finding');
  });
});
