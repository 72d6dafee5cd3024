import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../../src/core/model/index';
import { isFindingGone } from '../../../src/ui/editing/useCloseGoneFinding';

/** A comparison reduced to what the check reads: the ids of its findings. */
const holding = (...ids: string[]) => ({ relations: ids.map((id) => ({ id })) }) as unknown as Comparison;

describe('isFindingGone', () => {
  it.each([
    ['counts a finding a step took away as gone', holding('r1', 'r2'), holding('r1'), 'r2', true],
    ['counts a finding still there as kept', holding('r1', 'r2'), holding('r2'), 'r2', false],
    ['leaves a finding that was never there (a bad address) to be reported missing', holding('r1'), holding('r1'), 'r9', false],
    ['counts a finding a step brought in as kept', holding('r1'), holding('r1', 'r2'), 'r2', false],
  ])('%s', (_, before, after, id, gone) => {
    expect(isFindingGone(before, after, id)).toBe(gone);
  });
});
