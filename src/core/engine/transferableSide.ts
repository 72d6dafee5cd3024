/**
 * A prepared side (preparedSide.ts) as a few flat arrays, for sending to another thread: posted
 * as it is, twenty thousand sentences' features are a hundred thousand small typed arrays and
 * arrays of marks, which the structured clone takes about half a second to copy and rebuild, more
 * than preparing the side in the first place. Flat, the numbers travel as transferred buffers (no
 * copy), the marks as four lists, and the sentences' texts are not sent at all: the receiver
 * slices them from the source it holds.
 */
import type { Range, Source } from '../model/types';
import type { DateMark } from './dates';
import type { SentenceFeatures } from './features';
import type { NameMark } from './names';
import type { NegationMark } from './negation';
import type { Quantity } from './numbers';
import type { PreparedSide } from './preparedSide';

export interface TransferableSide {
  readonly lang: PreparedSide['lang'];
  readonly keys: readonly string[];
  /** Each sentence's start and end, two numbers a sentence; and its paragraph. */
  readonly ranges: Int32Array;
  readonly paragraphOf: Int32Array;
  /** Per sentence: how many keys, units, figures, dates, names and negations it has, SENTENCE_COUNTS numbers a sentence. */
  readonly counts: Int32Array;
  /** Every sentence's arrays one after the other, in sentence order. */
  readonly keyIds: Int32Array;
  readonly unitOf: Uint8Array;
  readonly weights: Float64Array;
  readonly unitSpans: Int32Array;
  readonly unitKeys: Int32Array;
  readonly mass: Float64Array;
  readonly numbers: readonly Quantity[];
  readonly dates: readonly DateMark[];
  readonly names: readonly NameMark[];
  readonly negations: readonly NegationMark[];
}

const SENTENCE_COUNTS = 6;

/** The side in flat form, and the buffers to transfer with it. */
export function toTransferable(side: PreparedSide): { side: TransferableSide; transfer: ArrayBuffer[] } {
  const { features } = side;
  const total = (size: (sentence: SentenceFeatures) => number) => features.reduce((sum, sentence) => sum + size(sentence), 0);
  const flat = {
    keyIds: new Int32Array(total((sentence) => sentence.keys.length)),
    unitOf: new Uint8Array(total((sentence) => sentence.keys.length)),
    weights: new Float64Array(total((sentence) => sentence.weights.length)),
    unitSpans: new Int32Array(total((sentence) => sentence.unitSpans.length)),
    unitKeys: new Int32Array(total((sentence) => sentence.unitKeys.length)),
  };
  const counts = new Int32Array(SENTENCE_COUNTS * features.length);
  const mass = new Float64Array(features.length);
  const at = { keys: 0, units: 0 };
  features.forEach((sentence, index) => {
    flat.keyIds.set(sentence.keys, at.keys);
    flat.unitOf.set(sentence.unitOf, at.keys);
    flat.weights.set(sentence.weights, at.units);
    flat.unitSpans.set(sentence.unitSpans, 2 * at.units);
    flat.unitKeys.set(sentence.unitKeys, at.units);
    at.keys += sentence.keys.length;
    at.units += sentence.weights.length;
    counts.set([sentence.keys.length, sentence.weights.length, sentence.numbers.length, sentence.dates.length, sentence.names.length, sentence.negations.length], SENTENCE_COUNTS * index);
    mass[index] = sentence.mass;
  });
  const ranges = new Int32Array(side.sentences.ranges.flat());
  const paragraphOf = Int32Array.from(side.sentences.paragraphOf);
  return {
    side: {
      lang: side.lang,
      keys: side.keys,
      ranges,
      paragraphOf,
      counts,
      ...flat,
      mass,
      numbers: features.flatMap((sentence) => sentence.numbers),
      dates: features.flatMap((sentence) => sentence.dates),
      names: features.flatMap((sentence) => sentence.names),
      negations: features.flatMap((sentence) => sentence.negations),
    },
    transfer: [ranges, paragraphOf, counts, ...Object.values(flat), mass].map((array) => array.buffer as ArrayBuffer),
  };
}

/** The prepared side again, its sentences' texts sliced from `source`, the source it was prepared from. */
export function fromTransferable(side: TransferableSide, source: Source): PreparedSide {
  if (side.lang !== source.lang) throw new Error(`fromTransferable: a ${side.lang} side given with a ${source.lang} source; this is a bug`);
  const sentenceCount = side.paragraphOf.length;
  const ranges: Range[] = Array.from({ length: sentenceCount }, (_, index) => [side.ranges[2 * index] as number, side.ranges[2 * index + 1] as number]);
  const at = { keys: 0, units: 0, numbers: 0, dates: 0, names: 0, negations: 0 };
  // Each list's next `count` items, the list read on from where the sentence before stopped.
  const take = <T>(list: readonly T[], kind: 'numbers' | 'dates' | 'names' | 'negations', count: number): T[] => list.slice(at[kind], (at[kind] += count));
  const features = ranges.map(([start, end], index): SentenceFeatures => {
    const count = (which: number) => side.counts[SENTENCE_COUNTS * index + which] as number;
    const [keyCount, unitCount, numberCount, dateCount, nameCount, negationCount] = [count(0), count(1), count(2), count(3), count(4), count(5)];
    const text = source.text.slice(start, end);
    const sentence: SentenceFeatures = {
      lang: side.lang,
      text,
      length: text.length,
      numbers: take(side.numbers, 'numbers', numberCount),
      dates: take(side.dates, 'dates', dateCount),
      names: take(side.names, 'names', nameCount),
      negations: take(side.negations, 'negations', negationCount),
      keys: side.keyIds.subarray(at.keys, at.keys + keyCount),
      unitOf: side.unitOf.subarray(at.keys, at.keys + keyCount),
      weights: side.weights.subarray(at.units, at.units + unitCount),
      mass: side.mass[index] as number,
      unitSpans: side.unitSpans.subarray(2 * at.units, 2 * (at.units + unitCount)),
      unitKeys: side.unitKeys.subarray(at.units, at.units + unitCount),
    };
    at.keys += keyCount;
    at.units += unitCount;
    return sentence;
  });
  return { lang: side.lang, sentences: { ranges, paragraphOf: Array.from(side.paragraphOf) }, features, keys: side.keys };
}
