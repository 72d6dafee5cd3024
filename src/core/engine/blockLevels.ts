/**
 * The coarse levels of the alignment (alignSentences.ts): the sentences as blocks, each block its
 * BLOCK_KEYS heaviest keys and their weights, then neighbouring blocks merged two by two, level
 * after level.
 */
import type { SentenceFeatures } from './features';
import { kthLargest } from './kthLargest';

/** Heaviest keys kept per block on coarse levels. */
const BLOCK_KEYS = 24;

/**
 * The blocks of one coarse level: block b's keys (ascending) and their weights lie from starts[b]
 * to starts[b + 1] of two arrays the level shares, its mass at mass[b]. Two arrays a level rather
 * than two a block: at 20,000 sentences a side, the levels' blocks were some 150,000 small typed
 * arrays, whose making cost more than their few numbers.
 */
export interface BlockLevel {
  readonly count: number;
  readonly keys: Int32Array;
  readonly weights: Float64Array;
  readonly starts: Int32Array;
  readonly mass: Float64Array;
}

/**
 * Fills a level block after block; its arrays are sized once, for `keyCapacity` keys in all, which
 * the caller bounds block by block (no block keeps more than BLOCK_KEYS keys, nor more than it is
 * made of). A bound per block rather than BLOCK_KEYS for each: a sentence has some 13 to 20 keys,
 * and room made for keys never written was a third of the levels' memory, each byte of it zeroed.
 */
class LevelBuilder {
  private readonly keys: Int32Array;
  private readonly weights: Float64Array;
  private readonly starts: Int32Array;
  private readonly mass: Float64Array;
  private count = 0;

  constructor(capacity: number, keyCapacity: number) {
    this.keys = new Int32Array(keyCapacity);
    this.weights = new Float64Array(keyCapacity);
    this.starts = new Int32Array(capacity + 1);
    this.mass = new Float64Array(capacity);
  }

  /** Adds the draft's BLOCK_KEYS heaviest keys as the next block (ties go to the smaller keys), still in ascending key order. */
  addHeaviest(draft: BlockDraft): void {
    const { keys, weights, length } = draft;
    let threshold = -Infinity;
    let tiesAllowed = Infinity;
    if (length > BLOCK_KEYS) {
      threshold = kthLargest(weights, BLOCK_KEYS, length);
      let above = 0;
      for (let k = 0; k < length; k++) if ((weights[k] as number) > threshold) above++;
      tiesAllowed = BLOCK_KEYS - above;
    }
    let out = this.starts[this.count] as number;
    let mass = 0;
    for (let k = 0; k < length; k++) {
      const weight = weights[k] as number;
      if (weight < threshold || (weight === threshold && tiesAllowed-- <= 0)) continue;
      this.keys[out] = keys[k] as number;
      this.weights[out++] = weight;
      mass += weight;
    }
    this.close(out, mass);
  }

  /** Adds block `index` of `level` as it is. */
  copy(level: BlockLevel, index: number): void {
    const from = level.starts[index] as number;
    const to = level.starts[index + 1] as number;
    const out = this.starts[this.count] as number;
    this.keys.set(level.keys.subarray(from, to), out);
    this.weights.set(level.weights.subarray(from, to), out);
    this.close(out + to - from, level.mass[index] as number);
  }

  finish(): BlockLevel {
    return { count: this.count, keys: this.keys, weights: this.weights, starts: this.starts, mass: this.mass };
  }

  private close(end: number, mass: number): void {
    this.mass[this.count] = mass;
    this.starts[++this.count] = end;
  }
}

/**
 * Keys and weights of the block being built, before LevelBuilder keeps its heaviest: one scratch
 * pair, grown when a block needs more, instead of two lists per block.
 */
class BlockDraft {
  keys = new Int32Array(256);
  weights = new Float64Array(256);
  length = 0;

  start(capacity: number): void {
    if (this.keys.length < capacity) {
      this.keys = new Int32Array(2 * capacity);
      this.weights = new Float64Array(2 * capacity);
    }
    this.length = 0;
  }

  push(key: number, weight: number): void {
    this.keys[this.length] = key;
    this.weights[this.length++] = weight;
  }
}

/** The sentences as the finest level of blocks: each sentence's keys, a key shared by two units at the heavier weight. */
export function sentenceBlocks(sentences: readonly SentenceFeatures[]): BlockLevel {
  let keyCapacity = 0;
  for (let s = 0; s < sentences.length; s++) keyCapacity += Math.min(BLOCK_KEYS, (sentences[s] as SentenceFeatures).keyTo - (sentences[s] as SentenceFeatures).keyFrom);
  const level = new LevelBuilder(sentences.length, keyCapacity);
  const draft = new BlockDraft();
  for (const sentence of sentences) {
    // Keys are sorted; a key shared by two units keeps the heavier weight. Read in place, as in cost.ts.
    const { keys, unitOf, weights } = sentence.lists;
    draft.start(sentence.keyTo - sentence.keyFrom);
    for (let k = sentence.keyFrom; k < sentence.keyTo; k++) {
      const key = keys[k] as number;
      const weight = weights[sentence.unitFrom + (unitOf[k] as number)] as number;
      if (draft.length > 0 && draft.keys[draft.length - 1] === key) draft.weights[draft.length - 1] = Math.max(draft.weights[draft.length - 1] as number, weight);
      else draft.push(key, weight);
    }
    level.addHeaviest(draft);
  }
  return level.finish();
}

/** Merges neighbouring blocks two by two: a sorted merge of their keys. */
export function mergeBlocks(blocks: BlockLevel): BlockLevel {
  const { keys, weights, starts } = blocks;
  let keyCapacity = 0;
  for (let k = 0; k < blocks.count; k += 2) keyCapacity += Math.min(BLOCK_KEYS, (starts[Math.min(k + 2, blocks.count)] as number) - (starts[k] as number));
  const level = new LevelBuilder(Math.ceil(blocks.count / 2), keyCapacity);
  const draft = new BlockDraft();
  for (let k = 0; k < blocks.count; k += 2) {
    if (k + 1 === blocks.count) {
      level.copy(blocks, k);
      continue;
    }
    const aEnd = starts[k + 1] as number;
    const bEnd = starts[k + 2] as number;
    draft.start(bEnd - (starts[k] as number));
    let i = starts[k] as number;
    let j = aEnd;
    // Integers only, without an Infinity past either end: the compiler keeps the keys as small integers.
    while (i < aEnd && j < bEnd) {
      const keyA = keys[i] as number;
      const keyB = keys[j] as number;
      if (keyA < keyB) draft.push(keyA, weights[i++] as number);
      else if (keyB < keyA) draft.push(keyB, weights[j++] as number);
      else draft.push(keyA, Math.max(weights[i++] as number, weights[j++] as number));
    }
    for (; i < aEnd; i++) draft.push(keys[i] as number, weights[i] as number);
    for (; j < bEnd; j++) draft.push(keys[j] as number, weights[j] as number);
    level.addHeaviest(draft);
  }
  return level.finish();
}
