/**
 * The French-English lexicon kept as project data (data/lexicon.json, with its origin and
 * licence in data/README.md), indexed for look-up by stem: a French word meets its English
 * translations whatever its inflection, and an English word is recognised as a common word (so a
 * capital at the start of a sentence does not make it a name). Built once, on first use; the
 * indexes hold one entry per French lemma and per English word of the data.
 */
import lexiconData from './data/lexicon.json';
import { FUNCTION_WORDS, tokenize, type Token } from './normalize';
import { stemWord } from './stem';

export interface Lexicon {
  /** French stem → English stems of its translations, content words only. */
  readonly translations: ReadonlyMap<string, readonly string[]>;
  /** French phrase of two or three folded words joined by spaces → English stems. */
  readonly phrases: ReadonlyMap<string, readonly string[]>;
  /** French folded name (words joined by spaces) → its English forms, each folded, words joined by spaces. */
  readonly names: ReadonlyMap<string, readonly string[]>;
  /** Folded English words that the lexicon knows as common words (never a name by themselves). */
  readonly englishWords: ReadonlySet<string>;
  /** Stems of the French common words of the lexicon. */
  readonly frenchStems: ReadonlySet<string>;
  /** The longest French phrase or name, in words. */
  readonly longestPhrase: number;
  /** First words (folded) of the French phrases and names: only there can a look-up of several words succeed. */
  readonly phraseStarts: ReadonlySet<string>;
  /** First two words (folded, joined by a space) of the French phrases and names of two words or more. */
  readonly phrasePairs: ReadonlySet<string>;
}

interface LexiconData {
  readonly words: Readonly<Record<string, readonly string[]>>;
  readonly names: Readonly<Record<string, readonly string[]>>;
}

let built: Lexicon | null = null;

/** Returns the project's lexicon, building its indexes on the first call only. */
export function loadLexicon(): Lexicon {
  built ??= buildLexicon(lexiconData as LexiconData);
  return built;
}

/** Folds a phrase into the key the indexes use: its word tokens, folded, joined by one space. */
function phraseKey(phrase: string): string {
  return tokenize(phrase)
    .map((token) => token.fold)
    .join(' ');
}

function englishStems(phrase: string): string[] {
  const words = tokenize(phrase).map((token) => token.fold);
  const content = words.filter((word) => !FUNCTION_WORDS.en.has(word));
  return (content.length > 0 ? content : words).map((word) => stemWord(word, 'en'));
}

/** Builds the indexes from the data; exported for tests that need a lexicon of their own. */
function buildLexicon(data: LexiconData): Lexicon {
  const translations = new Map<string, string[]>();
  const phrases = new Map<string, string[]>();
  const names = new Map<string, string[]>();
  const englishWords = new Set<string>();
  const frenchStems = new Set<string>();
  let longestPhrase = 1;

  const addTo = (map: Map<string, string[]>, key: string, values: readonly string[]) => {
    const list = map.get(key) ?? [];
    for (const value of values) if (!list.includes(value)) list.push(value);
    map.set(key, list);
  };

  for (const [french, english] of Object.entries(data.words)) {
    const stems = english.flatMap(englishStems);
    for (const phrase of english) for (const token of tokenize(phrase)) englishWords.add(token.fold);
    const key = phraseKey(french);
    const words = key.split(' ');
    if (words.length === 1) {
      const stem = stemWord(key, 'fr');
      frenchStems.add(stem);
      addTo(translations, stem, stems);
    } else {
      longestPhrase = Math.max(longestPhrase, words.length);
      addTo(phrases, key, stems);
    }
  }
  for (const [french, english] of Object.entries(data.names)) {
    const key = phraseKey(french);
    longestPhrase = Math.max(longestPhrase, key.split(' ').length);
    addTo(names, key, english.map(phraseKey));
  }
  const keys = [...phrases.keys(), ...names.keys()];
  const phraseStarts = new Set(keys.map((key) => key.split(' ')[0] ?? key));
  const phrasePairs = new Set(keys.map((key) => key.split(' ').slice(0, 2).join(' ')).filter((pair) => pair.includes(' ')));
  return { translations, phrases, names, englishWords, frenchStems, longestPhrase, phraseStarts, phrasePairs };
}

/**
 * How many words, from `tokens[index]` on, a French phrase or name of the lexicon may span: 0 when
 * none starts with that word, 1 when none goes on with the next. The callers look phrases up
 * longest first, each length a key of its own: most starts are common words ("à", "la", "le"),
 * at some 50,000 of 240,000 words of a long French text, and the next word rules out every length
 * but one at the cost of one key.
 */
export function phraseReach(lexicon: Lexicon, tokens: readonly Token[], index: number): number {
  const first = (tokens[index] as Token).fold;
  if (!lexicon.phraseStarts.has(first)) return 0;
  const next = tokens[index + 1];
  if (next === undefined || !lexicon.phrasePairs.has(`${first} ${next.fold}`)) return 1;
  return Math.min(lexicon.longestPhrase, tokens.length - index);
}

/** True when a folded French word is a common word of the lexicon (or a function word). */
export function isFrenchCommonWord(lexicon: Lexicon, folded: string): boolean {
  return FUNCTION_WORDS.fr.has(folded) || lexicon.frenchStems.has(stemWord(folded, 'fr'));
}

/** True when a folded English word is a common word of the lexicon (or a function word). */
export function isEnglishCommonWord(lexicon: Lexicon, folded: string): boolean {
  return FUNCTION_WORDS.en.has(folded) || lexicon.englishWords.has(folded);
}
