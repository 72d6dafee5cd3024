/**
 * Coverage of the sentence pairs that the alignment's band can reach (alignSentences.ts), for the
 * sentences' program (fineProgram.ts), one French sentence at a time.
 *
 * The masks are those of pairMasks (cost.ts): the units of each sentence that share a key with
 * the other sentence. They are found French sentence by French sentence: the sentence's keys are
 * stamped once in tables indexed by key (which of its units each key belongs to), and each English
 * sentence of its band then looks its own keys up there. A pair costs one pass over the English
 * sentence's keys, without the branches of a sorted merge.
 *
 * Each pair also keeps what each of its sentences pays when the pair's other sentence is all that
 * covers it (uncoveredPenalty, cost.ts): a 1-1 bead's sentences, a 2-1 bead's French ones and a
 * 1-2 bead's English ones pay exactly that, and the program prices such beads at every node. A
 * sentence facing two is covered by the union of two masks, which is often one of them (the other
 * adds nothing): its penalty is then that mask's, read too, since a penalty depends on the mask only.
 *
 * The program fills its table row by row, and the beads ending on node row i hold French sentences
 * i-1 and i-2 only: so only two French sentences' pairs are kept, in place of the previous two, not
 * the whole band's. At 20,000 sentences a side the band's were 13 MB of typed arrays, written once,
 * and on this machine writing fresh memory costs more than computing what goes in it.
 */
import { maskedMass, uncoveredPenalty, type CostParameters } from './cost';
import type { SentenceFeatures } from './features';

/** French sentences whose pairs are kept at once: the program's beads hold at most two. */
const KEPT_ROWS = 2;

export class PairCoverage {
  /** English sentences lo[p] … hi[p] are those French sentence p may meet. */
  private readonly lo: Int32Array;
  private readonly hi: Int32Array;
  /** Most English sentences any French sentence may meet: the room each kept row has. */
  private readonly width: number;
  /** For the pair at place k of the kept rows: French low and high mask words, then English low and high, at 4k … 4k+3. */
  private readonly words: Int32Array;
  /**
   * What sentences pay for what they leave uncovered, read by slot (the slot methods below): for
   * the pair at place k, its French sentence covered by the English one alone at 2k, its English
   * one covered by the French one alone at 2k+1; last, one slot for a penalty computed on demand.
   * Slots rather than the numbers themselves, since a fraction returned from a call that the
   * compiler does not inline is boxed on the heap.
   */
  readonly penalties: Float64Array;
  private readonly scratchSlot: number;
  /** For each key, the French sentence that stamped it last, and that sentence's units with the key. */
  private readonly stampedBy: Int32Array;
  private readonly unitsLow: Int32Array;
  private readonly unitsHigh: Int32Array;

  /**
   * The pairs of the band whose node rows span node columns `bandLo[i]` … `bandHi[i]`: French
   * sentence p is used at node rows p+1 and p+2, with English sentences from lo-2 to hi-1 of those rows.
   */
  constructor(
    private readonly fr: readonly SentenceFeatures[],
    private readonly en: readonly SentenceFeatures[],
    bandLo: Int32Array,
    bandHi: Int32Array,
    private readonly parameters: CostParameters,
  ) {
    const count = fr.length;
    this.lo = new Int32Array(count);
    this.hi = new Int32Array(count);
    let width = 0;
    for (let p = 0; p < count; p++) {
      const nextRow = Math.min(p + 2, count);
      const lo = Math.max(0, Math.min(bandLo[p + 1] as number, bandLo[nextRow] as number) - 2);
      const hi = Math.min(en.length - 1, Math.max(bandHi[p + 1] as number, bandHi[nextRow] as number) - 1);
      this.lo[p] = lo;
      this.hi[p] = hi;
      width = Math.max(width, hi - lo + 1);
    }
    this.width = width;
    this.words = new Int32Array(4 * KEPT_ROWS * width);
    this.scratchSlot = 2 * KEPT_ROWS * width;
    this.penalties = new Float64Array(this.scratchSlot + 1);
    const keyCount = Math.max(largestKey(fr), largestKey(en)) + 1;
    this.stampedBy = new Int32Array(keyCount).fill(-1);
    this.unitsLow = new Int32Array(keyCount);
    this.unitsHigh = new Int32Array(keyCount);
  }

  /** Where the masks of pair (p, q) start in `words`; -1 outside the band (nothing covered). */
  private locate(p: number, q: number): number {
    const lo = this.lo[p] as number;
    if (q < lo || q > (this.hi[p] as number)) return -1;
    return 4 * ((p % KEPT_ROWS) * this.width + q - lo);
  }

  /** The slot of a penalty computed now, for a sentence whose units `low` and `high` are covered. */
  private computed(sentence: SentenceFeatures, low: number, high: number): number {
    this.penalties[this.scratchSlot] = uncoveredPenalty(sentence, maskedMass(sentence, low, high), this.parameters);
    return this.scratchSlot;
  }

