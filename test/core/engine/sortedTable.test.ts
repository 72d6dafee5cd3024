import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lineStarts, SortedTable } from '../../../src/core/engine/sortedTable';
import { loadDictionary } from '../../../src/core/engine/dictionary';

/** Builds a table's text the way the dictionary's build writes it: lines sorted by key in code-unit order. */
function tableText(entries: readonly (readonly [string, readonly string[]])[]): string {
  return [...entries]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, fields]) => [key, ...fields].join('\t'))
    .join('\n');
}

const field = fc.string({ unit: fc.constantFrom('a', 'b', 'é', 'z', ' ', '’', '1', 'Ω', '😀') });

describe('SortedTable', () => {
  it('finds every key with its fields, and no other, for any table', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(field, fc.array(field, { maxLength: 4 })), { selector: ([key]) => key, maxLength: 40 }), field, (entries, other) => {
        const table = new SortedTable(tableText(entries), (fields) => fields.join('|'));
        expect(table.size).toBe(entries.length);
        for (const [key, fields] of entries) {
          expect(table.has(key)).toBe(true);
          expect(table.get(key)).toBe(fields.join('|'));
        }
        if (!entries.some(([key]) => key === other)) expect(table.get(other)).toBeUndefined();
        expect([...table.keys()]).toEqual(entries.map(([key]) => key).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      }),
    );
  });

  it('finds the same entries given its line starts beforehand as when it scans for them', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(field, fc.array(field, { maxLength: 4 })), { selector: ([key]) => key, maxLength: 40 }), (entries) => {
        const text = tableText(entries);
        const lined = new SortedTable({ text, starts: lineStarts(text) }, (fields) => fields.join('|'));
        const scanned = new SortedTable(text, (fields) => fields.join('|'));
        expect([...lined]).toEqual([...scanned]);
        for (const [key] of entries) expect(lined.get(key)).toBe(scanned.get(key));
      }),
    );
  });

  it.each([
    ['', [1]],
    ['a\tb', [0, 4]],
    ['a\tb\nc\td\ne', [0, 4, 8, 10]],
  ])('starts the lines of %j at %j, then one past its end plus one', (text, starts) => {
    expect([...lineStarts(text)]).toEqual(starts);
  });

  it('is empty for an empty table', () => {
    const table = new SortedTable('', (fields) => fields);
    expect(table.size).toBe(0);
    expect(table.get('')).toBeUndefined();
  });

  it('finds every entry of the shipped dictionary: its tables are sorted as the search expects', () => {
    const { translations, frenchLemmas, englishLemmas, equivalents } = loadDictionary();
    for (const table of [translations, frenchLemmas, englishLemmas, equivalents]) {
      let missing = 0;
      for (const key of table.keys()) if (!table.has(key)) missing++;
      expect(missing).toBe(0);
      expect(table.size).toBeGreaterThan(800);
    }
    expect(translations.get('interdire')?.map(({ en }) => en)).toContain('forbid');
    expect(frenchLemmas.get('iront')).toBe('aller');
    expect(equivalents.get('londres')).toContain('london');
  });
});
