import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparisonChunks } from '../../../src/core/comparisonFile/comparisonChunks';
import { compareTexts } from '../../../src/core/engine/compare';
import { syntheticPair } from '../../../src/ui/worker/syntheticPair';
import { parseComparison, serializeComparison } from '../../../src/core/comparisonFile/format';
import type { Comparison } from '../../../src/core/model/types';
import { PAIRS } from '../engine/fixtures';
import { readPairFile } from '../shipped';

const joined = (comparison: Comparison) => Array.from(comparisonChunks(comparison)).join('');

const SHIPPED = parseComparison(readPairFile('comparison.json'));
const ENGINE_SHIPPED = compareTexts(readPairFile('fr.md'), readPairFile('en.md'), { name: 'miit-vpn' });
const synthetic = syntheticPair(60);
const ENGINE_SYNTHETIC = compareTexts(synthetic.fr, synthetic.en, { name: 'synthetic' });

describe('comparisonChunks', () => {
  it('writes the shipped comparison file back byte for byte', () => {
    expect(joined(SHIPPED)).toBe(readPairFile('comparison.json'));
  });

  it.each([
    ['the shipped comparison', SHIPPED],
    ['the engine on the shipped pair', ENGINE_SHIPPED],
    ['the engine on a pair the project wrote', ENGINE_SYNTHETIC],
  ])('gives the bytes serializeComparison gives, for %s', (_, comparison) => {
    expect(joined(comparison)).toBe(serializeComparison(comparison));
  });

  // The command line streams the engine's output without the schema pass: these prove the bytes it writes load.
  it.each([
    ['the shipped pair', ENGINE_SHIPPED],
    ['a pair the project wrote', ENGINE_SYNTHETIC],
  ])("gives, from the engine's comparison of %s, a file that loads and reads back the same", (_, comparison) => {
    const text = joined(comparison);
    expect(joined(parseComparison(text))).toBe(text);
  });

  it('lays out empty lists as JSON.stringify does, and leaves out an absent status', () => {
    const bare: Comparison = { ...SHIPPED, alignment: [], relations: [] };
    expect(joined(bare)).toBe(`${JSON.stringify(bare, null, 2)}\n`);
    const curated = SHIPPED.relations.find((finding) => finding.status === undefined);
    expect(curated).toBeDefined();
    expect(joined({ ...SHIPPED, relations: curated ? [curated] : [] })).not.toContain('"status"');
  });

  it('writes what a reader set on a finding: edited, and how each note stands', () => {
    const [first, second, ...rest] = SHIPPED.relations;
    if (!first || !second) throw new Error('the shipped comparison has fewer than two findings; update this test');
    const judged: Comparison = {
      ...SHIPPED,
      relations: [{ ...first, edited: true, noteStanding: { en: 'reader', fr: 'outdated' } }, { ...second, noteStanding: { en: 'outdated' } }, ...rest],
    };
    const text = joined(judged);
    expect(text).toBe(serializeComparison(judged));
    expect(parseComparison(text).relations[0]).toMatchObject({ edited: true, noteStanding: { fr: 'outdated', en: 'reader' } });
  });

  it('refuses a field it does not know rather than leave it out of the file', () => {
    const grown = { ...SHIPPED, relations: SHIPPED.relations.map((finding) => ({ ...finding, reviewer: 'A. N. Other' })) } as Comparison;
    expect(() => joined(grown)).toThrow(/a finding has the field "reviewer".*this is a bug/);
  });

  it('puts fields in the schema order whatever order the objects hold them in', () => {
    const shuffled = JSON.parse(JSON.stringify(SHIPPED, (_, value: unknown) => (value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value))) as Comparison;
    expect(JSON.stringify(shuffled)).not.toBe(JSON.stringify(SHIPPED));
    expect(joined(shuffled)).toBe(serializeComparison(SHIPPED));
  });

  it('gives the bytes serializeComparison gives for any pair of texts the engine reads', () => {
    const sentence = fc.constantFrom(...PAIRS.flatMap(([fr, en]) => [fr, en]), '« Non », a-t-il dit.', 'A line\u2028break', '\u0007');
    const text = fc.array(fc.oneof(sentence, fc.constant('\n\n')), { minLength: 1, maxLength: 8 }).map((pieces) => pieces.join(' '));
    fc.assert(
      fc.property(text, text, (fr, en) => {
        // A side with no text is refused before any comparison, by the command line as by the app.
        fc.pre(/\p{L}/u.test(fr) && /\p{L}/u.test(en));
        const comparison = compareTexts(fr, en, { pageChrome: false });
        expect(joined(comparison)).toBe(serializeComparison(comparison));
      }),
      { numRuns: 30 },
    );
  });
});
