import { describe, expect, it } from 'vitest';
import { compareTexts } from '../../../src/core/engine/index';
import { PAIRS } from '../engine/fixtures';

/** About `count` sentences a side, in paragraphs of three, from the engine tests' parallel sentences. */
function longPair(count: number): { fr: string; en: string } {
  const side = (index: 0 | 1) =>
    Array.from({ length: Math.ceil(count / 3) }, (_, p) =>
      [0, 1, 2].map((k) => (PAIRS[(3 * p + k) % PAIRS.length] as readonly [string, string])[index]).join(' '),
    ).join('\n\n');
  return { fr: side(0), en: side(1) };
}

describe('compareTexts onProgress', () => {
  it.each([
    ['a full table', {}],
    ['a banded table', { fullTable: 1000 }],
  ])('reports rising fractions from 0 to 1, with reports inside the alignment, on %s', (_, options) => {
    const { fr, en } = longPair(900);
    const heard: number[] = [];
    const comparison = compareTexts(fr, en, { ...options, onProgress: (fraction) => heard.push(fraction) });
    expect(heard[0]).toBe(0);
    expect(heard.at(-1)).toBe(1);
    for (let k = 1; k < heard.length; k++) expect(heard[k]).toBeGreaterThan(heard[k - 1] as number);
    // 900 sentences are 3 × 256 table rows and more: the alignment reports on its way, beyond the stages' ends.
    const withinAlignment = heard.filter((fraction) => fraction > 0.42 && fraction < 0.88);
    expect(withinAlignment.length).toBeGreaterThanOrEqual(3);
    expect(comparison).toEqual(compareTexts(fr, en, options));
  });

  it('reports 0 and 1 even for a pair of one sentence', () => {
    const heard: number[] = [];
    compareTexts('Le chat dort.', 'The cat sleeps.', { onProgress: (fraction) => heard.push(fraction) });
    expect(heard[0]).toBe(0);
    expect(heard.at(-1)).toBe(1);
  });
});
