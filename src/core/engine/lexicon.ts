/**
 * The French-English lexicon kept as project data (data/lexicon.json, with its origin and
 * licence in data/README.md), indexed for look-up by stem: a French word meets its English
 * translations whatever its inflection, and an English word is recognised as a common word (so a
 * capital at the start of a sentence does not make it a name). Built once, on first use, from
 * indexes computed by lexiconIndex.ts; they hold one entry per French lemma and per English word
 * of the data.
 */
import type { LexiconIndex } from './lexiconIndex';
import { FUNCTION_WORDS, type Token } from './normalize';
import { shippedLexiconIndex } from './shippedLexiconIndex';
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

let built: Lexicon | null = null;

/** Returns the project's lexicon, making its indexes (shippedLexiconIndex.ts) into maps and sets on the first call only. */
export function loadLexicon(): Lexicon {
  built ??= lexiconFromIndex(shippedLexiconIndex());
  return built;
}

/** The lexicon whose indexes are given: maps and sets made from their lists, nothing computed. */
export function lexiconFromIndex(index: LexiconIndex): Lexicon {
  return {
    translations: new Map(index.translations),
    phrases: new Map(index.phrases),
    names: new Map(index.names),
    englishWords: new Set(index.englishWords),
    frenchStems: new Set(index.frenchStems),
    longestPhrase: index.longestPhrase,
    phraseStarts: new Set(index.phraseStarts),
    phrasePairs: new Set(index.phrasePairs),
  };
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