  /** The slot of what French sentence p pays when English sentence q alone covers it. */
  frSlot(p: number, q: number): number {
    const at = this.locate(p, q);
    return at < 0 ? this.computed(this.fr[p] as SentenceFeatures, 0, 0) : at >> 1;
  }

  /** The slot of what English sentence q pays when French sentence p alone covers it. */
  enSlot(p: number, q: number): number {
    const at = this.locate(p, q);
    return at < 0 ? this.computed(this.en[q] as SentenceFeatures, 0, 0) : (at >> 1) + 1;
  }

  /** The slot of what French sentence p pays when English sentences q and q+1 cover it. */
  frSlotOfTwo(p: number, q: number): number {
    const first = this.locate(p, q);
    const second = this.locate(p, q + 1);
    const words = this.words;
    const low1 = first < 0 ? 0 : (words[first] as number);
    const high1 = first < 0 ? 0 : (words[first + 1] as number);
    const low2 = second < 0 ? 0 : (words[second] as number);
    const high2 = second < 0 ? 0 : (words[second + 1] as number);
    const low = low1 | low2;
    const high = high1 | high2;
    if (low === low1 && high === high1) return this.frSlot(p, q);
    if (low === low2 && high === high2) return this.frSlot(p, q + 1);
    return this.computed(this.fr[p] as SentenceFeatures, low, high);
  }

  /** The slot of what English sentence q pays when French sentences p and p+1 cover it. */
  enSlotOfTwo(p: number, q: number): number {
    const first = this.locate(p, q);
    const second = this.locate(p + 1, q);
    const words = this.words;
    const low1 = first < 0 ? 0 : (words[first + 2] as number);
    const high1 = first < 0 ? 0 : (words[first + 3] as number);
    const low2 = second < 0 ? 0 : (words[second + 2] as number);
    const high2 = second < 0 ? 0 : (words[second + 3] as number);
    const low = low1 | low2;
    const high = high1 | high2;
    if (low === low1 && high === high1) return this.enSlot(p, q);
    if (low === low2 && high === high2) return this.enSlot(p + 1, q);
    return this.computed(this.en[q] as SentenceFeatures, low, high);
  }

  /**
   * Computes French sentence p's pairs, in place of those of sentence p - KEPT_ROWS: the program
   * calls it before node row p+1, whose beads are the first to hold sentence p.
   */
  keepRow(p: number): void {
    const { fr, en, words, penalties, parameters, stampedBy, unitsLow, unitsHigh } = this;
    const sentence = fr[p] as SentenceFeatures;
    const keys = sentence.lists.keys;
    const units = sentence.lists.unitOf;
    for (let k = sentence.keyFrom; k < sentence.keyTo; k++) {
      const key = keys[k] as number;
      if (stampedBy[key] !== p) {
        stampedBy[key] = p;
        unitsLow[key] = 0;
        unitsHigh[key] = 0;
      }
      // Unit u is bit u of the low word below 32, bit u - 32 of the high word from 32: worked out
      // without a branch, so that the compiled loop never meets a path it has not run yet.
      const unit = units[k] as number;
      const bit = 1 << (unit & 31);
      const isHigh = ((unit >> 5) << 31) >> 31; // all ones from unit 32, else 0
      unitsLow[key] = (unitsLow[key] as number) | (bit & ~isHigh);
      unitsHigh[key] = (unitsHigh[key] as number) | (bit & isHigh);
    }
    const lo = this.lo[p] as number;
    const hi = this.hi[p] as number;
    let pair = (p % KEPT_ROWS) * this.width;
    for (let q = lo; q <= hi; q++) {
      const other = en[q] as SentenceFeatures;
      const otherKeys = other.lists.keys;
      const otherUnits = other.lists.unitOf;
      let frLow = 0;
      let frHigh = 0;
      let enLow = 0;
      let enHigh = 0;
      for (let k = other.keyFrom; k < other.keyTo; k++) {
        const key = otherKeys[k] as number;
        if (stampedBy[key] !== p) continue;
        frLow |= unitsLow[key] as number;
        frHigh |= unitsHigh[key] as number;
        const unit = otherUnits[k] as number;
        const bit = 1 << (unit & 31);
        const isHigh = ((unit >> 5) << 31) >> 31;
        enLow |= bit & ~isHigh;
        enHigh |= bit & isHigh;
      }
      const at = 4 * pair;
      words[at] = frLow;
      words[at + 1] = frHigh;
      words[at + 2] = enLow;
      words[at + 3] = enHigh;
      penalties[2 * pair] = uncoveredPenalty(sentence, maskedMass(sentence, frLow, frHigh), parameters);
      penalties[2 * pair + 1] = uncoveredPenalty(other, maskedMass(other, enLow, enHigh), parameters);
      pair++;
    }
  }
}

function largestKey(sentences: readonly SentenceFeatures[]): number {
  let largest = -1;
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index] as SentenceFeatures;
    const keys = sentence.lists.keys;
    for (let k = sentence.keyFrom; k < sentence.keyTo; k++) if ((keys[k] as number) > largest) largest = keys[k] as number;
  }
  return largest;
}
