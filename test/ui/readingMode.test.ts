import { describe, expect, it } from 'vitest';
import { MODE_STORAGE_KEY, readReadingMode, withModeParam } from '../../src/ui/readingMode';

const storing = (value: string | null) => ({ getItem: (key: string) => (key === MODE_STORAGE_KEY ? value : null) });

describe('readReadingMode', () => {
  it.each([
    ['the address over the stored choice', '?mode=both', storing('translation'), 'both'],
    ['the stored choice when the address names none', '?lang=fr', storing('translation'), 'translation'],
    ['the stored choice when the address names no mode it knows', '?mode=everything', storing('both'), 'both'],
    ['the originals when nothing is chosen', '', storing(null), 'original'],
    ['the originals when the stored value is not a mode', '', storing('bilingual'), 'original'],
    ['the originals when there is no storage', '', null, 'original'],
    [
      'the originals when storage refuses to be read',
      '',
      {
        getItem: () => {
          throw new Error('denied');
        },
      },
      'original',
    ],
  ] as const)('takes %s', (_, search, storage, expected) => {
    expect(readReadingMode(search, storage)).toBe(expected);
  });
});

describe('withModeParam', () => {
  it('sets the mode and keeps every other parameter', () => {
    expect(withModeParam('http://localhost/?lang=fr&finding=core-denial&mode=original', 'both')).toBe('http://localhost/?lang=fr&finding=core-denial&mode=both');
    expect(withModeParam('http://localhost/', 'translation')).toBe('http://localhost/?mode=translation');
  });
});
