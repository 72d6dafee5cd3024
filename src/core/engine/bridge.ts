/**
 * The bridge between the languages: the keys under which a word of either language meets its
 * counterpart in the other. An English word stands under the stem of its lemma ("went" → "go",
 * "reports" → "report"); a French word under the stems of its translations, looked up by its
 * lemma ("fut" → "être", "interdites" → "interdire") and as written ("été" is a season too).
 * The hand-written lexicon (lexicon.ts) is kept as overrides: its translations always count,
 * the dictionary's (dictionary.ts) add the MAX_TRANSLATIONS surest senses on top.
 *
 * Constant time per word after the first look-up of the dictionary; callers memoise per word.
 */
import { loadDictionary, type Dictionary, type DictionaryTranslation } from './dictionary';
import type { Lexicon } from './lexicon';
import { FUNCTION_WORDS, tokenize } from './normalize';
import { stemWord } from './stem';

/** Senses of the dictionary kept per French word: the rare senses of a common word match too much. */
const MAX_TRANSLATIONS = 6;
/** A sense weighed below this is left out. */
const MIN_WEIGHT = 0.3;

/** The stem an English word is matched under: its lemma's. */
export function englishKeyStem(folded: string, dictionary: Dictionary = loadDictionary()): string {
  return stemWord(dictionary.englishLemmas.get(folded) ?? folded, 'en');
}

/** The English stems a French folded word (or phrase of the dictionary) may be rendered by; no duplicates. */
export function frenchTranslationStems(folded: string, lexicon: Lexicon, dictionary: Dictionary = loadDictionary()): string[] {
  const stems = new Set<string>(lexicon.translations.get(stemWord(folded, 'fr')) ?? []);
  // The hand-written lexicon names lemmas; an irregular form reaches its entry through the dictionary's lemma ("poursuivie" → "poursuivre").
  const lemma = frenchLemma(folded, dictionary);
  if (lemma !== undefined) for (const stem of lexicon.translations.get(stemWord(lemma, 'fr')) ?? []) stems.add(stem);
  for (const sense of keptSenses(folded, dictionary)) for (const stem of contentStems(sense.en, dictionary)) stems.add(stem);
  for (const form of dictionary.equivalents.get(folded) ?? []) for (const stem of contentStems(form, dictionary)) stems.add(stem);
  return [...stems];
}

/**
 * The surest senses of a French folded word, looked up as written, by its lemma, and by its
 * singular: a plural participle used as a noun or an adjective has senses of its own that its verb
 * lacks ("disparus": the missing, not only "disappeared").
 */
function keptSenses(folded: string, dictionary: Dictionary): DictionaryTranslation[] {
  const lemma = frenchLemma(folded, dictionary);
  const single = lemma !== undefined && !dictionary.translations.has(folded) ? singular(folded, dictionary) : undefined;
  return [
    ...(dictionary.translations.get(folded) ?? []),
    ...(lemma !== undefined ? (dictionary.translations.get(lemma) ?? []) : []),
    ...(single !== undefined && single !== lemma ? (dictionary.translations.get(single) ?? []) : []),
  ]
    .filter((sense) => sense.weight >= MIN_WEIGHT)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, MAX_TRANSLATIONS);
}

/** The lemma of a French folded form, when it is not its own entry: from the forms tables, else a regular verb form the tables do not list ("nié", "visent" meet their infinitive), else a plural. */
function frenchLemma(folded: string, dictionary: Dictionary): string | undefined {
  return (
    dictionary.frenchLemmas.get(folded) ??
    (dictionary.translations.has(folded) ? undefined : (firstGroupInfinitive(folded, dictionary) ?? secondGroupInfinitive(folded, dictionary) ?? singular(folded, dictionary)))
  );
}

/** Weight a dictionary sense needs to stand for a capitalised French word as a name's English form. */
const NAME_SENSE_WEIGHT = 0.5;

/**
 * The English forms a French name word may take, folded, beyond its own spelling: its equivalents
 * (a translated first name, a country, an acronym: "jean" → "john", "allemagne" → "germany") and,
 * for a common noun written with a capital in a place name, its surer senses ("golfe" → "gulf",
 * "mer" → "sea"). For the names check, which compares names across the languages (judge.ts).
 */
