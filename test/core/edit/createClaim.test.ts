import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../src/core/edit/applyEdit';
import { nextClaimId } from '../../../src/core/edit/index';
import type { Comparison, Lang } from '../../../src/core/model/index';
import { codeOf, expectValid, findingOf, shipped, tram } from './fixtures';

/** The range of `words` in the `lang` text, widened by `pad` characters on each side. */
function rangeOf(comparison: Comparison, lang: Lang, words: string, pad = 0): { start: number; end: number } {
  const start = comparison.sources[lang].text.indexOf(words);
  if (start === -1) throw new Error(`fixture: "${words}" is not in the ${lang} text`);
  return { start: start - pad, end: start + words.length + pad };
}

describe("applyEdit: 'create-claim'", () => {
  it('adds a one-sided claim of the reader on the selection, trimmed of the white space around it', () => {
    const before = tram();
    // "nord attendaient" with the spaces on each side of it selected too.
    const after = applyEdit(before, { type: 'create-claim', id: 'c1', lang: 'fr', ...rangeOf(before, 'fr', 'nord attendaient', 1) });
    expect(after.relations.slice(0, -1)).toEqual(before.relations);
    const claim = after.relations.at(-1);
    expect(claim).toEqual({
      id: 'c1',
      kind: 'only-fr',
      fr: [{ ...rangeOf(before, 'fr', 'nord attendaient'), quote: 'nord attendaient' }],
      en: [],
      aspects: [],
      note: { fr: '', en: '' },
      origin: 'curated',
      confidence: null,
      edited: true,
    });
    expect(claim).not.toHaveProperty('status');
    expect(after.alignment).toBe(before.alignment);
    expectValid(after);
  });

  it('quotes the English text as only-en, and takes a whole paragraph with its line ends', () => {
    const before = shipped();
    const [start, end] = before.sources.en.paragraphs[3] ?? [0, 0];
    const after = applyEdit(before, { type: 'create-claim', id: 'c1', lang: 'en', start: start - 2, end: end + 2 });
    expect(findingOf(after, 'c1')).toMatchObject({ kind: 'only-en', fr: [], en: [{ start, end, quote: before.sources.en.text.slice(start, end) }] });
    expectValid(after);
  });

  it.each([
    ['nothing', (c: Comparison) => ({ start: rangeOf(c, 'fr', 'nord').start, end: rangeOf(c, 'fr', 'nord').start })],
    ['a space', (c: Comparison) => ({ start: rangeOf(c, 'fr', ' nord').start, end: rangeOf(c, 'fr', ' nord').start + 1 })],
    ['the blank line between two paragraphs', (c: Comparison) => ({ start: c.sources.fr.paragraphs[0]?.[1] ?? 0, end: c.sources.fr.paragraphs[1]?.[0] ?? 0 })],
    ['a range given backwards', (c: Comparison) => ({ start: rangeOf(c, 'fr', 'nord').end, end: rangeOf(c, 'fr', 'nord').start })],
  ])("refuses a selection of %s: 'empty-selection'", (_, range) => {
    expect(codeOf(() => applyEdit(tram(), { type: 'create-claim', id: 'c1', lang: 'fr', ...range(tram()) }))).toBe('empty-selection');
  });

  it.each([
    ['across two paragraphs', (c: Comparison) => ({ start: rangeOf(c, 'fr', '18 stations').start, end: rangeOf(c, 'fr', 'Le maire').end })],
    ['past the end of the text', (c: Comparison) => ({ start: 0, end: c.sources.fr.text.length + 1 })],
    ['before the start of the text', () => ({ start: -1, end: 4 })],
    ['between code units that are not whole', () => ({ start: 0.5, end: 4 })],
  ])("refuses a selection %s: 'selection-outside-paragraph'", (_, range) => {
    expect(codeOf(() => applyEdit(tram(), { type: 'create-claim', id: 'c1', lang: 'fr', ...range(tram()) }))).toBe('selection-outside-paragraph');
  });

  it("refuses an id another finding has: 'id-taken', and an empty one: 'bad-id'", () => {
    const range = rangeOf(tram(), 'en', 'brass band');
    expect(codeOf(() => applyEdit(tram(), { type: 'create-claim', id: 'a1', lang: 'en', ...range }))).toBe('id-taken');
    expect(codeOf(() => applyEdit(tram(), { type: 'create-claim', id: '', lang: 'en', ...range }))).toBe('bad-id');
  });
});

describe('nextClaimId', () => {
  it('gives c1, then c2, … for the claims a reader creates', () => {
    const first = tram();
    expect(nextClaimId(first)).toBe('c1');
    const second = applyEdit(first, { type: 'create-claim', id: nextClaimId(first), lang: 'en', ...rangeOf(first, 'en', 'brass band') });
    expect(nextClaimId(second)).toBe('c2');
  });

  it('takes the first number free, after a deletion too', () => {
    let comparison = shipped();
    for (const id of ['c1', 'c2', 'c3']) comparison = applyEdit(comparison, { type: 'create-claim', id, lang: 'fr', ...rangeOf(comparison, 'fr', 'VPN') });
    expect(nextClaimId(comparison)).toBe('c4');
    comparison = applyEdit(comparison, { type: 'delete-claim', id: 'c2' });
    expect(nextClaimId(comparison)).toBe('c2');
  });
});
