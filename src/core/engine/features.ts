/**
 * What a sentence carries across French and English without a translation service: its numbers,
 * dates, names and negations (for the judgement), and its content words as "units" (for the
 * alignment cost). A unit is one content word, number or date element together with every key
 * under which the other language may write it: for a French word, its cognate key and the stems of
 * its lexicon translations; for an English word, its cognate key and its stem; for a number, its
 * value. Two units meet when they share a key.
 *
 * The cognate key is the first five letters of the folded word, after Simard, Foster and
 * Isabelle (1992), who took the first four; five keeps "constitution" from meeting "consumer".
 * Each unit is weighed by its inverse document frequency within its own text, so that a word every
 * sentence repeats counts for little. Linear in the length of the texts.
 */
import type { Lang } from '../types';
import { findDates, type DateMark } from './dates';
import { FUNCTION_WORDS, foldKeepingOffsets, tokenize, type Token } from './normalize';
import { findNegations, type NegationMark } from './negation';
import { findNames, collectProperNouns, type NameMark } from './names';
import { findNumbers, type Quantity } from './numbers';
import type { Lexicon } from './lexicon';
import { englishKeyStem, frenchTranslationStems } from './bridge';
import { stemWord } from './stem';

/** At most this many units per sentence take part in the alignment: two 32-bit masks hold them. */
export const MAX_UNITS = 64;

const COGNATE_LENGTH = 5;

/** The features of one sentence; `units*` arrays are for the alignment cost, the rest for the judgement. */
export interface SentenceFeatures {
  readonly lang: Lang;
  readonly text: string;
  readonly length: number;
  readonly tokens: readonly Token[];
  readonly numbers: readonly Quantity[];
  readonly dates: readonly DateMark[];
  readonly names: readonly NameMark[];
  readonly negations: readonly NegationMark[];
  /** Interned keys of the units, ascending; `unitOf[k]` is the unit that key `keys[k]` belongs to. */
  readonly keys: Int32Array;
  readonly unitOf: Uint8Array;
  /** Weight of each unit (inverse document frequency within its text). */
  readonly weights: Float64Array;
  /** Sum of `weights`. */
  readonly mass: number;
  /** Where each unit stands in the sentence: its start and end offsets at 2u and 2u + 1. */
  readonly unitSpans: Int32Array;
  /** The first key of each unit (its cognate key for a word, its value for a figure): what document frequency counts. */
  readonly unitKeys: Int32Array;
}

/** Interns keys ("c:minis", "w:ministry", "n:15000") as small integers, shared by both texts of a comparison. */
export class KeyTable {
  private readonly ids = new Map<string, number>();
  private readonly words: Record<Lang, Map<string, readonly number[]>> = { fr: new Map(), en: new Map() };

  /** The keys of a word's unit, computed once per word and language (most words of a text recur). */
  wordKeys(lang: Lang, word: string, compute: () => readonly number[]): readonly number[] {
    let keys = this.words[lang].get(word);
    if (keys === undefined) {
      keys = compute();
      this.words[lang].set(word, keys);
    }
    return keys;
  }

  intern(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }
}

interface Draft {
  readonly text: string;
  readonly tokens: Token[];
  readonly numbers: Quantity[];
  readonly dates: DateMark[];
  readonly negations: NegationMark[];
  readonly units: number[][];
  /** Start and end of each unit in the sentence, two numbers a unit. */
  readonly spans: number[];
}

/** Extracts the features of every sentence of one text; `table` must be shared with the other text. */
export function extractFeatures(sentences: readonly string[], lang: Lang, lexicon: Lexicon, table: KeyTable): SentenceFeatures[] {
  const drafts = sentences.map((text) => draftSentence(text, lang, lexicon, table));
  const properNouns = collectProperNouns(
    drafts.map((draft) => draft.tokens),
    lang,
    lexicon,
  );
  // Document frequency of each unit's first key, within this text only.
  const frequency = new Map<number, number>();
  for (const draft of drafts) {
    const seen = new Set<number>();
    for (const unit of draft.units) if (unit[0] !== undefined) seen.add(unit[0]);
    for (const key of seen) frequency.set(key, (frequency.get(key) ?? 0) + 1);
  }
  const count = Math.max(1, drafts.length);
  return drafts.map((draft) => {
    const weights = new Float64Array(draft.units.length);
    const pairs: [number, number][] = [];
    draft.units.forEach((unit, index) => {
      weights[index] = Math.log(1 + count / (frequency.get(unit[0] ?? -1) ?? 1));
      for (const key of new Set(unit)) pairs.push([key, index]);
    });
    pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const keys = new Int32Array(pairs.length);
    const unitOf = new Uint8Array(pairs.length);
    pairs.forEach(([key, unit], k) => {
      keys[k] = key;
      unitOf[k] = unit;
    });
    return {
      lang,
      text: draft.text,
      length: draft.text.length,
      tokens: draft.tokens,
      numbers: draft.numbers,
      dates: draft.dates,
      names: findNames(draft.text, draft.tokens, lang, lexicon, properNouns),
      negations: draft.negations,
      keys,
      unitOf,
      weights,
      mass: weights.reduce((sum, weight) => sum + weight, 0),
      unitSpans: Int32Array.from(draft.spans),
      unitKeys: Int32Array.from(draft.units, (unit) => unit[0] ?? -1),
    };
  });
}

