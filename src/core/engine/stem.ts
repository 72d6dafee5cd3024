/**
 * Light stemmers for French and English: strip one inflectional or derivational ending so that
 * "technologies" and "technologie", "reported" and "reports" meet.
 *
 * Method: longest-suffix-first stripping with a minimum stem length, in the spirit of Savoy's light
 * French stemmer (1999) and the first steps of Porter's English one (1980); not the full Snowball
 * algorithms, which also restore endings (Porter's "-ational" to "-ate"), since here the stem is a
 * look-up key used the same way on both sides, never shown. Constant time per word, memoised.
 */
import type { Lang } from '../types';

/** [suffix, replacement], longest first within each list; a stem keeps at least three letters. */
const SUFFIXES: Readonly<Record<Lang, readonly (readonly [string, string])[]>> = {
  fr: [
    ['issements', ''], ['issement', ''], ['atrices', ''], ['ateurs', ''], ['ations', ''], ['atrice', ''],
    ['ateur', ''], ['ation', ''], ['ements', ''], ['ement', ''], ['ments', ''], ['ment', ''],
    ['euses', ''], ['euse', ''], ['ences', ''], ['ence', ''], ['ances', ''], ['ance', ''],
    ['iques', ''], ['ique', ''], ['istes', ''], ['iste', ''], ['ismes', ''], ['isme', ''],
    ['ites', ''], ['ite', ''], ['ives', ''], ['ive', ''], ['ifs', ''], ['if', ''], ['eux', ''],
    ['aux', 'al'], ['ales', 'al'], ['ale', 'al'],
    ['erons', ''], ['eront', ''], ['erait', ''], ['eraient', ''], ['erais', ''], ['era', ''],
    ['aient', ''], ['ait', ''], ['ant', ''], ['antes', ''], ['ante', ''], ['ants', ''],
    ['ees', ''], ['ee', ''], ['es', ''], ['er', ''], ['ez', ''], ['ent', ''], ['e', ''], ['s', ''], ['x', ''],
  ],
  en: [
    ['izations', 'iz'], ['ization', 'iz'], ['isations', 'is'], ['isation', 'is'],
    ['ations', ''], ['ation', ''], ['ators', ''], ['ator', ''], ['ements', ''], ['ement', ''],
    ['ments', ''], ['ment', ''], ['nesses', ''], ['ness', ''], ['ities', ''], ['ity', ''],
    ['ically', ''], ['ical', ''], ['ics', ''], ['ic', ''], ['ists', ''], ['ist', ''], ['isms', ''], ['ism', ''],
    ['ives', ''], ['ive', ''], ['ously', ''], ['ous', ''], ['fully', ''], ['ful', ''], ['ally', 'al'],
    ['ings', ''], ['ing', ''], ['iers', ''], ['ies', ''], ['ied', ''], ['edly', ''], ['ed', ''], ['ers', ''], ['er', ''],
    ['ly', ''], ['es', ''], ['e', ''], ['s', ''], ['y', ''],
  ],
};

const MIN_STEM = 3;
const memo: Record<Lang, Map<string, string>> = { fr: new Map(), en: new Map() };

/** Returns the stem of a folded word; the same word always gives the same stem. */
export function stemWord(folded: string, lang: Lang): string {
  const cache = memo[lang];
  const cached = cache.get(folded);
  if (cached !== undefined) return cached;
  let stem = folded;
  if (!(lang === 'en' && folded.endsWith('ss'))) {
    for (const [suffix, replacement] of SUFFIXES[lang]) {
      if (folded.endsWith(suffix) && folded.length - suffix.length >= MIN_STEM) {
        stem = folded.slice(0, folded.length - suffix.length) + replacement;
        break;
      }
    }
  }
  // Doubled final consonants ("planned", "stopped") and a French final "e" left by "-ees" meet their base.
  if (stem.length > MIN_STEM && /([bcdfgklmnprtz])\1$/.test(stem)) stem = stem.slice(0, -1);
  cache.set(folded, stem);
  return stem;
}
