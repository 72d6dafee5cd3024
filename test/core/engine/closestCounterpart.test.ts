import { describe, expect, it } from 'vitest';
import { closestCounterpart } from '../../../src/core/engine/closestCounterpart';
import { featuresOf } from './fixtures';

describe('closestCounterpart', () => {
  const { fr, en } = featuresOf(
    ['Le conseil municipal a voté le budget des écoles mardi.'],
    ['The weather was fine all week.', 'The city council voted on Tuesday.', 'The council voted the schools budget on Tuesday.'],
  );
  const claim = fr[0] as (typeof fr)[number];

  it('takes the neighbour that covers most of the claim, and says how much it covers', () => {
    const closest = closestCounterpart(claim, [0, 1, 2], en);
    expect(closest?.index).toBe(2);
    expect(closest?.covered).toBeGreaterThan(0.5);
    expect(closest?.covered).toBeLessThanOrEqual(1);
  });

  it('looks only at the neighbours it is given', () => {
    expect(closestCounterpart(claim, [0, 1], en)?.index).toBe(1);
  });

  it('gives a neighbour that shares nothing with a coverage of 0, and nothing without neighbours', () => {
    expect(closestCounterpart(claim, [0], en)).toEqual({ index: 0, covered: 0 });
    expect(closestCounterpart(claim, [], en)).toBeNull();
  });
});
