import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/core/intake/detectLanguage';
import { checkPair, SIDE_LIMIT, utf8Length } from '../../../src/core/intake/index';
import { PAIRS } from '../engine/fixtures';

const FRENCH = PAIRS.map(([fr]) => fr).join(' ');
const ENGLISH = PAIRS.map(([, en]) => en).join(' ');

describe('detectLanguage', () => {
  it('tells French from English', () => {
    expect(detectLanguage(FRENCH)).toBe('fr');
    expect(detectLanguage(ENGLISH)).toBe('en');
  });

  it.each([
    ['a text too short to tell', 'Le ministère'],
    ['names and figures only', 'Emmanuel Macron, Donald Trump — 2017, 12 %, 340 — https://journal.example/a/b/c'],
    ['an even mix of both', PAIRS.map(([fr, en], k) => (k % 2 === 0 ? fr : en)).join(' ')],
  ])('says nothing of %s', (_, text) => {
    expect(detectLanguage(text)).toBeNull();
  });

  it('judges a long text by stretches spread over its start, so a short foreign preamble does not decide', () => {
    const preamble = 'Skip to main content. Subscribe to our newsletter. Sign in. ';
    expect(detectLanguage(preamble + FRENCH.repeat(20))).toBe('fr');
  });
});

describe('checkPair', () => {
  it('finds nothing to say of a French text and an English text', () => {
    expect(checkPair({ fr: FRENCH, en: ENGLISH })).toEqual([]);
  });

  it('blocks on an empty side, white space included', () => {
    expect(checkPair({ fr: '  \n\t ', en: ENGLISH })).toEqual([{ code: 'empty', side: 'fr', blocking: true }]);
    expect(checkPair({ fr: '', en: '' })).toEqual([
      { code: 'empty', side: 'fr', blocking: true },
      { code: 'empty', side: 'en', blocking: true },
    ]);
  });

  it('blocks on a side over the limit, measured in UTF-8 bytes', () => {
    // 'é' is two bytes: half the limit in characters is the limit in bytes.
    const atLimit = 'é'.repeat(SIDE_LIMIT / 2);
    expect(checkPair({ fr: atLimit, en: ENGLISH }).filter((issue) => issue.blocking)).toEqual([]);
    expect(checkPair({ fr: `${atLimit}e`, en: ENGLISH })).toEqual([{ code: 'too-large', side: 'fr', blocking: true, size: SIDE_LIMIT + 1 }]);
  });

  it('warns, without blocking, when the two texts are in each other’s columns', () => {
    expect(checkPair({ fr: ENGLISH, en: FRENCH })).toEqual([{ code: 'swapped', side: null, blocking: false }]);
  });

  it.each([
    ['French', FRENCH, 'fr'],
    ['English', ENGLISH, 'en'],
  ] as const)('warns when both texts are %s', (_, text, lang) => {
    expect(checkPair({ fr: text, en: text })).toEqual([{ code: 'same-language', side: null, blocking: false, detected: lang }]);
  });

  it('warns about one side in the other language when the other side cannot tell', () => {
    expect(checkPair({ fr: ENGLISH, en: 'OK' })).toEqual([{ code: 'wrong-language', side: 'fr', blocking: false, detected: 'en' }]);
    expect(checkPair({ fr: '', en: FRENCH })).toEqual([
      { code: 'empty', side: 'fr', blocking: true },
      { code: 'wrong-language', side: 'en', blocking: false, detected: 'fr' },
    ]);
  });
});

describe('utf8Length', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['é', 2],
    ['€', 3],
    ['😀', 4],
    ['\ud800', 3],
  ])('counts %j as %i bytes, as TextEncoder would', (text, bytes) => {
    expect(utf8Length(text)).toBe(bytes);
    expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
  });
});
