import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../src/core/edit/applyEdit';
import { allowedKinds } from '../../../src/core/edit/index';
import type { FindingKind } from '../../../src/core/model/index';
import { codeOf, expectValid, findingOf, shipped, tram } from './fixtures';

describe('allowedKinds', () => {
  it.each([
    ['a1', ['match', 'discrepancy']],
    ['a3', ['match', 'discrepancy']],
    ['a4', ['only-fr']],
    ['a6', ['only-en']],
  ])('gives the kinds that fit the quotes of %s', (id, kinds) => {
    expect(allowedKinds(findingOf(tram(), id))).toEqual(kinds);
  });
});

describe("applyEdit: 'set-kind'", () => {
  it('makes a discrepancy a match, clearing its aspects, confirms what the engine proposed, and marks its reading of the discrepancy out of date', () => {
    const before = tram();
    const after = applyEdit(before, { type: 'set-kind', id: 'a3', kind: 'match' });
    expect(findingOf(after, 'a3')).toEqual({
      ...findingOf(before, 'a3'),
      kind: 'match',
      aspects: [],
      status: 'confirmed',
      edited: true,
      noteStanding: { fr: 'outdated', en: 'outdated' },
    });
    expect(after.relations.filter((finding) => finding.id !== 'a3')).toEqual(before.relations.filter((finding) => finding.id !== 'a3'));
    expectValid(after);
  });

  it('makes a match a discrepancy, with no aspect until the reader names one', () => {
    const after = applyEdit(tram(), { type: 'set-kind', id: 'a1', kind: 'discrepancy' });
    expect(findingOf(after, 'a1')).toMatchObject({ kind: 'discrepancy', aspects: [], status: 'confirmed' });
    expectValid(after);
  });

  it('keeps a curated finding without status, and a rejected one rejected', () => {
    const curated = applyEdit(shipped(), { type: 'set-kind', id: 'lost-negation', kind: 'match' });
    expect(findingOf(curated, 'lost-negation')).toMatchObject({ kind: 'match', aspects: [] });
    expect(findingOf(curated, 'lost-negation')).not.toHaveProperty('status');
    expectValid(curated);
    const rejected = applyEdit(tram(), { type: 'set-status', id: 'a1', status: 'rejected' });
    expect(findingOf(applyEdit(rejected, { type: 'set-kind', id: 'a1', kind: 'discrepancy' }), 'a1').status).toBe('rejected');
  });

  it('changes nothing, and returns the same comparison, when the kind is already set', () => {
    const before = tram();
    expect(applyEdit(before, { type: 'set-kind', id: 'a3', kind: 'discrepancy' })).toBe(before);
    expect(applyEdit(before, { type: 'set-kind', id: 'a4', kind: 'only-fr' })).toBe(before);
  });

  it.each<[string, FindingKind]>([
    ['a4', 'match'],
    ['a4', 'only-en'],
    ['a6', 'discrepancy'],
    ['a1', 'only-fr'],
  ])("refuses to make %s a %s: 'kind-not-allowed'", (id, kind) => {
    expect(codeOf(() => applyEdit(tram(), { type: 'set-kind', id, kind }))).toBe('kind-not-allowed');
  });

  it("refuses a finding that does not exist: 'no-such-finding'", () => {
    expect(codeOf(() => applyEdit(tram(), { type: 'set-kind', id: 'zz', kind: 'match' }))).toBe('no-such-finding');
  });
});
