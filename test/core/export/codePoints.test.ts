import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointsAfter, codePointsBefore, indexCodePoints } from '../../../src/core/export/codePoints';

describe('indexCodePoints', () => {
  it('counts a character outside the Basic Multilingual Plane as one code point', () => {
    const text = 'a😀b𝔸c';
    const index = indexCodePoints(text);
    expect([0, 1, 3, 4, 6, 7].map(index.toCodePoint)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('agrees with Array.from at every offset, across checkpoints, pairs cut or not', () => {
    const unit = fc.constantFrom('a', 'é', '😀', '𝔸', '\uD800', '\uDC00', '\n');
    fc.assert(
      fc.property(fc.string({ unit, minLength: 0, maxLength: 2600 }), fc.array(fc.nat(), { maxLength: 20 }), (text, picks) => {
        const index = indexCodePoints(text);
        for (const pick of [0, text.length, ...picks.map((p) => p % (text.length + 1))]) {
          expect(index.toCodePoint(pick)).toBe(Array.from(text.slice(0, pick)).length);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('refuses an offset outside the text, as a bug', () => {
    expect(() => indexCodePoints('abc').toCodePoint(4)).toThrow(/this is a bug/);
  });
});

describe('codePointsBefore and codePointsAfter', () => {
  it('take whole code points, never half a pair', () => {
    const text = '😀😀😀abc😀😀😀';
    expect(codePointsBefore(text, 6, 2)).toBe('😀😀');
    expect(codePointsBefore(text, 9, 4)).toBe('😀abc');
    expect(codePointsAfter(text, 9, 2)).toBe('😀😀');
    expect(codePointsAfter(text, 6, 5)).toBe('abc😀😀');
  });

  it('stop at the ends of the text', () => {
    expect(codePointsBefore('abc', 1, 32)).toBe('a');
    expect(codePointsAfter('abc', 2, 32)).toBe('c');
    expect(codePointsAfter('abc', 3, 32)).toBe('');
  });
});
