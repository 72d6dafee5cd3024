import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../src/core/edit/applyEdit';
import { uniqueName } from '../../../src/core/library/index';
import { codeOf, tram } from './fixtures';

describe('applyEdit: rename', () => {
  it('gives the comparison the new name, white space run together and trimmed, and leaves the rest', () => {
    const comparison = tram();
    const renamed = applyEdit(comparison, { type: 'rename', name: '  Council   works, both accounts ' });
    expect(renamed.name).toBe('Council works, both accounts');
    expect({ ...renamed, name: comparison.name }).toEqual(comparison);
    expect(comparison.name).not.toBe(renamed.name);
  });

  it('changes nothing when the name is the one it has', () => {
    const comparison = tram();
    expect(applyEdit(comparison, { type: 'rename', name: ` ${comparison.name} ` })).toBe(comparison);
  });

  it.each(['', '   ', '\n\t'])('refuses a blank name (%j)', (name) => {
    expect(codeOf(() => applyEdit(tram(), { type: 'rename', name }))).toBe('empty-name');
  });
});

describe('uniqueName', () => {
  it.each([
    ['miit-vpn', [], 'miit-vpn'],
    ['miit-vpn', ['other'], 'miit-vpn'],
    ['miit-vpn', ['miit-vpn'], 'miit-vpn (2)'],
    ['miit-vpn', ['miit-vpn', 'miit-vpn (2)'], 'miit-vpn (3)'],
    ['miit-vpn (2)', ['miit-vpn', 'miit-vpn (2)'], 'miit-vpn (3)'],
    ['Élection (municipale)', ['Élection (municipale)'], 'Élection (municipale) (2)'],
  ] as const)('names %j, the library holding %j, as %j', (name, taken, expected) => {
    expect(uniqueName(name, taken)).toBe(expected);
  });
});
