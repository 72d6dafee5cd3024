import { describe, expect, it } from 'vitest';
import { isWhiteSpace } from '../../../src/core/text/whiteSpace';

describe('isWhiteSpace', () => {
  it('agrees with /\\s/ and with trim on every UTF-16 code unit', () => {
    const disagreements: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      const expected = /\s/.test(char);
      if (isWhiteSpace(code) !== expected || (char.trim() === '') !== expected) disagreements.push(code.toString(16));
    }
    expect(disagreements).toEqual([]);
  });
});
