/**
 * The French–English dictionary kept as project data (data/dictionary.json, built by
 * scripts/build-dictionary.ts from Wiktionary, the Lemmatization Lists and the project's lexicon;
 * origin and licences in data/README.md), made ready for look-up on the first call.
 *
 * The data holds four tables of tab-separated lines, already folded with foldWord and sorted by
 * their first field, and all four are searched where they lie (sortedTable.ts): nothing is built
 * per line until a word asks for it. The forms tables were once stored by lemma and indexed by form
 * into a map of 25,331 entries at load, about 18 ms of CPU and some garbage in every run of the
 * command line, however small its texts; they are now stored by form.
 */
import dictionaryData from './data/dictionary.json';
import { foldPhrase } from './normalize';
import { SortedTable, type LinedTable } from './sortedTable';

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

/** The data's four tables: strings as the JSON import gives them, or with their line starts as the command line's build gives them. */
interface DictionaryData {
  readonly translations: string | LinedTable;
  readonly frenchForms: string | LinedTable;
  readonly englishForms: string | LinedTable;
  readonly equivalents: string | LinedTable;
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
    frenchLemmas: new SortedTable(data.frenchForms, lemmaField),
    englishLemmas: new SortedTable(data.englishForms, lemmaField),
    equivalents: new SortedTable(data.equivalents, (fields) => fields.filter((_, index) => index % 2 === 0)),
  };
}

function parseTranslationFields(fields: readonly string[]): readonly DictionaryTranslation[] {
  const list: DictionaryTranslation[] = [];
  for (let index = 0; index + 1 < fields.length; index += 2) {
    list.push({ en: fields[index] ?? '', weight: parseInt(fields[index + 1] ?? '', 10) / 10 });
  }
  return list;
}

/** A forms table's line, "form<TAB>lemma", holds the lemma as its one field. */
function lemmaField(fields: readonly string[]): string {
  return fields[0] ?? '';
}

/** Folds a word or phrase as the dictionary's keys were folded (foldPhrase, normalize.ts). */
export const dictionaryKey = foldPhrase;
