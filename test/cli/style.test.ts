import { describe, expect, it } from 'vitest';
import { KIND_SYMBOLS, shouldColor } from '../../src/cli/style';
import { FINDING_KINDS } from '../../src/core/model/index';

describe('shouldColor', () => {
  it.each([
    [true, {}, true],
    [false, {}, false],
    [true, { NO_COLOR: '1' }, false],
    [true, { NO_COLOR: '' }, true],
    [false, { FORCE_COLOR: '1' }, true],
    [false, { FORCE_COLOR: '0' }, false],
    [true, { FORCE_COLOR: '1', NO_COLOR: '1' }, false],
  ])('on a terminal: %s, with %j, colours: %s', (isTTY, env, expected) => {
    expect(shouldColor(isTTY, env)).toBe(expected);
  });
});

describe('KIND_SYMBOLS', () => {
  it('gives each kind a symbol of its own, so that colour is never the only cue', () => {
    const symbols = FINDING_KINDS.map((kind) => KIND_SYMBOLS[kind]);
    expect(new Set(symbols).size).toBe(FINDING_KINDS.length);
  });
});
