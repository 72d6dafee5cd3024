import { describe, expect, it } from 'vitest';
import { readPageTime } from '../../../src/core/reading/index';

describe('readPageTime', () => {
  it.each([
    ['11h03', 'fr', { hour: 11, minute: 3, day: null }],
    ['11h05 le 14/07', 'fr', { hour: 11, minute: 5, day: '2017-07-14' }],
    ['14/07/2016 à 9h30', 'fr', { hour: 9, minute: 30, day: '2016-07-14' }],
    ['10:30', 'en', { hour: 10, minute: 30, day: null }],
  ] as const)('reads %j written by a page in %s', (text, lang, expected) => {
    expect(readPageTime(text, lang, 2017)).toEqual(expected);
  });

  it.each([
    { text: '10:30 on 05/06', lang: 'en', why: 'an English day and month could be in either order' },
    { text: '11h05 heure de Pékin', lang: 'fr', why: 'words it does not know' },
    { text: '25h10', lang: 'fr', why: 'no such hour' },
    { text: '11h05 le 31/02', lang: 'fr', why: 'no such day' },
    { text: '11h05 le 14/07', lang: 'fr', why: 'a day without a year, and no publication year to take it from' },
    { text: 'hier', lang: 'fr', why: 'no time at all' },
  ] as const)('leaves $text ($lang) unread: $why', ({ text, lang }) => {
    expect(readPageTime(text, lang, text.includes('14/07') ? null : 2017)).toBeNull();
  });
});
