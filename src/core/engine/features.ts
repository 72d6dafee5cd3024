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
import type { Lang } from '../model/types';
import { findDates, type DateMark } from './dates';
import { resolveDates, type Publication } from './timeline';
import { FUNCTION_WORDS, foldKeepingOffsets, foldWord, tokenize, type Token } from './normalize';
import { findNegations, type NegationMark } from './negation';
import { confirmNames, findNameCandidates, type NameCandidates, type NameMark } from './names';
import { findNumbers, measureKeys, type Quantity } from './numbers';
import { phraseReach, type Lexicon } from './lexicon';
import { acronymOfNameAt } from './acronyms';
import { nameSkeleton } from './nameSkeleton';
import { englishKeyStem, frenchTranslationStems } from './bridge';
import { stemWord } from './stem';
import { Int32List } from './int32List';

const NO_DAYS: readonly string[] = [];
const NO_DAY_KEYS: readonly { key: string; start: number; end: number }[] = [];

/** The days a sentence names, resolved against its publication, as keys ("d:2024-2-7") with where each stands. */
function dayKeys(text: string, lang: Lang, dates: readonly DateMark[], publication: Publication): { key: string; start: number; end: number }[] {
  return resolveDates(text, lang, dates, publication)
    .filter((date) => date.grain === 'day')
    .map((date) => ({ key: `d:${date.year}-${date.month}-${date.day}`, start: date.start, end: date.end }));
}

