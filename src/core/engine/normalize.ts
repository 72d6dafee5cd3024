/**
 * Character-level normalisation shared by every feature: accent folding that keeps offsets, the
 * word tokens of a sentence, and the function words of each language that carry no content.
 *
 * Folding is done one UTF-16 code unit at a time so that an offset in the folded string is the
 * same offset in the original; a letter whose canonical decomposition is a base letter plus marks
 * becomes the base letter. Linear in the length of the text.
 */
import type { Lang } from '../model/types';

const foldCache = new Map<string, string>();

/** Outside the tab-to-tilde range of ASCII: a character whose folding needs a look at its decomposition. */
const NEEDS_DECOMPOSITION = /[^\t-~]/;

/**
 * Whether folding the text only lower-cases it: every character lies in the tab-to-tilde range of
 * ASCII. A pattern of lower-case ASCII words may then be matched in any case in the text itself,
 * with no folded copy made.
 */
export function foldsToLowerCase(text: string): boolean {
  return !NEEDS_DECOMPOSITION.test(text);
}

/** Lower-cases and strips accents one code unit for one: `folded.length === text.length`. */
export function foldKeepingOffsets(text: string): string {
  // A text wholly in that range (half the sentences of an English text) is only lower-cased, which
  // changes no length there; the pattern's function is then not called for each capital.
  if (!NEEDS_DECOMPOSITION.test(text)) return text.toLowerCase();
  // Only the characters outside ASCII need a look at their decomposition; most of a text is ASCII.
  return text.replace(/[A-Z]+|[^\t-~]/g, (chars) => (chars.length > 1 || chars <= '~' ? chars.toLowerCase() : foldCharacter(chars)));
}

function foldCharacter(char: string): string {
  let folded = foldCache.get(char);
  if (folded === undefined) {
    const lower = char.toLowerCase();
    const base = lower.length === 1 ? (lower.normalize('NFD')[0] ?? lower) : char;
    folded = base.length === 1 ? base : char;
    foldCache.set(char, folded);
  }
  return folded;
}

/** Folds a word for dictionary look-up, where offsets no longer matter: ligatures open up. */
export function foldWord(word: string): string {
  return openLigatures(foldKeepingOffsets(word));
}

function openLigatures(folded: string): string {
  return /[œæ’‘]/.test(folded) ? folded.replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/[’‘]/g, "'") : folded;
}

/** A word of a sentence: a maximal run of letters, with its place in the sentence. */
export interface Token {
  /** As written. */
  readonly text: string;
  /** Lower-cased, accents stripped, ligatures opened. */
  readonly fold: string;
  readonly start: number;
  readonly end: number;
  /** Starts with a capital letter. */
  readonly capital: boolean;
  /** Two or more letters, all capitals: an acronym such as "ONU" or "MIIT". */
  readonly acronym: boolean;
  /** Stands where any word would take a capital: the sentence's start, or after a colon or quote mark. */
  readonly initial: boolean;
}

/**
 * Letters, looked for in the folded text (lower case, accents stripped): Latin, Greek, Cyrillic and
 * the Latin extensions, which is what French and English texts hold. A test of the code unit
 * rather than a regular expression: every sentence is tokenized, and a match object per word is
 * garbage the collector must sweep.
 */
function isLetter(code: number): boolean {
  if (code < 0x80) return code >= 0x61 && code <= 0x7a; // a-z
  return (
    code === 0xaa ||
    code === 0xb5 ||
    code === 0xba ||
    (code >= 0xc0 && code <= 0xd6) ||
    (code >= 0xd8 && code <= 0xf6) ||
    (code >= 0xf8 && code <= 0x2af) ||
    (code >= 0x370 && code <= 0x52f) ||
    (code >= 0x1e00 && code <= 0x1fff)
  );
}

const UPPER = /^\p{Lu}/u;
const ALL_UPPER = /^\p{Lu}{2,}$/u;

/** Starts with a capital letter; ASCII answered without the Unicode-aware expression. */
function startsWithCapital(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 0x80 ? code >= 0x41 && code <= 0x5a : UPPER.test(word);
}

/** Two or more letters, all capitals; ASCII answered without the Unicode-aware expression. */
function allCapitals(word: string): boolean {
  if (word.length < 2) return false;
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k);
    if (code >= 0x80) return ALL_UPPER.test(word);
    if (code < 0x41 || code > 0x5a) return false;
  }
  return true;
}

/**
 * Splits a sentence into words; digits, apostrophes and hyphens separate words. `folded` is
 * `foldKeepingOffsets(sentence)`, when the caller has it already.
 */
