import { describe, expect, it } from 'vitest';
import { quoteInput, showControlCharacters } from '../../../src/core/text/index';
import { describeInput } from '../../../src/core/text/quoteInput';

describe('quoteInput', () => {
  it.each([
    ['maybe', '"maybe"'],
    ['say "hi" \\ there', '"say \\"hi\\" \\\\ there"'],
    ['bad\u001b]0;x\u0007\u009b\u202e\r', '"bad\\u001b]0;x\\u0007\\u009b\\u202e\\u000d"'],
    ['headline\ud800', '"headline\\ud800"'],
    ['x'.repeat(200_000), `"${'x'.repeat(59)}…"`],
    [`${'x'.repeat(58)}😀😀`, `"${'x'.repeat(58)}…"`],
  ])('quotes %j as %j', (text, quoted) => {
    expect(quoteInput(text)).toBe(quoted);
  });
});

describe('describeInput', () => {
  it('describes a list nested 100,000 deep without recursing', () => {
    let deep: unknown = [];
    for (let k = 0; k < 100_000; k++) deep = [deep];
    expect(describeInput(deep)).toBe('a list of 1');
  });
});

describe('showControlCharacters', () => {
  it('keeps what it is told to keep, and shows every other control', () => {
    expect(showControlCharacters('a\nb\tc\u001bd', '\n\t')).toBe('a\nb\tc\\u001bd');
  });
});
