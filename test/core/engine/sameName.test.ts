/**
 * `sameName` compares every pair of names of a judged group, so its prefix test and its edit
 * distance work in place (names.ts); they must answer as the plain definitions do, for any two
 * words, short or longer than the distance's first rows.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameName } from '../../../src/core/engine/names';

/** Levenshtein distance by its textbook definition, a full table. */
function levenshtein(a: string, b: string): number {
  const table = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = table[i] as number[];
      const above = table[i - 1] as number[];
      row[j] = Math.min((above[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1), (above[j] as number) + 1, (row[j - 1] as number) + 1);
    }
  }
  return (table[a.length] as number[])[b.length] as number;
}

/** sameName's rule, written plainly: equal; or the first min(5, both lengths) letters agree, three at least; or close in spelling for their length. */
function sameNameByDefinition(a: string, b: string): boolean {
  if (a === b) return true;
  const prefix = Math.min(5, a.length, b.length);
  if (prefix >= 3 && a.slice(0, prefix) === b.slice(0, prefix)) return true;
  const allowed = Math.floor(Math.max(a.length, b.length) / 3);
  if (Math.min(a.length, b.length) < 4 || Math.abs(a.length - b.length) > allowed) return false;
  return levenshtein(a, b) <= allowed;
}

describe('sameName', () => {
  it('answers as its definition does, for any two words', () => {
    // Few letters, so that near spellings are common; lengths past 64 make the distance's rows grow.
    const word = fc.string({ unit: fc.constantFrom('a', 'e', 'o', 'r', 's', 't', 'é'), maxLength: 90 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(sameName(a, b)).toBe(sameNameByDefinition(a, b));
      }),
      { numRuns: 3000 },
    );
  });

  it('meets a name and its spelling in the other language, not a different name', () => {
    expect(sameName('poutine', 'putin')).toBe(true);
    expect(sameName('nil', 'nile')).toBe(true);
    // Whose English form differs this much, the lexicon gives it ("Londres" → "London"): spelling alone does not.
    expect(sameName('londres', 'london')).toBe(false);
    expect(sameName('macron', 'merkel')).toBe(false);
  });
});