export function tokenize(sentence: string, folded: string = foldKeepingOffsets(sentence)): Token[] {
  const tokens: Token[] = [];
  const length = folded.length;
  let index = 0;
  while (index < length) {
    if (!isLetter(folded.charCodeAt(index))) {
      index++;
      continue;
    }
    const start = index;
    while (index < length && isLetter(folded.charCodeAt(index))) index++;
    // "21st", "1er", "3e": the letters belong to the number before them.
    const before = start > 0 ? sentence.charCodeAt(start - 1) : 0;
    if (before >= 0x30 && before <= 0x39) continue;
    const text = sentence.slice(start, index);
    tokens.push({
      text,
      fold: tokenFold(sentence, folded, text, start, index),
      start,
      end: index,
      capital: startsWithCapital(text),
      acronym: allCapitals(text),
      initial: isInitialPosition(sentence, start),
    });
  }
  return tokens;
}

/**
 * A word or phrase folded into the key the lexicon and the dictionary look it up by: its word
 * tokens (apostrophes and hyphens separate words), each folded like foldWord, joined by one space.
 */
export function foldPhrase(text: string): string {
  return tokenize(text)
    .map((token) => token.fold)
    .join(' ');
}

/**
 * The folded form of the word from `start` to `end`, whose `text` is given. Most words of a text are
 * written in lower-case ASCII, already folded: their fold is their text, the same string rather
 * than a copy of it (some 800,000 tokens at 20,000 sentences a side). Only œ and æ open up: the
 * quote marks openLigatures also rewrites are no letters, and never inside a word.
 */
function tokenFold(sentence: string, folded: string, text: string, start: number, end: number): string {
  let same = true;
  for (let k = start; k < end; k++) {
    const code = folded.charCodeAt(k);
    if (code === 0x153 || code === 0xe6) return openLigatures(folded.slice(start, end));
    if (code !== sentence.charCodeAt(k)) same = false;
  }
  return same ? text : folded.slice(start, end);
}

/** What may stand between a sentence's start (or its colon, its quote) and its first word. */
const BEFORE_WORD = /[\s"«»“”'‘’([—–-]/;
const ENDS_SENTENCE = /[.:!?;…]/;

function isInitialPosition(sentence: string, start: number): boolean {
  let index = start - 1;
  while (index >= 0) {
    const code = sentence.charCodeAt(index);
    if (code === 0x20) {
      index--;
      continue;
    }
    // Most words follow a space and a letter or a figure, which can neither stand before a word nor end a sentence: no pattern need be tried.
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)) return false;
    if (!BEFORE_WORD.test(sentence[index] as string)) break;
    index--;
  }
  return index < 0 || ENDS_SENTENCE.test(sentence[index] ?? '');
}

/**
 * Function words, folded: articles, pronouns, prepositions, auxiliaries, conjunctions. They are
 * left out of the alignment's word features, where they would only add noise. The two lists are
 * kept alike: a quantifier or a connective of one language is one in the other too ("plusieurs",
 * "divers" / "several", "various"; "bien", "davantage" / "well", "more"; "selon", "conformément à" /
 * "according to", "in accordance with"). Weighed as content, the English "as well as" and "various
 * types" counted against a claim that the French says without them.
 */
export const FUNCTION_WORDS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  fr: new Set(
    (
      'a au aux avec ce ces cet cette c ca d dans de des du elle elles en et etre est sont ete etait etaient ' +
      'avait avaient avoir ont ai as avons avez aura auront serait seraient sera seront soit fait il ils j je l la le les leur leurs lui ' +
      'm ma mais me meme mes moi mon n ne nos notre nous on ou par pas pour qu que qui s sa se ses si son sur ' +
      't ta te tes toi ton tu un une vos votre vous y ici la lorsque lorsqu puisque jusqu quand comme dont ' +
      'cela celui celle ceux celles ceci tout tous toute toutes aussi ainsi alors donc or ni car entre vers chez sous ' +
      'sans tres plus moins deja encore bien peu cependant toutefois egalement selon apres avant depuis pendant ' +
      'ya y-a quelque quelques autre autres chaque plusieurs lequel laquelle lesquels duquel auquel auxquels ' +
      'davantage divers diverses conformement'
    ).split(' '),
  ),
  en: new Set(
    (
      'a an the and or but of to in on at by for from with as is are was were be been being has have had having ' +
      'do does did it its this that these those he she they them their his her him we us our you your i me my ' +
      'not no nor so than then there here which who whom whose what when where why how if also too very just ' +
      'will would shall should can could may might must all any both each few more most other some such only own same ' +
      's t into over under about after before since during between against through up down out off again further once ' +
      'said says say according however also several various well accordance'
    ).split(' '),
  ),
};
