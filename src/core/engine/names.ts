/**
 * Names of people, places and organisations, found from capitals: a capitalised word that the
 * lexicon does not know as a common word, or a run of words the lexicon knows as a name ("Nations
 * unies", "Royaume-Uni"), or an acronym. A capital at the start of a sentence proves nothing, so a
 * word there is a name only when the document also writes it capitalised elsewhere, when another
 * name follows it ("Laurie Anderson"), or when it is an acronym.
 *
 * Two names are the same when they are spelled the same once folded, when the lexicon gives one
 * as the other's form ("Londres"/"London", "ONU"/"UN"), or when they differ by at most a third
 * of their letters, as transliterations do ("Kadhafi"/"Gaddafi", "Poutine"/"Putin").
 * Linear in the sentence, with a look-up of at most `longestPhrase` words at each token.
 */
import type { Lang } from '../model/types';
import { isCalendarWord } from './dates';
import { isEnglishCommonWord, isFrenchCommonWord, phraseReach, type Lexicon } from './lexicon';
import type { Token } from './normalize';

/** A name of a sentence, with the forms it takes in the other language (folded), itself included. */
export interface NameMark {
  readonly text: string;
  readonly fold: string;
  readonly start: number;
  readonly end: number;
  readonly forms: readonly string[];
}

/**
 * Words that stand before or inside a name and are not one by themselves: titles ("M. Dupont",
 * "Mr Smith", "Sen. Smith"), particles ("de Villiers", "van Gogh", "El-Sissi").
 */
const TITLES = new Set(
  (
    'm mm mme mmes mlle mr mrs ms dr pr prof sir dame lord me st ste i o a y ' +
    'rep sen gov gen col lt sgt capt cpl maj adm supt insp det pres rev jr sr mgr ' +
    'de du des la le les von van der den di da del della dos al el ben bin ibn abu mac'
  ).split(' '),
);

/** Roman numerals, with or without an ordinal ending: "XIXe", "XXIème", "IIIrd". */
const ROMAN = /^[ivxlcdm]+(e|er|eme|th|st|nd|rd)?$/;

/** Ordinals and number words are figures, not names, even capitalised ("Seconde Guerre", "World War Two"). */
const NUMBER_WORDS = new Set(
  (
    'premier premiere second seconde deuxieme troisieme quatrieme cinquieme un une deux trois quatre cinq six sept huit neuf dix ' +
    'first second third fourth fifth one two three four five six seven eight nine ten'
  ).split(' '),
);

/**
 * Nouns that introduce a title or a brand: the capitalised word right after one is a name though it
 * is a common word too ("the medical journal Nature", "la revue Nature", "the band Queen").
 */
const TITLE_NOUNS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  fr: new Set('revue journal quotidien hebdomadaire magazine magazines journaux navire bateau operation album film roman livre groupe marque'.split(' ')),
  en: new Set('journal journals newspaper newspapers daily weekly magazine ship vessel operation album film movie novel book band brand'.split(' ')),
};

function isCommon(lexicon: Lexicon, folded: string, lang: Lang): boolean {
  return lang === 'fr' ? isFrenchCommonWord(lexicon, folded) : isEnglishCommonWord(lexicon, folded);
}

/** Could this token be (part of) a name, leaving aside where it stands? */
function nameLike(token: Token, lang: Lang, lexicon: Lexicon): boolean {
  if (!token.capital || TITLES.has(token.fold) || NUMBER_WORDS.has(token.fold) || isCalendarWord(token.fold, lang)) return false;
  if (ROMAN.test(token.fold) && token.text.length > 1 && /^[IVXLCDM]+/.test(token.text)) return false;
  if (token.acronym) return true;
  if (lexicon.names.has(token.fold)) return true;
  return token.fold.length >= 2 && !isCommon(lexicon, token.fold, lang);
}

/**
 * A sentence's names before its document is known. A word at a sentence start is a name only when
 * the document writes it capitalised elsewhere, which the last sentence may be the first to show:
 * such a mark waits, and `confirmNames` settles it once every sentence has given its proper nouns.
 * So the sentence's words need not be kept until the whole document has been read.
 */
export interface NameCandidates {
  readonly marks: readonly NameMark[];
  /** The marks that stand only if their word is one of the document's proper nouns. */
  readonly pending: ReadonlySet<NameMark>;
  /** The folded words this sentence writes capitalised away from its start: its share of the document's proper nouns. */
  readonly properNouns: readonly string[];
}

