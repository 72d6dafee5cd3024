import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../src/core/edit/applyEdit';
import { RELATION_STATUSES } from '../../../src/core/model/types';
import { codeOf, expectValid, relationOf, shipped, tram } from './fixtures';

describe("applyEdit: 'set-status'", () => {
  it.each(['confirmed', 'rejected'] as const)('marks an automatic relation %s and changes nothing else', (status) => {
    const before = tram();
    const after = applyEdit(before, { type: 'set-status', id: 'a5', status });
    expect(relationOf(after, 'a5')).toEqual({ ...relationOf(before, 'a5'), status });
    expectValid(after);
  });

  it.each(RELATION_STATUSES)('gives a curated relation, which has none, the status %s', (status) => {
    const after = applyEdit(shipped(), { type: 'set-status', id: 'chongqing', status });
    expect(relationOf(after, 'chongqing').status).toBe(status);
    expectValid(after);
  });

  it('takes a judgement back to automatic', () => {
    const rejected = applyEdit(tram(), { type: 'set-status', id: 'a5', status: 'rejected' });
    const back = applyEdit(rejected, { type: 'set-status', id: 'a5', status: 'automatic' });
    expect(back.relations).toEqual(tram().relations);
  });

  it('changes nothing when the relation already has that status', () => {
    expect(applyEdit(tram(), { type: 'set-status', id: 'a5', status: 'automatic' })).toBe(tram());
  });

  it("refuses a relation that does not exist: 'no-such-relation'", () => {
    expect(codeOf(() => applyEdit(tram(), { type: 'set-status', id: 'zz', status: 'confirmed' }))).toBe('no-such-relation');
  });
});
