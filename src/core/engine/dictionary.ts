/**
 * The French–English dictionary kept as project data (data/dictionary.json, built by
 * scripts/build-dictionary.ts from Wiktionary, the Lemmatization Lists and the project's lexicon;
 * origin and licences in data/README.md), parsed into look-up maps on the first call.
 *
 * The data holds four tables of tab-separated lines, already folded with foldWord; parsing is one
 * pass over each string, linear in its length, and the maps hold one entry per line or form.
 */
import dictionaryData from './data/dictionary.json';
import { tokenize } from './normalize';

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
    translations: new TranslationTable(data.translations),
    frenchLemmas: parseForms(data.frenchForms),
    englishLemmas: parseForms(data.englishForms),
    equivalents: parseEquivalents(data.equivalents),
  };
}

function lines(table: string): string[] {
  return table === '' ? [] : table.split('\n');
}

/**
 * "fr<TAB>en<TAB>code<TAB>en<TAB>code…", code = weight in tenths then source letters ("10lw").
 * Only the keys are indexed up front; a line becomes translations when first asked for, so the first
 * load costs one pass over the lines rather than one object per translation.
 */
class TranslationTable implements ReadonlyMap<string, readonly DictionaryTranslation[]> {
  private readonly raw = new Map<string, string>();
  private readonly parsed = new Map<string, readonly DictionaryTranslation[]>();

  constructor(table: string) {
    for (const line of lines(table)) {
      const tab = line.indexOf('\t');
      this.raw.set(line.slice(0, tab), line.slice(tab + 1));
    }
  }

  get size(): number {
    return this.raw.size;
  }

  has(key: string): boolean {
    return this.raw.has(key);
  }

  get(key: string): readonly DictionaryTranslation[] | undefined {
    let list = this.parsed.get(key);
    if (list === undefined) {
      const line = this.raw.get(key);
      if (line === undefined) return undefined;
      list = parseTranslationFields(line.split('\t'));
      this.parsed.set(key, list);
    }
    return list;
  }

  forEach(callback: (value: readonly DictionaryTranslation[], key: string, map: ReadonlyMap<string, readonly DictionaryTranslation[]>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }

  *entries(): MapIterator<[string, readonly DictionaryTranslation[]]> {
    for (const key of this.raw.keys()) yield [key, this.get(key) ?? []];
  }

  keys(): MapIterator<string> {
    return this.raw.keys();
  }

  *values(): MapIterator<readonly DictionaryTranslation[]> {
    for (const key of this.raw.keys()) yield this.get(key) ?? [];
  }

  [Symbol.iterator](): MapIterator<[string, readonly DictionaryTranslation[]]> {
    return this.entries();
  }
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

/** "fr<TAB>en<TAB>sources<TAB>en<TAB>sources…" → fr → English forms. */
function parseEquivalents(table: string): Map<string, string[]> {
  const equivalents = new Map<string, string[]>();
  for (const line of lines(table)) {
    const fields = line.split('\t');
    const english: string[] = [];
    for (let index = 1; index < fields.length; index += 2) english.push(fields[index] ?? '');
    equivalents.set(fields[0] ?? '', english);
  }
  return equivalents;
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
