/**
 * Coverage masks of the sentence pairs that the alignment's band can reach (alignSentences.ts),
 * four 32-bit words a pair in one typed array, all computed before the dynamic program runs.
 *
 * The masks are those of pairMasks (cost.ts): the units of each sentence that share a key with
 * the other sentence. They are found French sentence by French sentence: the sentence's keys are
 * stamped once in tables indexed by key (which of its units each key belongs to), and each English
 * sentence of its band then looks its own keys up there. A pair costs one pass over the English
 * sentence's keys, without the branches of a sorted merge, and no object: pairMasks' answer, made
 * for each of the some 440,000 pairs at 20,000 sentences a side, was the phase's largest garbage.
 *
 * Each pair also keeps what each of its sentences pays when the pair's other sentence is all that
 * covers it (uncoveredPenalty, cost.ts): a 1-1 bead's sentences, a 2-1 bead's French ones and a
 * 1-2 bead's English ones pay exactly that, and the program prices such beads at every node. A
 * sentence facing two is covered by the union of two masks, which is often one of them (the other
 * adds nothing): its penalty is then that mask's, read too, since a penalty depends on the mask only.
 */
import { maskedMass, uncoveredPenalty, type CostParameters } from './cost';
import type { SentenceFeatures } from './features';

export class PairCoverage {
  /** English sentences lo[p] … hi[p] are those French sentence p may meet; its pairs start at start[p]. */
  private readonly lo: Int32Array;
  private readonly hi: Int32Array;
  private readonly start: Int32Array;
  /** For pair k: French low and high mask words, then English low and high, at 4k … 4k+3. */
  readonly words: Int32Array;
  /**
   * What sentences pay for what they leave uncovered, read by slot (the slot methods below): for
   * pair k, its French sentence covered by the English one alone at 2k, its English one covered by
   * the French one alone at 2k+1; then each French sentence covered by nothing, then each English
   * one; last, one slot for a penalty computed on demand. Slots rather than the numbers themselves,
   * since a fraction returned from a call that the compiler does not inline is boxed on the heap.
   */
  readonly penalties: Float64Array;
  private readonly frAloneSlot: number;
  private readonly enAloneSlot: number;
  private readonly scratchSlot: number;

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
    this.start = new Int32Array(count + 1);
    for (let p = 0; p < count; p++) {
      const nextRow = Math.min(p + 2, count);
      const lo = Math.max(0, Math.min(bandLo[p + 1] as number, bandLo[nextRow] as number) - 2);
      const hi = Math.min(en.length - 1, Math.max(bandHi[p + 1] as number, bandHi[nextRow] as number) - 1);
      this.lo[p] = lo;
      this.hi[p] = hi;
      this.start[p + 1] = (this.start[p] as number) + Math.max(0, hi - lo + 1);
    }
    const size = this.start[count] as number;
    this.words = new Int32Array(4 * size);
    this.frAloneSlot = 2 * size;
    this.enAloneSlot = this.frAloneSlot + fr.length;
    this.scratchSlot = this.enAloneSlot + en.length;
    this.penalties = new Float64Array(this.scratchSlot + 1);
    for (let p = 0; p < fr.length; p++) this.penalties[this.frAloneSlot + p] = uncoveredPenalty(fr[p] as SentenceFeatures, maskedMass((fr[p] as SentenceFeatures).weights, 0, 0), parameters);
    for (let q = 0; q < en.length; q++) this.penalties[this.enAloneSlot + q] = uncoveredPenalty(en[q] as SentenceFeatures, maskedMass((en[q] as SentenceFeatures).weights, 0, 0), parameters);
    this.fill();
  }

  /** The slot of what French sentence p pays when English sentence q alone covers it. */
  frSlot(p: number, q: number): number {
    const at = this.locate(p, q);
    return at < 0 ? this.frAloneSlot + p : at >> 1;
  }

  /** The slot of what English sentence q pays when French sentence p alone covers it. */
  enSlot(p: number, q: number): number {
    const at = this.locate(p, q);
    return at < 0 ? this.enAloneSlot + q : (at >> 1) + 1;
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
    const sentence = this.fr[p] as SentenceFeatures;
    this.penalties[this.scratchSlot] = uncoveredPenalty(sentence, maskedMass(sentence.weights, low, high), this.parameters);
    return this.scratchSlot;
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
    const sentence = this.en[q] as SentenceFeatures;
    this.penalties[this.scratchSlot] = uncoveredPenalty(sentence, maskedMass(sentence.weights, low, high), this.parameters);
    return this.scratchSlot;
  }

  /** Where the masks of pair (p, q) start in `words`; -1 outside the band (nothing covered). */
  locate(p: number, q: number): number {
    const lo = this.lo[p] as number;
    if (q < lo || q > (this.hi[p] as number)) return -1;
    return 4 * ((this.start[p] as number) + q - lo);
  }

  private fill(): void {
    const { fr, en, words, penalties, parameters } = this;
    const keyCount = Math.max(largestKey(fr), largestKey(en)) + 1;
    // For each key, the French sentence that stamped it last, and that sentence's units with the key.
    const stampedBy = new Int32Array(keyCount).fill(-1);
    const unitsLow = new Int32Array(keyCount);
    const unitsHigh = new Int32Array(keyCount);
    for (let p = 0; p < fr.length; p++) {
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
        const unit = units[k] as number;
        if (unit < 32) unitsLow[key] = (unitsLow[key] as number) | (1 << unit);
        else unitsHigh[key] = (unitsHigh[key] as number) | (1 << (unit - 32));
      }
      let pair = this.start[p] as number;
      for (let q = this.lo[p] as number; q <= (this.hi[p] as number); q++) {
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
          if (unit < 32) enLow |= 1 << unit;
          else enHigh |= 1 << (unit - 32);
        }
        const at = 4 * pair;
        words[at] = frLow;
        words[at + 1] = frHigh;
        words[at + 2] = enLow;
        words[at + 3] = enHigh;
        penalties[2 * pair] = uncoveredPenalty(sentence, maskedMass(sentence.weights, frLow, frHigh), parameters);
        penalties[2 * pair + 1] = uncoveredPenalty(other, maskedMass(other.weights, enLow, enHigh), parameters);
        pair++;
      }
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