const NONE_PENDING: ReadonlySet<NameMark> = new Set();

/** Finds the names of a sentence, in order, some pending on the document's proper nouns (see NameCandidates). */
export function findNameCandidates(sentence: string, tokens: readonly Token[], lang: Lang, lexicon: Lexicon): NameCandidates {
  const marks: NameMark[] = [];
  let pending: Set<NameMark> | null = null; // most sentences have none: no set for them
  const properNouns: string[] = [];
  // Each token is weighed once: the loops below ask it of a capitalised word up to three times, and
  // for a French one the answer costs a stemming.
  const likeName = tokens.map((token) => nameLike(token, lang, lexicon));
  tokens.forEach((token, index) => {
    if (!token.initial && likeName[index] === true) properNouns.push(token.fold);
  });
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (!token) continue;
    if (lang === 'fr' && token.capital) {
      const phrase = longestKnownName(tokens, index, lexicon);
      if (phrase) {
        const last = tokens[index + phrase.length - 1] ?? token;
        marks.push({ text: sentence.slice(token.start, last.end), fold: phrase.key, start: token.start, end: last.end, forms: [phrase.key, ...phrase.forms] });
        index += phrase.length - 1;
        continue;
      }
    }
    const titled = token.capital && !token.initial && index > 0 && TITLE_NOUNS[lang].has((tokens[index - 1] as Token).fold) && !NUMBER_WORDS.has(token.fold);
    if (!titled && likeName[index] !== true) continue;
    const next = tokens[index + 1];
    const followedByName = next !== undefined && !next.initial && likeName[index + 1] === true;
    const mark = { text: token.text, fold: token.fold, start: token.start, end: token.end, forms: [token.fold] };
    marks.push(mark);
    if (token.initial && !token.acronym && !followedByName) (pending ??= new Set()).add(mark);
  }
  return { marks, pending: pending ?? NONE_PENDING, properNouns };
}

/** A sentence's names, its pending marks settled against its document's proper nouns (every sentence's `properNouns`). */
export function confirmNames(candidates: NameCandidates, properNouns: ReadonlySet<string>): readonly NameMark[] {
  if (candidates.pending.size === 0) return candidates.marks;
  return candidates.marks.filter((mark) => !candidates.pending.has(mark) || properNouns.has(mark.fold));
}

function longestKnownName(tokens: readonly Token[], index: number, lexicon: Lexicon): { key: string; length: number; forms: readonly string[] } | null {
  for (let length = phraseReach(lexicon, tokens, index); length >= 1; length--) {
    const key = tokens
      .slice(index, index + length)
      .map((token) => token.fold)
      .join(' ');
    const forms = lexicon.names.get(key);
    if (forms) return { key, length, forms };
  }
  return null;
}

/**
 * True when two folded names are the same name, allowing for transliteration and for a name
 * against a word derived from it ("Europe" and "européen", "Nil" and "Nile", "Thai" and "Thaïlande").
 */
export function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  const prefix = Math.min(5, a.length, b.length);
  if (prefix >= 3 && samePrefix(a, b, prefix)) return true;
  const shorter = Math.min(a.length, b.length);
  const allowed = Math.floor(Math.max(a.length, b.length) / 3);
  if (shorter < 4 || Math.abs(a.length - b.length) > allowed) return false;
  return editDistance(a, b) <= allowed;
}

/** Whether the first `length` code units of `a` and `b` agree; compared in place, since judging asks this of every pair of names. */
function samePrefix(a: string, b: string, length: number): boolean {
  for (let k = 0; k < length; k++) if (a.charCodeAt(k) !== b.charCodeAt(k)) return false;
  return true;
}

/** Levenshtein distance, two rows of memory, reused from call to call: judging compares every pair of names of a group. */
let rows = { previous: new Int32Array(64), current: new Int32Array(64) };

function editDistance(a: string, b: string): number {
  if (rows.previous.length <= b.length) rows = { previous: new Int32Array(2 * (b.length + 1)), current: new Int32Array(2 * (b.length + 1)) };
  let { previous, current } = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min(substitution, (previous[j] as number) + 1, (current[j - 1] as number) + 1);
    }
    const done = previous;
    previous = current;
    current = done;
  }
  return previous[b.length] as number;
}