/**
 * The same features weighed by document frequency over both texts together: a word that one
 * account repeats in every other claim ("the Ministry of Industry and Information Technology")
 * says little about which claim of the other account a claim meets, even where that other account
 * names it once. For two accounts written apart, whose vocabularies differ in what they repeat.
 */
export function weighAcrossTexts(fr: readonly SentenceFeatures[], en: readonly SentenceFeatures[]): { fr: SentenceFeatures[]; en: SentenceFeatures[] } {
  const frequency = new Map<number, number>();
  for (const sentence of [...fr, ...en]) for (const key of new Set(sentence.unitKeys)) frequency.set(key, (frequency.get(key) ?? 0) + 1);
  const count = Math.max(1, fr.length + en.length);
  const reweigh = (sentence: SentenceFeatures): SentenceFeatures => {
    const weights = Float64Array.from(sentence.unitKeys, (key) => Math.log(1 + count / (frequency.get(key) ?? 1)));
    return { ...sentence, weights, mass: weights.reduce((sum, weight) => sum + weight, 0) };
  };
  return { fr: fr.map(reweigh), en: en.map(reweigh) };
}

function draftSentence(text: string, lang: Lang, lexicon: Lexicon, table: KeyTable): Draft {
  const folded = foldKeepingOffsets(text);
  const tokens = tokenize(text, folded);
  const dates = findDates(text, folded, lang, tokens);
  const taken = dates.map((mark) => [mark.start, mark.end] as const);
  const numbers = findNumbers(text, folded, lang, taken, tokens);
  const units: number[][] = [];
  const spans: number[] = [];
  const covered = (token: Token) =>
    dates.some((mark) => mark.start <= token.start && token.end <= mark.end) ||
    numbers.some((quantity) => quantity.start <= token.start && token.end <= quantity.end);

  for (const mark of dates) {
    units.push([table.intern(mark.part === 'year' ? `n:${mark.key.slice(2)}` : mark.key)]);
    spans.push(mark.start, mark.end);
  }
  for (const quantity of numbers) {
    units.push([table.intern(`n:${quantity.value}`)]);
    spans.push(quantity.start, quantity.end);
  }

  for (let index = 0; index < tokens.length && units.length < MAX_UNITS; index++) {
    const token = tokens[index];
    if (!token || covered(token)) continue;
    const word = token.fold;
    if (FUNCTION_WORDS[lang].has(word) || (word.length < 2 && !token.acronym)) continue;
    const keys = [
      ...table.wordKeys(lang, word, () => {
        const own = [table.intern(`c:${word.slice(0, COGNATE_LENGTH)}`)];
        if (lang === 'en') own.push(table.intern(`w:${englishKeyStem(word)}`));
        else for (const stem of frenchTranslationStems(word, lexicon)) own.push(table.intern(`w:${stem}`));
        return own;
      }),
    ];
    const start = token.start;
    if (lang === 'fr') index += addPhraseKeys(tokens, index, lexicon, table, keys);
    units.push(keys);
    spans.push(start, (tokens[index] as Token).end);
  }
  return { text, tokens, numbers, dates, negations: findNegations(text, tokens, lang), units: units.slice(0, MAX_UNITS), spans: spans.slice(0, 2 * MAX_UNITS) };
}

/**
 * Adds the keys of a French phrase or name of the lexicon that starts at `index` ("feu vert",
 * "Nations unies") to the unit of its first word; returns how many further words it spans.
 */
function addPhraseKeys(tokens: readonly Token[], index: number, lexicon: Lexicon, table: KeyTable, keys: number[]): number {
  if (!lexicon.phraseStarts.has((tokens[index] as Token).fold)) return 0;
  for (let length = Math.min(lexicon.longestPhrase, tokens.length - index); length >= 1; length--) {
    const phrase = tokens
      .slice(index, index + length)
      .map((token) => token.fold)
      .join(' ');
    const stems = length > 1 ? lexicon.phrases.get(phrase) : undefined;
    const names = lexicon.names.get(phrase);
    if (!stems && !names) continue;
    for (const stem of stems ?? []) keys.push(table.intern(`w:${stem}`));
    for (const form of names ?? []) {
      for (const word of form.split(' ')) keys.push(table.intern(`c:${word.slice(0, COGNATE_LENGTH)}`), table.intern(`w:${stemWord(word, 'en')}`));
    }
    return names ? length - 1 : 0; // a name is one unit; a phrase's words still count one by one
  }
  return 0;
}
