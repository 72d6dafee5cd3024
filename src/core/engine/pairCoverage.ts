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
 */
import type { SentenceFeatures } from './features';

export class PairCoverage {
  /** English sentences lo[p] … hi[p] are those French sentence p may meet; its pairs start at start[p]. */
  private readonly lo: Int32Array;
  private readonly hi: Int32Array;
  private readonly start: Int32Array;
  /** For pair k: French low and high mask words, then English low and high, at 4k … 4k+3. */
  readonly words: Int32Array;

  /**
   * The pairs of the band whose node rows span node columns `bandLo[i]` … `bandHi[i]`: French
   * sentence p is used at node rows p+1 and p+2, with English sentences from lo-2 to hi-1 of those rows.
   */
  constructor(
    private readonly fr: readonly SentenceFeatures[],
    private readonly en: readonly SentenceFeatures[],
    bandLo: Int32Array,
    bandHi: Int32Array,
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
    this.words = new Int32Array(4 * (this.start[count] as number));
    this.fill();
  }

  /** Where the masks of pair (p, q) start in `words`; -1 outside the band (nothing covered). */
  locate(p: number, q: number): number {
    const lo = this.lo[p] as number;
    if (q < lo || q > (this.hi[p] as number)) return -1;
    return 4 * ((this.start[p] as number) + q - lo);
  }

  private fill(): void {
    const { fr, en, words } = this;
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
      let at = 4 * (this.start[p] as number);
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
        words[at++] = frLow;
        words[at++] = frHigh;
        words[at++] = enLow;
        words[at++] = enHigh;
      }
    }
  }
}

function largestKey(sentences: readonly SentenceFeatures[]): number {
  let largest = -1;
  for (const sentence of sentences) {
    const keys = sentence.lists.keys;
    for (let k = sentence.keyFrom; k < sentence.keyTo; k++) if ((keys[k] as number) > largest) largest = keys[k] as number;
  }
  return largest;
}
