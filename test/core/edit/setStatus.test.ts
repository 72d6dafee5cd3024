import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../src/core/edit/applyEdit';
import { FINDING_STATUSES } from '../../../src/core/model/types';
import { codeOf, expectValid, findingOf, shipped, tram } from './fixtures';

describe("applyEdit: 'set-status'", () => {
  it.each(['confirmed', 'rejected'] as const)('marks an automatic finding %s and changes nothing else', (status) => {
    const before = tram();
    const after = applyEdit(before, { type: 'set-status', id: 'a5', status });
    expect(findingOf(after, 'a5')).toEqual({ ...findingOf(before, 'a5'), status });
    expectValid(after);
  });

  it.each(FINDING_STATUSES)('gives a curated finding, which has none, the status %s', (status) => {
    const after = applyEdit(shipped(), { type: 'set-status', id: 'chongqing', status });
    expect(findingOf(after, 'chongqing').status).toBe(status);
    expectValid(after);
  });

  it('takes a judgement back to automatic', () => {
    const rejected = applyEdit(tram(), { type: 'set-status', id: 'a5', status: 'rejected' });
    const back = applyEdit(rejected, { type: 'set-status', id: 'a5', status: 'automatic' });
    expect(back.relations).toEqual(tram().relations);
  });

  it('changes nothing when the finding already has that status', () => {
    expect(applyEdit(tram(), { type: 'set-status', id: 'a5', status: 'automatic' })).toBe(tram());
  });

  it("refuses a finding that does not exist: 'no-such-finding'", () => {
    expect(codeOf(() => applyEdit(tram(), { type: 'set-status', id: 'zz', status: 'confirmed' }))).toBe('no-such-finding');
  });
});
