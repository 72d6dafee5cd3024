import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ComparisonFormatError, parseComparison, serializeComparison } from '../../../src/core/comparisonFile/index';
import type { Comparison } from '../../../src/core/model/index';
import { readPairFile } from '../shipped';

const shippedJson = readPairFile('comparison.json');

/** A deep copy of the shipped file, as plain JSON, for a test to corrupt. */
function shippedRaw(): { relations: Record<string, unknown>[]; alignment: Record<string, unknown>[] } & Record<string, unknown> {
  return JSON.parse(shippedJson);
}

/** The item at `index`, which the test expects to exist. */
function at<T>(list: T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`fixture: no item ${index}`);
  return item;
}

function issuesOf(input: unknown): string[] {
  try {
    parseComparison(input);
  } catch (error) {
    if (error instanceof ComparisonFormatError) return error.message.split('\n');
    throw error;
  }
  throw new Error('the comparison was accepted');
}

describe('parseComparison', () => {
  it('accepts the shipped comparison', () => {
    const comparison = parseComparison(shippedJson);
    expect(comparison.relations).toHaveLength(23);
    expect(comparison.sources.fr.lang).toBe('fr');
  });

  it('names the finding and the field when a quote is not the text at its offsets', () => {
    const raw = shippedRaw();
    const finding = raw.relations[3] as { id: string; fr: { quote: string }[] };
    at(finding.fr, 0).quote = 'a déclaré le ministre jeudi';
    expect(issuesOf(raw)).toEqual([
      `finding "${finding.id}": fr[0].quote: "a déclaré le ministre jeudi" is not the French text at ${(at(finding.fr, 0) as unknown as { start: number }).start}–${(at(finding.fr, 0) as unknown as { end: number }).end} (nor anywhere in it)`,
    ]);
  });

  it('names the finding and the field for an unknown kind', () => {
    const raw = shippedRaw();
    at(raw.relations, 0).kind = 'contradiction';
    expect(issuesOf(raw)).toEqual([
      'finding "headline-no-ban": kind: "contradiction" is not one of "match", "discrepancy", "only-fr", "only-en"',
    ]);
  });

  it('names the finding and the field for an unknown status', () => {
    const raw = shippedRaw();
    at(raw.relations, 0).status = 'approved';
    expect(issuesOf(raw)).toEqual([
      'finding "headline-no-ban": status: "approved" is not one of "automatic", "confirmed", "rejected"',
    ]);
  });

  it('accepts a finding with or without a status', () => {
    const raw = shippedRaw();
    at(raw.relations, 0).status = 'rejected';
    const comparison = parseComparison(raw);
    expect(comparison.relations[0]?.status).toBe('rejected');
    expect(comparison.relations[1]).not.toHaveProperty('status');
  });

  it('names the finding and the field for a missing field', () => {
    const raw = shippedRaw();
    delete at(raw.relations, 1).note;
    expect(issuesOf(raw)).toEqual(['finding "core-denial": note: is missing (an object expected)']);
  });

  it('names the finding by its position when it has no id', () => {
    const raw = shippedRaw();
    delete at(raw.relations, 2).id;
    expect(issuesOf(raw)).toEqual(['finding "#3": id: is missing (text expected)']);
  });

  it('reports every problem at once, not only the first', () => {
    const raw = shippedRaw();
    at(raw.relations, 0).kind = 'contradiction';
    at(raw.relations, 4).confidence = 3;
    expect(issuesOf(raw)).toHaveLength(2);
  });

  it.each([
    ['a quote past the end of the text', (raw: ReturnType<typeof shippedRaw>) => { at(at(raw.relations, 5).en as { end: number }[], 0).end = 99_999; }, /finding "outside-attention": en\[0\]\.end: \[\d+, 99999\) is not a range inside the English text/],
    ['an English quote in an only-fr finding', (raw: ReturnType<typeof shippedRaw>) => { at(raw.relations, 2).en = (at(raw.relations, 1).en as unknown[]).slice(0, 1); }, /finding "cyber-regulator": en: a "only-fr" finding quotes no English text/],
    ['a duplicate id', (raw: ReturnType<typeof shippedRaw>) => { at(raw.relations, 1).id = 'headline-no-ban'; }, /finding "headline-no-ban": id: is used by another finding too/],
    ['an alignment that skips a paragraph', (raw: ReturnType<typeof shippedRaw>) => { raw.alignment.splice(2, 1); }, /^alignment: must use every English paragraph exactly once and in order/],
    ['an alignment out of order', (raw: ReturnType<typeof shippedRaw>) => { [raw.alignment[6], raw.alignment[7]] = [at(raw.alignment, 7), at(raw.alignment, 6)]; }, /^alignment: must use every French paragraph exactly once and in order/],
    ['an unknown format', (raw: ReturnType<typeof shippedRaw>) => { raw.format = 'source-comparison/9'; }, /^format: "source-comparison\/9" is not one of "source-comparison\/1"/],
  ])('refuses %s', (_, corrupt, message) => {
    const raw = shippedRaw();
    corrupt(raw);
    expect(issuesOf(raw).join('\n')).toMatch(message);
  });

  it('refuses text that is not JSON', () => {
    expect(issuesOf('{"format": "source-comparison/1",')[0]).toMatch(/^\(file\): not valid JSON/);
  });

  it.each([null, [], 'null', 42])('refuses %j, which is not a comparison', (input) => {
    expect(issuesOf(input)[0]).toMatch(/must be an object|is missing/);
  });
});

describe('serializeComparison', () => {
  it('writes the shipped comparison back byte for byte', () => {
    expect(serializeComparison(parseComparison(shippedJson))).toBe(shippedJson);
  });

  it('keeps each status, and writes none where a finding has none', () => {
    const raw = shippedRaw();
    at(raw.relations, 0).status = 'confirmed';
    at(raw.relations, 1).status = 'automatic';
    const written = serializeComparison(parseComparison(raw));
    expect(serializeComparison(parseComparison(written))).toBe(written);
    const again = parseComparison(written);
    expect(again.relations.slice(0, 3).map((finding) => finding.status)).toEqual(['confirmed', 'automatic', undefined]);
    expect(written.match(/"status"/g)).toHaveLength(2);
    // The status follows the confidence, as the schema orders the fields.
    expect(written).toMatch(/"confidence": null,\n\s*"status": "confirmed"\n/);
  });

  it('gives back the same comparison after a save and a load, whatever the notes hold', () => {
    const base = parseComparison(shippedJson);
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string(), (fr, en) => {
        const edited: Comparison = { ...base, relations: base.relations.map((r, i) => (i === 0 ? { ...r, note: { fr, en } } : r)) };
        const again = parseComparison(serializeComparison(edited));
        expect(again).toEqual(edited);
        expect(serializeComparison(again)).toBe(serializeComparison(edited));
      }),
      { numRuns: 50 },
    );
  });
});
