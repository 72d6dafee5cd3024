/**
 * A read-only map over a table of lines sorted by key ("key<TAB>value…", keys in code-unit order,
 * each once), looked up by binary search over the line starts, each value parsed when first asked
 * for. Building it is one scan for line breaks: no string and no entry per line until a key is
 * asked for, so that loading the dictionary costs next to nothing until a text's words are looked
 * up. Look-up: O(log lines) key comparisons.
 *
 * A table may come with its line starts found beforehand (LinedTable), as the command line's build
 * writes them beside the dictionary's text: the scan of its 62,000 lines, code not yet compiled at
 * a run's start, cost about 8–10 ms of CPU at every run.
 */

/** A table's text with the start of each line, then one past the text's end plus one: line k is text.slice(starts[k], starts[k + 1] - 1). */
export interface LinedTable {
  readonly text: string;
  readonly starts: Int32Array;
}

/** The start of each line of `table`, then one past its end plus one, as LinedTable holds them. */
export function lineStarts(table: string): Int32Array {
  let count = table === '' ? 0 : 1;
  for (let at = table.indexOf('\n'); at >= 0; at = table.indexOf('\n', at + 1)) count++;
  const starts = new Int32Array(count + 1);
  let line = 1;
  for (let at = table.indexOf('\n'); at >= 0; at = table.indexOf('\n', at + 1)) starts[line++] = at + 1;
  starts[count] = table.length + 1;
  return starts;
}

export class SortedTable<V> implements ReadonlyMap<string, V> {
  private readonly table: string;
  /** As LinedTable's. */
  private readonly starts: Int32Array;
  private readonly parsed = new Map<string, V>();

  constructor(
    table: string | LinedTable,
    private readonly parse: (fields: readonly string[]) => V,
  ) {
    this.table = typeof table === 'string' ? table : table.text;
    this.starts = typeof table === 'string' ? lineStarts(table) : table.starts;
  }

  get size(): number {
    return this.starts.length - 1;
  }

  has(key: string): boolean {
    return this.lineOf(key) >= 0;
  }

  get(key: string): V | undefined {
    let value = this.parsed.get(key);
    if (value === undefined) {
      const line = this.lineOf(key);
      if (line < 0) return undefined;
      value = this.parse(this.fieldsAfterKey(line));
      this.parsed.set(key, value);
    }
    return value;
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }

  *entries(): MapIterator<[string, V]> {
    for (let line = 0; line < this.size; line++) {
      const key = this.keyAt(line);
      yield [key, this.get(key) as V];
    }
  }

  *keys(): MapIterator<string> {
    for (let line = 0; line < this.size; line++) yield this.keyAt(line);
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  private keyEnd(line: number): number {
    const end = (this.starts[line + 1] as number) - 1;
    const tab = this.table.indexOf('\t', this.starts[line]);
    return tab >= 0 && tab < end ? tab : end;
  }

  private keyAt(line: number): string {
    return this.table.slice(this.starts[line], this.keyEnd(line));
  }

  private fieldsAfterKey(line: number): string[] {
    const end = (this.starts[line + 1] as number) - 1;
    const keyEnd = this.keyEnd(line);
    return keyEnd >= end ? [] : this.table.slice(keyEnd + 1, end).split('\t');
  }

  /** The line whose key is `key`, or -1. */
  private lineOf(key: string): number {
    let low = 0;
    let high = this.size - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const found = this.keyAt(middle);
      if (found === key) return middle;
      if (found < key) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }
}
