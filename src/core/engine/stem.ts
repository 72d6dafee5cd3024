/**
 * Light stemmers for French and English: strip one inflectional or derivational ending so that
 * "technologies" and "technologie", "reported" and "reports" meet.
 *
 * Method: longest-suffix-first stripping with a minimum stem length, in the spirit of Savoy's light
 * French stemmer (1999) and the first steps of Porter's English one (1980); not the full Snowball
 * algorithms, which also restore endings (Porter's "-ational" to "-ate"), since here the stem is a
 * look-up key used the same way on both sides, never shown. Constant time per word, memoised.
 */
import type { Lang } from '../model/types';

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

/**
 * Each language's endings grouped by their last letter, in their list order: a word is tried only
 * against the endings its own last letter allows, and the first that fits wins as before.
 */
const SUFFIXES_BY_LAST: Readonly<Record<Lang, ReadonlyMap<string, readonly (readonly [string, string])[]>>> = {
  fr: byLastLetter(SUFFIXES.fr),
  en: byLastLetter(SUFFIXES.en),
};

function byLastLetter(suffixes: readonly (readonly [string, string])[]): Map<string, (readonly [string, string])[]> {
  const groups = new Map<string, (readonly [string, string])[]>();
  for (const entry of suffixes) {
    const last = entry[0].slice(-1);
    const group = groups.get(last);
    if (group) group.push(entry);
    else groups.set(last, [entry]);
  }
  return groups;
}

/** Consonants whose doubling at a stem's end is undone ("planned", "stopped"). */
const DOUBLED = 'bcdfgklmnprtz';

/** Returns the stem of a folded word; the same word always gives the same stem. */
export function stemWord(folded: string, lang: Lang): string {
  const cache = memo[lang];
  const cached = cache.get(folded);
  if (cached !== undefined) return cached;
  let stem = folded;
  if (!(lang === 'en' && folded.endsWith('ss'))) {
    const candidates = SUFFIXES_BY_LAST[lang].get(folded.slice(-1)) ?? [];
    for (let index = 0; index < candidates.length; index++) {
      const entry = candidates[index] as readonly [string, string];
      const suffix = entry[0];
      if (folded.endsWith(suffix) && folded.length - suffix.length >= MIN_STEM) {
        stem = folded.slice(0, folded.length - suffix.length) + entry[1];
        break;
      }
    }
  }
  // A verb in "-eed" loses "-ed" as its base form, so its other forms lose it too: "succeeded",
  // "succeeds" and "succeed" all stem to "succe" ("need", too short, stays whole).
  if (lang === 'en' && stem.endsWith('eed') && stem.length - 2 >= MIN_STEM) stem = stem.slice(0, -2);
  // Doubled final consonants ("planned", "stopped") and a French final "e" left by "-ees" meet their base.
  const last = stem.charAt(stem.length - 1);
  if (stem.length > MIN_STEM && last === stem.charAt(stem.length - 2) && DOUBLED.includes(last)) stem = stem.slice(0, -1);
  cache.set(folded, stem);
  return stem;
}
