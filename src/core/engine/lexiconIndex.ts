/**
 * The lexicon's indexes computed from its data (data/lexicon.json), as plain lists that JSON can
 * carry: every French entry tokenized, folded and stemmed, every English translation reduced to the
 * stems of its content words. lexicon.ts makes them into maps and sets.
 *
 * Apart from lexicon.ts because this is the costly part and depends on nothing but constant data:
 * the command line computes it once, when it is built (scripts/build-cli.ts), rather than at every
 * run's start, where tokenizing and stemming the lexicon's 4,000 words in code not yet compiled
 * took about 70–100 ms of CPU. Linear in the data's size.
 */
import { FUNCTION_WORDS, foldPhrase, tokenize } from './normalize';
import { stemWord } from './stem';

/** The lexicon as written: French lemmas and names, each with its English forms. */
export interface LexiconData {
  readonly words: Readonly<Record<string, readonly string[]>>;
  readonly names: Readonly<Record<string, readonly string[]>>;
}

/** A map's entries in their order of insertion: the lexicon's maps are made from them as they are. */
type Entries = readonly (readonly [string, readonly string[]])[];

/** The Lexicon's fields (lexicon.ts) as lists, entries and members in the order the maps and sets hold them. */
export interface LexiconIndex {
  readonly translations: Entries;
  readonly phrases: Entries;
  readonly names: Entries;
  readonly englishWords: readonly string[];
  readonly frenchStems: readonly string[];
  readonly longestPhrase: number;
  readonly phraseStarts: readonly string[];
  readonly phrasePairs: readonly string[];
}

function englishStems(phrase: string): string[] {
  const words = tokenize(phrase).map((token) => token.fold);
  const content = words.filter((word) => !FUNCTION_WORDS.en.has(word));
  return (content.length > 0 ? content : words).map((word) => stemWord(word, 'en'));
}

/** Computes the indexes of a lexicon's data. */
export function indexLexicon(data: LexiconData): LexiconIndex {
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
    const key = foldPhrase(french);
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
    const key = foldPhrase(french);
    longestPhrase = Math.max(longestPhrase, key.split(' ').length);
    addTo(names, key, english.map(foldPhrase));
  }
  const keys = [...phrases.keys(), ...names.keys()];
  return {
    translations: [...translations],
    phrases: [...phrases],
    names: [...names],
    englishWords: [...englishWords],
    frenchStems: [...frenchStems],
    longestPhrase,
    phraseStarts: [...new Set(keys.map((key) => key.split(' ')[0] ?? key))],
    phrasePairs: [...new Set(keys.map((key) => key.split(' ').slice(0, 2).join(' ')).filter((pair) => pair.includes(' ')))],
  };
}
