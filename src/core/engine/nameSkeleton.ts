/**
 * The consonant skeleton of a name, so that one person or place transliterated two ways meets
 * itself: "Boudienny" and "Budyonny", "Kizliar" and "Kizlyar", "Tchaïkovski" and "Tchaikovsky",
 * "Joseph" and "Josef" each come to one skeleton. French and English render the same Cyrillic,
 * Arabic or Chinese name by their own spelling rules, which differ mostly in vowels ("ou"/"u",
 * "ie"/"yo"), in doubled letters and in a few consonant spellings ("ph"/"f", "c"/"k", "tch"/"ch").
 *
 * Method: fold, rewrite the spellings of one sound to one letter, drop the vowels after the first
 * letter and the "h"s, collapse doubled letters. Linear in the word.
 */

/** Spellings of one sound, rewritten in this order (longest first). */
const SOUNDS: readonly (readonly [RegExp, string])[] = [
  [/tch/g, 'ch'],
  [/sch/g, 'sh'],
  [/ph/g, 'f'],
  [/ck|qu|q|c(?![eiyh])/g, 'k'],
  [/c/g, 's'],
  [/x/g, 'ks'],
  [/w/g, 'v'],
  [/dj|dzh|j/g, 'j'],
  [/z/g, 's'],
];

/** Names shorter than this, and skeletons shorter than MIN_SKELETON, say too little to tell two names apart. */
const MIN_NAME = 6;
const MIN_SKELETON = 3;

/**
 * The skeleton of a folded word (lower case, no accents), or null when it is too short to be
 * told from other names' skeletons.
 */
export function nameSkeleton(folded: string): string | null {
  if (folded.length < MIN_NAME) return null;
  let word = folded;
  for (const [spelling, sound] of SOUNDS) word = word.replace(spelling, sound);
  const first = word[0] ?? '';
  const rest = word.slice(1).replace(/[aeiouyh]/g, '');
  const skeleton = (first + rest).replace(/(.)\1+/g, '$1');
  return skeleton.length >= MIN_SKELETON ? skeleton : null;
}
