/**
 * The French–English dictionary kept as project data (data/dictionary.json, built by
 * scripts/build-dictionary.ts from Wiktionary, the Lemmatization Lists and the project's lexicon;
 * origin and licences in data/README.md), made ready for look-up on the first call.
 *
 * The data holds four tables of tab-separated lines, already folded with foldWord and sorted by
 * their first field. The translations and the equivalents, the two large tables, are searched
 * where they lie (sortedTable.ts): nothing is built per line until a word asks for it. The forms
 * tables are indexed by form, which is not their sort key: one pass, one entry per form.
 */
import dictionaryData from './data/dictionary.json';
import { tokenize } from './normalize';
import { SortedTable } from './sortedTable';

export interface DictionaryTranslation {
  /** Folded English word or phrase, words joined by one space. */
  readonly en: string;
  /** In (0, 1]: 1 for a first translation that two sources agree on, less for later senses. */
  readonly weight: number;
}

export interface Dictionary {
  /** Folded French lemma (lower case, accents stripped — see foldWord in normalize.ts) → English translations, folded, each with a weight in (0, 1]. */
  readonly translations: ReadonlyMap<string, readonly DictionaryTranslation[]>;
  /**
   * Folded French inflected form → folded lemma; only forms that differ from their lemma. A form
   * that is also a word of its own (été: summer, and a form of être) maps to the verb: look the
   * form itself up too.
   */
  readonly frenchLemmas: ReadonlyMap<string, string>;
  /** Folded English inflected form → folded lemma; only forms that differ and that regular endings do not give. */
  readonly englishLemmas: ReadonlyMap<string, string>;
  /** Folded French name, acronym, country or nationality adjective (words joined by one space) → folded English forms. */
  readonly equivalents: ReadonlyMap<string, readonly string[]>;
}

interface DictionaryData {
  readonly translations: string;
  readonly frenchForms: string;
  readonly englishForms: string;
  readonly equivalents: string;
}

let built: Dictionary | null = null;

/** Returns the dictionary, parsing the data on the first call only; later calls return the same object. */
export function loadDictionary(): Dictionary {
  built ??= parseDictionary(dictionaryData as DictionaryData);
  return built;
}

/** Parses the data's four tables; exported for tests that bring data of their own. */
export function parseDictionary(data: DictionaryData): Dictionary {
  return {
    translations: new SortedTable(data.translations, parseTranslationFields),
    frenchLemmas: parseForms(data.frenchForms),
    englishLemmas: parseForms(data.englishForms),
    equivalents: new SortedTable(data.equivalents, (fields) => fields.filter((_, index) => index % 2 === 0)),
  };
}

function lines(table: string): string[] {
  return table === '' ? [] : table.split('\n');
}

function parseTranslationFields(fields: readonly string[]): readonly DictionaryTranslation[] {
  const list: DictionaryTranslation[] = [];
  for (let index = 0; index + 1 < fields.length; index += 2) {
    list.push({ en: fields[index] ?? '', weight: parseInt(fields[index + 1] ?? '', 10) / 10 });
  }
  return list;
}

/** "lemma<TAB>form form…" → form → lemma. */
function parseForms(table: string): Map<string, string> {
  const lemmaOf = new Map<string, string>();
  for (const line of lines(table)) {
    const tab = line.indexOf('\t');
    const lemma = line.slice(0, tab);
    for (const form of line.slice(tab + 1).split(' ')) lemmaOf.set(form, lemma);
  }
  return lemmaOf;
}

/**
 * Folds a word or phrase as the dictionary's keys were folded: its word tokens (apostrophes and
 * hyphens separate words), each folded like foldWord, joined by one space.
 */
export function dictionaryKey(text: string): string {
  return tokenize(text)
    .map((token) => token.fold)
    .join(' ');
}
