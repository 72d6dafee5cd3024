/**
 * A list of 32-bit integers in one typed array that grows by doubling: a whole text's keys or
 * spans, sentence after sentence, without an array per sentence. Its numbers live outside the
 * JavaScript heap, so the collector neither copies nor scans them.
 */
export class Int32List {
  private data: Int32Array;
  private count = 0;

  constructor(capacity = 1024) {
    this.data = new Int32Array(Math.max(1, capacity));
  }

  get length(): number {
    return this.count;
  }

  push(value: number): void {
    if (this.count === this.data.length) {
      const grown = new Int32Array(2 * this.data.length);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.count++] = value;
  }

  at(index: number): number {
    return this.data[index] as number;
  }

  /** The values pushed so far, as a view of the list's own array (no copy): it stays valid only until the next push that grows the list. */
  view(): Int32Array {
    return this.data.subarray(0, this.count);
  }
}