export function frenchNameForms(folded: string, dictionary: Dictionary = loadDictionary()): readonly string[] {
  // A text names the same few people and places again and again: each is looked up once.
  let known = nameForms.get(dictionary);
  if (known === undefined) nameForms.set(dictionary, (known = new Map()));
  let forms = known.get(folded);
  if (forms === undefined) {
    const found = new Set(dictionary.equivalents.get(folded) ?? []);
    for (const sense of keptSenses(folded, dictionary)) if (sense.weight >= NAME_SENSE_WEIGHT) found.add(sense.en);
    found.delete(folded);
    forms = [...found];
    known.set(folded, forms);
  }
  return forms;
}

const nameForms = new WeakMap<Dictionary, Map<string, readonly string[]>>();

/**
 * Endings of the regular first-group conjugation ("-er" verbs, nine French verbs in ten) with the
 * infinitive ending that replaces them, longest first: the forms tables list irregular verbs and
 * leave these to rules.
 */
const FIRST_GROUP: readonly string[] = ['eraient', 'erions', 'eriez', 'erons', 'eront', 'erais', 'erait', 'aient', 'ions', 'iez', 'ons', 'ent', 'ait', 'ais', 'ant', 'era', 'ees', 'ez', 'es', 'ee', 'e'];

/** The infinitive of a regular "-er" verb form when the dictionary has that verb ("nié" → "nier", "visent" → "viser"). */
function firstGroupInfinitive(folded: string, dictionary: Dictionary): string | undefined {
  for (const ending of FIRST_GROUP) {
    if (!folded.endsWith(ending) || folded.length - ending.length < 2) continue;
    const infinitive = `${folded.slice(0, folded.length - ending.length)}er`;
    if (dictionary.translations.has(infinitive)) return infinitive;
  }
  return undefined;
}

/**
 * The past participle of a second-group "-ir" verb (finir, choisir, réussir), the form news uses
 * most ("a choisi", "ont réussi"), and its third person ("ralentit"): the forms tables leave them
 * to rules too. The plural forms are left out: "-issent" linked an unrelated pair of sentences of
 * the development benchmark ("agissent": act), where nothing else did.
 */
const SECOND_GROUP: readonly string[] = ['ies', 'ie', 'is', 'it', 'i'];

/** The infinitive of a second-group "-ir" past participle or third person when the dictionary has that verb ("choisi" → "choisir", "ralentit" → "ralentir"). */
function secondGroupInfinitive(folded: string, dictionary: Dictionary): string | undefined {
  for (const ending of SECOND_GROUP) {
    if (!folded.endsWith(ending) || folded.length - ending.length < 2) continue;
    const infinitive = `${folded.slice(0, folded.length - ending.length)}ir`;
    if (dictionary.translations.has(infinitive)) return infinitive;
  }
  return undefined;
}

/**
 * The singular of a plural noun or adjective the form tables do not list ("brevets" → "brevet",
 * "ans" → "an", "journaux" → "journal"), when the dictionary has that singular: French marks the
 * plural with -s, -x or -aux, and the tables list the forms of verbs far more fully than plurals.
 */
function singular(folded: string, dictionary: Dictionary): string | undefined {
  const candidates = folded.endsWith('aux') ? [`${folded.slice(0, -3)}al`, folded.slice(0, -1)] : folded.endsWith('s') || folded.endsWith('x') ? [folded.slice(0, -1)] : [];
  return candidates.find((candidate) => candidate.length >= 2 && dictionary.translations.has(candidate));
}

/** The stems of an English gloss's content words ("give up" → "give"); all its words when none is a content word. */
function contentStems(gloss: string, dictionary: Dictionary): string[] {
  const words = tokenize(gloss).map((token) => token.fold);
  const content = words.filter((word) => !FUNCTION_WORDS.en.has(word));
  return (content.length > 0 ? content : words).map((word) => englishKeyStem(word, dictionary));
}
