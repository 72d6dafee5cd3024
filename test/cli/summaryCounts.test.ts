import { describe, expect, it } from 'vitest';
import { writeSummary } from '../../src/cli/writers/summary';
import { parseComparison } from '../../src/core/comparisonFile/index';
import { readPairFile } from '../core/shipped';

/** The shipped comparison with one of its three French-only findings rejected by a reader. */
function withOneRejected() {
  const shipped = parseComparison(readPairFile('comparison.json'));
  return { ...shipped, relations: shipped.relations.map((finding) => (finding.id === 'cyber-regulator' ? { ...finding, status: 'rejected' as const } : finding)) };
}

describe('writeSummary', () => {
  it.each([
    ['en', '22 findings', '2 only in French', '1 rejected, counted apart', 'Only in the French source (2)'],
    ['fr', '22 constats', '2 seulement en français', '1 rejeté, compté à part', 'Seulement dans la source française (2)'],
  ] as const)('in %s, counts a rejected finding apart, as the app does', (lang, total, kind, rejected, heading) => {
    const lines = writeSummary(withOneRejected(), { lang, color: false, width: 100, exportedOn: '2026-12-04' }).split('\n');
    expect(lines).toContain(total);
    expect(lines.some((line) => line.trim().endsWith(kind))).toBe(true);
    expect(lines.some((line) => line.trim() === rejected)).toBe(true);
    expect(lines.some((line) => line.endsWith(heading))).toBe(true);
  });

  it("writes each language's own plural forms, English then French in one process: French counts zero as one", () => {
    const shipped = parseComparison(readPairFile('comparison.json'));
    // The shipped comparison's first finding is a discrepancy: one of it, none of the others.
    const one = { ...shipped, relations: shipped.relations.slice(0, 1) };
    expect(one.relations[0]?.kind).toBe('discrepancy');
    const counts = (lang: 'en' | 'fr') => writeSummary(one, { lang, color: false, width: 100, exportedOn: '2026-12-04' }).split('\n').map((line) => line.trim());
    const english = counts('en');
    expect(english).toContain('1 finding');
    expect(english.some((line) => line.endsWith(' 0 matches'))).toBe(true);
    expect(english.some((line) => line.endsWith(' 1 discrepancy'))).toBe(true);
    const french = counts('fr');
    expect(french).toContain('1 constat');
    expect(french.some((line) => line.endsWith(' 0 concordance'))).toBe(true);
    expect(french.some((line) => line.endsWith(' 1 divergence'))).toBe(true);
  });
});