/** What stands between a figure and its restatement in brackets: its unit, then an opening bracket and maybe a currency sign ("50 mph (", " ($"). */
const RESTATED = /^[^()\d]{0,16}\(\s*[$€£¥]?\s*$/u;

/** At most this many units per sentence take part in the alignment: two 32-bit masks hold them. */
const MAX_UNITS = 64;

const COGNATE_LENGTH = 5;
/** A number written as one word, with no space or hyphen: "premier", "twelve". */
const SINGLE_WORD = /^\p{L}+$/u;

/** The features of one sentence; `units*` arrays are for the alignment cost, the rest for the judgement. */
export interface SentenceFeatures {
  readonly lang: Lang;
  readonly text: string;
  readonly length: number;
  readonly numbers: readonly Quantity[];
  readonly dates: readonly DateMark[];
  readonly names: readonly NameMark[];
  readonly negations: readonly NegationMark[];
  /** Interned keys of the units, ascending; `unitOf[k]` is the unit that key `keys[k]` belongs to. */
  readonly keys: Int32Array;
  readonly unitOf: Uint8Array;
  /** Weight of each unit (inverse document frequency within its text): `lists.weights` from unitFrom, a view made when asked for. */
  readonly weights: Float64Array;
  /** Sum of `weights`. */
  readonly mass: number;
  /** Where each unit stands in the sentence: its start and end offsets at 2u and 2u + 1 (`lists.spans` from 2 · unitFrom, a view made when asked for). */
  readonly unitSpans: Int32Array;
  /** How many units the sentence has. */
  readonly unitCount: number;
  /** The first key of each unit (its cognate key for a word, its value for a figure): what document frequency counts. */
  readonly unitKeys: Int32Array;
  /**
   * The same keys and units in place: `keys` and `unitOf` are `lists.keys` and `lists.unitOf` from
   * keyFrom to keyTo. For the loops that meet millions of pairs of sentences (cost.ts), which read
   * them there rather than through a view made for each call.
   */
  readonly lists: TextKeyLists;
  readonly keyFrom: number;
  readonly keyTo: number;
  /** Where the sentence's units start in the lists of units (`lists.weights`, `lists.unitKeys`, `lists.spans` at twice it). */
  readonly unitFrom: number;
}

/** Where a sentence's unit starts in its text, read in place (no view made). */
export function unitStart(sentence: SentenceFeatures, unit: number): number {
  return sentence.lists.spans[2 * (sentence.unitFrom + unit)] as number;
}

/** Where a sentence's unit ends in its text, read in place. */
export function unitEnd(sentence: SentenceFeatures, unit: number): number {
  return sentence.lists.spans[2 * (sentence.unitFrom + unit) + 1] as number;
}

/** A sentence's unit's weight, read in place. */
export function unitWeight(sentence: SentenceFeatures, unit: number): number {
  return sentence.lists.weights[sentence.unitFrom + unit] as number;
}

/** One text's keys and each key's unit, and its units' first keys, weights and spans, every sentence's after the one before. */
export interface TextKeyLists {
  readonly keys: Int32Array;
  readonly unitOf: Uint8Array;
  readonly unitKeys: Int32Array;
  readonly weights: Float64Array;
  /** Two numbers a unit: its start and end in its sentence. */
  readonly spans: Int32Array;
}

/**
 * A sentence's features as a text keeps them. `keys`, `unitOf`, `unitKeys`, `weights` and
 * `unitSpans` are views made when asked for, not kept: a typed array costs about 96 bytes of heap
 * however few numbers it shows, and the five kept per sentence were alive from the features to the
 * end of judging, copied by the young generation's collector as they aged. The loops that read them
 * for every pair of sentences read the lists in place (cost.ts).
 */
class TextSentence implements SentenceFeatures {
  constructor(
    readonly lang: Lang,
    readonly text: string,
    readonly numbers: readonly Quantity[],
    readonly dates: readonly DateMark[],
    // Mutable until extractFeatures settles them (settle); the module hands them out as SentenceFeatures, read-only.
    public names: readonly NameMark[],
    readonly negations: readonly NegationMark[],
    public mass: number,
    public lists: TextKeyLists,
    public keyFrom: number,
    public keyTo: number,
    readonly unitFrom: number,
    readonly unitCount: number,
  ) {}

  /**
   * Sets what only the whole text tells (extractFeatures): its names once its proper nouns are
   * known, its weights, and its keys where they finally lie. Until then `keyFrom` and `keyTo` are
   * where its keys were gathered. Plain fields rather than getters over private ones: the loops
   * that meet millions of pairs of sentences read them.
   */
  settle(names: readonly NameMark[], mass: number, lists: TextKeyLists, keyFrom: number, keyTo: number): void {
    this.names = names;
    this.mass = mass;
    this.lists = lists;
    this.keyFrom = keyFrom;
    this.keyTo = keyTo;
  }

  get length(): number {
    return this.text.length;
  }

  get weights(): Float64Array {
    return this.lists.weights.subarray(this.unitFrom, this.unitFrom + this.unitCount);
  }

  get unitSpans(): Int32Array {
    return this.lists.spans.subarray(2 * this.unitFrom, 2 * (this.unitFrom + this.unitCount));
  }

  get keys(): Int32Array {
    return this.lists.keys.subarray(this.keyFrom, this.keyTo);
  }

  get unitOf(): Uint8Array {
    return this.lists.unitOf.subarray(this.keyFrom, this.keyTo);
  }

  get unitKeys(): Int32Array {
    return this.lists.unitKeys.subarray(this.unitFrom, this.unitFrom + this.unitCount);
  }

  /** The same sentence weighed otherwise (weighAcrossTexts): `lists` are its text's lists with other weights. */
  reweighed(lists: TextKeyLists, mass: number): TextSentence {
    return new TextSentence(this.lang, this.text, this.numbers, this.dates, this.names, this.negations, mass, lists, this.keyFrom, this.keyTo, this.unitFrom, this.unitCount);
  }
}

/** Interns keys ("c:minis", "w:ministry", "n:15000") as small integers, shared by both texts of a comparison. */
export class KeyTable {
  private readonly ids = new Map<string, number>();
  private readonly words: Record<Lang, Map<string, readonly number[]>> = { fr: new Map(), en: new Map() };
  private readonly skeletons = new Map<string, number>();

  /**
   * The keys of a word's unit, if `rememberWordKeys` was told them: they are computed once per word
   * and language, since most words of a text recur. Two calls rather than one taking a function
   * that computes them: that function was a closure made for every word of every sentence.
   */
  knownWordKeys(lang: Lang, word: string): readonly number[] | undefined {
    return this.words[lang].get(word);
  }

  rememberWordKeys(lang: Lang, word: string, keys: readonly number[]): readonly number[] {
    this.words[lang].set(word, keys);
    return keys;
  }

  /** The key of a capitalised word's consonant skeleton (nameSkeleton.ts), computed once per word; -1 when it has none. */
  nameKey(word: string): number {
    let key = this.skeletons.get(word);
    if (key === undefined) {
      const skeleton = nameSkeleton(word);
      key = skeleton === null ? -1 : this.intern(`s:${skeleton}`);
      this.skeletons.set(word, key);
    }
    return key;
  }

  /** How many keys have been interned: every id is below it. */
  get size(): number {
    return this.ids.size;
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

/**
 * What the sentences of a text leave for the whole text to settle while they are read: the proper
 * nouns they write, and the names of the few sentences whose names wait on those nouns. A sentence
 * is made once, as its features (TextSentence), and settled when the text is read: a draft object
 * of its own lived until the whole text was read, long enough for the young generation to copy it
 * twice, and then died.
 */
interface Unsettled {
  readonly properNouns: Set<string>;
  readonly pendingNames: Map<TextSentence, NameCandidates>;
}

/** The lists a sentence reads before its text is settled: none, as no comparison reads it before. */
const UNSETTLED_LISTS: TextKeyLists = { keys: new Int32Array(0), unitOf: new Uint8Array(0), unitKeys: new Int32Array(0), weights: new Float64Array(0), spans: new Int32Array(0) };

/** One text's keys, unit starts and unit spans, every sentence's after the one before. */
interface TextLists {
  readonly keys: Int32List;
  readonly unitStarts: Int32List;
  readonly spans: Int32List;
}

/** A key and the unit it belongs to, packed in one integer so that a sentence's keys sort as numbers: key · 64 + unit. */
const UNIT_BITS = 6;

/** Extracts the features of every sentence of one text; `table` must be shared with the other text. */
export function extractFeatures(sentences: readonly string[], lang: Lang, lexicon: Lexicon, table: KeyTable, publication: Publication | null = null): SentenceFeatures[] {
  const lists: TextLists = { keys: new Int32List(16 * sentences.length), unitStarts: new Int32List(8 * sentences.length), spans: new Int32List(16 * sentences.length) };
  const shared = new SharedMarks();
  const unsettled: Unsettled = { properNouns: new Set(), pendingNames: new Map() };
  const sentenceFeatures = sentences.map((text) => readSentence(text, lang, lexicon, table, lists, shared, publication, unsettled));
  const keys = lists.keys.view();
  const unitStarts = lists.unitStarts.view();
  // Document frequency of each unit's first key, within this text only: how many sentences have it.
  const frequency = new Int32Array(table.size);
  const lastCounted = new Int32Array(table.size).fill(-1);
  sentenceFeatures.forEach((sentence, index) => {
    for (let unit = sentence.unitFrom; unit < sentence.unitFrom + sentence.unitCount; unit++) {
      const key = keys[unitStarts[unit] as number] as number;
      if (lastCounted[key] !== index) {
        lastCounted[key] = index;
        frequency[key] = (frequency[key] as number) + 1;
      }
    }
  });
  const count = Math.max(1, sentenceFeatures.length);
  // One buffer of each kind for the whole text, each sentence's part of it read in place (or through a
  // view made when asked): a typed array of its own per sentence would cost more in wrappers than its few numbers.
  const totalUnits = unitStarts.length;
  const keyBuffer = new Int32Array(keys.length);
  const unitBuffer = new Uint8Array(keys.length);
  const weightBuffer = new Float64Array(totalUnits);
  const firstKeyBuffer = new Int32Array(totalUnits);
  // A copy as long as its numbers: the list's own array, grown by doubling, may be near twice as long.
  const spanBuffer = lists.spans.view().slice();
  const textKeys: TextKeyLists = { keys: keyBuffer, unitOf: unitBuffer, unitKeys: firstKeyBuffer, weights: weightBuffer, spans: spanBuffer };
  const packed = new Int32Array(sentenceFeatures.reduce((most, sentence) => Math.max(most, sentence.keyTo - sentence.keyFrom), 0));
  let keyAt = 0;
  for (const sentence of sentenceFeatures) {
    const units = sentence.unitCount;
    let mass = 0;
    for (let unit = 0; unit < units; unit++) {
      const from = unitStarts[sentence.unitFrom + unit] as number;
      const to = unit + 1 < units ? (unitStarts[sentence.unitFrom + unit + 1] as number) : sentence.keyTo;
      const first = keys[from] as number;
      firstKeyBuffer[sentence.unitFrom + unit] = first;
      const weight = Math.log(1 + count / ((frequency[first] as number) || 1));
      weightBuffer[sentence.unitFrom + unit] = weight;
      mass += weight;
      for (let k = from; k < to; k++) packed[k - sentence.keyFrom] = ((keys[k] as number) << UNIT_BITS) | unit;
    }
    const sorted = packed.subarray(0, sentence.keyTo - sentence.keyFrom).sort();
    // A unit may reach one key twice (a phrase's stem and its first word's): keep each key of a unit once.
    const start = keyAt;
    for (let k = 0; k < sorted.length; k++) {
      if (k > 0 && sorted[k] === sorted[k - 1]) continue;
      keyBuffer[keyAt] = (sorted[k] as number) >> UNIT_BITS;
      unitBuffer[keyAt++] = (sorted[k] as number) & ((1 << UNIT_BITS) - 1);
    }
    const pending = unsettled.pendingNames.get(sentence);
    sentence.settle(pending === undefined ? sentence.names : confirmedNames(pending, unsettled.properNouns), mass, textKeys, start, keyAt);
  }
  return sentenceFeatures;
}

/** A sentence's names once its text's proper nouns are known; its candidates' marks, already shared and cut to length, when none was pending. */
function confirmedNames(candidates: NameCandidates, properNouns: ReadonlySet<string>): readonly NameMark[] {
  const names = confirmNames(candidates, properNouns);
  return names === candidates.marks ? names : exactList(names);
}

/** The candidates with their marks shared (SharedMarks) in a list as long as they are; the pending marks stay pending. */
function sharedCandidates(candidates: NameCandidates, shared: SharedMarks): NameCandidates {
  if (candidates.marks.length === 0) return { marks: NONE, pending: candidates.pending, properNouns: candidates.properNouns };
  const marks = candidates.marks.map((mark) => shared.name(mark));
  if (candidates.pending.size === 0) return { marks, pending: candidates.pending, properNouns: candidates.properNouns };
  const pending = new Set(marks.filter((_, index) => candidates.pending.has(candidates.marks[index] as NameMark)));
  return { marks, pending, properNouns: candidates.properNouns };
}

/** One empty list for every sentence that has no mark of a kind: most sentences have no negation, many no date or figure. */
const NONE: readonly never[] = Object.freeze([]);

/**
 * A sentence's list of marks, as long as its marks and no longer. The finders grow their lists by
 * pushing, which leaves room for 17 where a sentence has one or two: at 20,000 sentences a side,
 * about 10 MB of empty slots that lived as long as the features.
 */
function exactList<T>(list: readonly T[]): readonly T[] {
  return list.length === 0 ? NONE : list.slice();
}

/**
 * The strings and lists that a text's marks repeat, kept once: a long text names the same people,
 * places and days in sentence after sentence, and each finder makes its own copy of each word (its
 * text, its folded form, a list of its forms) — about 8 MB at 20,000 sentences a side. The marks
 * themselves stay one per place, since their offsets differ.
 */
class SharedMarks {
  private readonly strings = new Map<string, string>();
  private readonly formLists = new Map<string, readonly string[]>();

  name(mark: NameMark): NameMark {
    return { text: this.string(mark.text), fold: this.string(mark.fold), start: mark.start, end: mark.end, forms: this.forms(mark.forms) };
  }

  date(mark: DateMark): DateMark {
    return { part: mark.part, key: this.string(mark.key), text: this.string(mark.text), start: mark.start, end: mark.end };
  }

  private string(text: string): string {
    const known = this.strings.get(text);
    if (known !== undefined) return known;
    this.strings.set(text, text);
    return text;
  }

  private forms(forms: readonly string[]): readonly string[] {
    // Forms are folded words, which hold no line break: joined by one, they name the list.
    const key = forms.join('\n');
    const known = this.formLists.get(key);
    if (known !== undefined) return known;
    const list = forms.map((form) => this.string(form));
    this.formLists.set(key, list);
    return list;
  }
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
  // Each text's lists again, with weights of their own: the sentences of one text share its lists.
  const reweighedLists = new Map<TextKeyLists, TextKeyLists>();
  const reweigh = (sentence: SentenceFeatures): SentenceFeatures => {
    if (!(sentence instanceof TextSentence)) throw new Error('weighAcrossTexts: these features were not made by extractFeatures; this is a bug');
    let lists = reweighedLists.get(sentence.lists);
    if (lists === undefined) reweighedLists.set(sentence.lists, (lists = { ...sentence.lists, weights: new Float64Array(sentence.lists.weights.length) }));
    let mass = 0;
    for (let unit = 0; unit < sentence.unitCount; unit++) {
      const weight = Math.log(1 + count / (frequency.get(sentence.lists.unitKeys[sentence.unitFrom + unit] as number) ?? 1));
      lists.weights[sentence.unitFrom + unit] = weight;
      mass += weight;
    }
    return sentence.reweighed(lists, mass);
  };
  return { fr: fr.map(reweigh), en: en.map(reweigh) };
}

/** Reads one sentence into its features, unsettled (TextSentence.settle): its units' keys and spans go to its text's lists. */
function readSentence(
  text: string,
  lang: Lang,
  lexicon: Lexicon,
  table: KeyTable,
  lists: TextLists,
  shared: SharedMarks,
  publication: Publication | null,
  unsettled: Unsettled,
): TextSentence {
  const folded = foldKeepingOffsets(text);
  const tokens = tokenize(text, folded);
  const dates = findDates(text, folded, lang, tokens);
  const taken = dates.map((mark) => [mark.start, mark.end] as const);
  const numbers = findNumbers(text, folded, lang, taken, tokens);
  const { keys, unitStarts, spans } = lists;
  const keyFrom = keys.length;
  const unitFrom = unitStarts.length;
  const units = () => unitStarts.length - unitFrom;
  const addUnit = (key: number, start: number, end: number, moreKeys: readonly string[] = []) => {
    if (units() === MAX_UNITS) return;
    unitStarts.push(keys.length);
    keys.push(key);
    for (const more of moreKeys) keys.push(table.intern(more));
    spans.push(start);
    spans.push(end);
  };

  // A day the text names against its publication ("hier", "on Wednesday", "today") also meets the
  // same day named another way: "hier" in a paper of Thursday 8 February and "on Wednesday" in one
  // of the same day are one day, 7 February.
  const days = publication === null ? NO_DAY_KEYS : dayKeys(text, lang, dates, publication);
  const daysWithin = (start: number, end: number) => (days.length === 0 ? NO_DAYS : days.filter((day) => day.start < end && start < day.end).map((day) => day.key));
  // A time also meets the same time told in another zone, which shares its minutes ("22h30" in Paris, "9:30 p.m. GMT").
  const minutesOf = (mark: DateMark) => (mark.part === 'time' ? [`tm:${mark.key.slice(mark.key.lastIndexOf(':') + 1)}`] : NO_DAYS);
  for (const mark of dates) addUnit(table.intern(mark.part === 'year' ? `n:${mark.key.slice(2)}` : mark.key), mark.start, mark.end, [...minutesOf(mark), ...daysWithin(mark.start, mark.end)]);
  // A figure with a unit also meets its conversion ("50 mph" / "80 km/h"); a figure in brackets just
  // after another restates it in another unit or currency ("€1.2 billion ($1.3 billion)"), so each
  // also meets what the other meets, and the other side may give either.
  const figureKeys = numbers.map((quantity) => [`n:${quantity.value}`, ...(quantity.measure ? measureKeys(quantity.measure) : [])]);
  for (let index = 1; index < numbers.length; index++) {
    if (!RESTATED.test(text.slice((numbers[index - 1] as Quantity).end, (numbers[index] as Quantity).start))) continue;
    const [before, after] = [figureKeys[index - 1] as string[], figureKeys[index] as string[]];
    figureKeys[index - 1] = [...before, ...after];
    figureKeys[index] = [...after, ...before];
  }
  numbers.forEach((quantity, index) => {
    const [own, ...more] = figureKeys[index] as string[];
    // A number in one word is a word too: the French "Premier" of "Premier League" is the English one.
    if (quantity.soft && SINGLE_WORD.test(quantity.text)) more.push(`c:${foldWord(quantity.text).slice(0, COGNATE_LENGTH)}`);
    addUnit(table.intern(own as string), quantity.start, quantity.end, more);
  });

  for (let index = 0; index < tokens.length && units() < MAX_UNITS; index++) {
    const token = tokens[index];
    if (!token || within(token, dates) || within(token, numbers)) continue;
    const word = token.fold;
    // "US" is the country, not "us": an acronym is content, unless the text around it is in capitals too ("THE US").
    const standsOutInCapitals = token.acronym && tokens[index - 1]?.acronym !== true && tokens[index + 1]?.acronym !== true;
    if ((FUNCTION_WORDS[lang].has(word) && !standsOutInCapitals) || (word.length < 2 && !token.acronym)) continue;
    unitStarts.push(keys.length);
    const wordKeys = table.knownWordKeys(lang, word) ?? table.rememberWordKeys(lang, word, computeWordKeys(word, lang, lexicon, table));
    for (let k = 0; k < wordKeys.length; k++) keys.push(wordKeys[k] as number);
    // A name written in full also meets its acronym on the other side ("Paris Saint-Germain" / "PSG").
    const acronym = token.capital ? acronymOfNameAt(tokens, index) : null;
    if (acronym !== null) keys.push(table.intern(`w:${englishKeyStem(acronym)}`));
    // A name transliterated two ways meets itself by its consonants ("Boudienny" / "Budyonny").
    const nameKey = token.capital && !token.acronym ? table.nameKey(word) : -1;
    if (nameKey >= 0) keys.push(nameKey);
    for (const day of daysWithin(token.start, token.end)) keys.push(table.intern(day));
    const start = token.start;
    if (lang === 'fr') index += addPhraseKeys(tokens, index, lexicon, table, keys);
    spans.push(start);
    spans.push((tokens[index] as Token).end);
  }
  // In the order the marks were always made: the strings SharedMarks keeps are the first met.
  const numberMarks = exactList(numbers);
  const dateMarks = dates.length === 0 ? NONE : dates.map((mark) => shared.date(mark));
  const negations = exactList(findNegations(text, tokens, lang));
  const names = sharedCandidates(findNameCandidates(text, tokens, lang, lexicon), shared);
  for (let k = 0; k < names.properNouns.length; k++) unsettled.properNouns.add(names.properNouns[k] as string);
  // Its keys where they were gathered, its names as found and no weights yet: extractFeatures settles
  // them. Its mass not a number until then, as it is a fraction after: its field is one from the start.
  const sentence = new TextSentence(lang, text, numberMarks, dateMarks, names.marks, negations, Number.NaN, UNSETTLED_LISTS, keyFrom, keys.length, unitFrom, unitStarts.length - unitFrom);
  if (names.pending.size > 0) unsettled.pendingNames.set(sentence, names);
  return sentence;
}

/** The keys of a word's unit: its cognate key, and its stem (English) or its translations' stems (French). */
function computeWordKeys(word: string, lang: Lang, lexicon: Lexicon, table: KeyTable): number[] {
  const own = [table.intern(`c:${word.slice(0, COGNATE_LENGTH)}`)];
  if (lang === 'en') own.push(table.intern(`w:${englishKeyStem(word)}`));
  else {
    const stems = frenchTranslationStems(word, lexicon);
    // A word no dictionary translates is most often a name, an acronym or a loan, written alike in English: "VPN" meets "VPNs".
    if (stems.length === 0) stems.push(englishKeyStem(word));
    for (const stem of stems) own.push(table.intern(`w:${stem}`));
  }
  return own;
}

/** Whether the token lies inside one of the marks (a date's or a figure's words): it is part of that unit, not one of its own. */
function within(token: Token, marks: readonly { readonly start: number; readonly end: number }[]): boolean {
  for (const mark of marks) if (mark.start <= token.start && token.end <= mark.end) return true;
  return false;
}

/**
 * Adds the keys of a French phrase or name of the lexicon that starts at `index` ("feu vert",
 * "Nations unies") to the unit of its first word; returns how many further words it spans.
 */
function addPhraseKeys(tokens: readonly Token[], index: number, lexicon: Lexicon, table: KeyTable, keys: Int32List): number {
  for (let length = phraseReach(lexicon, tokens, index); length >= 1; length--) {
    const phrase = tokens
      .slice(index, index + length)
      .map((token) => token.fold)
      .join(' ');
    const stems = length > 1 ? lexicon.phrases.get(phrase) : undefined;
    const names = lexicon.names.get(phrase);
    if (!stems && !names) continue;
    for (const stem of stems ?? []) keys.push(table.intern(`w:${stem}`));
    for (const form of names ?? []) {
      for (const word of form.split(' ')) {
        keys.push(table.intern(`c:${word.slice(0, COGNATE_LENGTH)}`));
        keys.push(table.intern(`w:${stemWord(word, 'en')}`));
      }
    }
    return names ? length - 1 : 0; // a name is one unit; a phrase's words still count one by one
  }
  return 0;
}
