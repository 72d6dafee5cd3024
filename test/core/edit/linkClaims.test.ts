import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../src/core/edit/applyEdit';
import type { Comparison, Lang } from '../../../src/core/model/index';
import { codeOf, expectValid, findingOf, shipped, tram } from './fixtures';

const ids = (comparison: Comparison) => comparison.relations.map((finding) => finding.id);

/** The comparison with a reader's claim `id` on the first occurrence of `words` in the `lang` text. */
function withClaim(comparison: Comparison, id: string, lang: Lang, words: string): Comparison {
  const start = comparison.sources[lang].text.indexOf(words);
  if (start === -1) throw new Error(`fixture: "${words}" is not in the ${lang} text`);
  return applyEdit(comparison, { type: 'create-claim', id, lang, start, end: start + words.length });
}

describe("applyEdit: 'link-claims'", () => {
  it("makes a match of two one-sided automatic claims: confirmed, edited, in the first one's place, the engine's one-sided notes replaced by its note for a match", () => {
    const before = tram();
    const onlyFr = findingOf(before, 'a4');
    const onlyEn = findingOf(before, 'a6');
    expect(onlyFr.note.en).toBe('Only the French source reports this.');
    const after = applyEdit(before, { type: 'link-claims', from: 'a4', to: 'a6' });
    expect(ids(after)).toEqual(['a1', 'a2', 'a3', 'a4', 'a5']);
    expect(findingOf(after, 'a4')).toEqual({
      ...onlyFr,
      kind: 'match',
      fr: onlyFr.fr,
      en: onlyEn.en,
      note: { fr: 'Les deux sources disent la même chose.', en: 'Both sources say the same.' },
      status: 'confirmed',
      edited: true,
    });
    expectValid(after);
  });

  it("links a reader's new claim to a curated one: a match with no status, the curated note kept", () => {
    const before = withClaim(shipped(), 'c1', 'fr', 'VPN');
    const outside = findingOf(before, 'outside-attention');
    const after = applyEdit(before, { type: 'link-claims', from: 'c1', to: 'outside-attention' });
    expect(ids(after)).not.toContain('outside-attention');
    const linked = findingOf(after, 'c1');
    expect(linked).toMatchObject({ kind: 'match', en: outside.en, note: outside.note, origin: 'curated', confidence: null });
    expect(linked).not.toHaveProperty('status');
    expectValid(after);
  });

  it('adds the quotes of a one-sided claim to a match, in text order, and keeps the match', () => {
    const before = shipped();
    const denial = findingOf(before, 'core-denial');
    const wenKu = findingOf(before, 'wen-ku');
    const after = applyEdit(before, { type: 'link-claims', from: 'core-denial', to: 'wen-ku' });
    const linked = findingOf(after, 'core-denial');
    expect(linked.kind).toBe('match');
    expect(linked.fr).toBe(denial.fr);
    expect(linked.en).toEqual([...denial.en, ...wenKu.en].sort((a, b) => a.start - b.start));
    expect(ids(after)).toEqual(ids(before).filter((id) => id !== 'wen-ku'));
    expectValid(after);
  });

  it('keeps the kind and aspects of a discrepancy that takes more quotes', () => {
    const before = shipped();
    const after = applyEdit(before, { type: 'link-claims', from: 'who-when-where', to: 'cyber-regulator' });
    const linked = findingOf(after, 'who-when-where');
    expect(linked).toMatchObject({ kind: 'discrepancy', aspects: findingOf(before, 'who-when-where').aspects });
    expect(linked.fr).toHaveLength(2);
    expect(linked.fr.map((span) => span.start)).toEqual([...linked.fr.map((span) => span.start)].sort((a, b) => a - b));
    expectValid(after);
  });

  it('takes a quote it already has only once', () => {
    const base = shipped();
    const denial = findingOf(base, 'core-denial');
    const span = denial.en[0];
    if (span === undefined) throw new Error('fixture: core-denial quotes English');
    const before = applyEdit(base, { type: 'create-claim', id: 'c1', lang: 'en', start: span.start, end: span.end });
    const after = applyEdit(before, { type: 'link-claims', from: 'core-denial', to: 'c1' });
    expect(findingOf(after, 'core-denial').en).toEqual(denial.en);
    expect(ids(after)).not.toContain('c1');
    expectValid(after);
  });

  it('takes the other side of a finding that quotes both, which stays as a one-sided claim with its own note, out of date', () => {
    const before = tram();
    const discrepancy = findingOf(before, 'a3');
    const after = applyEdit(before, { type: 'link-claims', from: 'a4', to: 'a3' });
    expect(ids(after)).toEqual(ids(before));
    expect(findingOf(after, 'a4')).toMatchObject({ kind: 'match', en: discrepancy.en, note: { en: 'Both sources say the same.' }, status: 'confirmed', edited: true });
    // The engine's reading of the discrepancy no longer describes a claim of one text: kept, marked out of date.
    expect(findingOf(after, 'a3')).toEqual({ ...discrepancy, kind: 'only-fr', en: [], aspects: [], edited: true, noteStanding: { fr: 'outdated', en: 'outdated' } });
    expectValid(after);
  });

  it.each<[string, string, string, string]>([
    ['a claim to itself', 'a4', 'a4', 'same-finding'],
    ['two French-only claims', 'a4', 'c1', 'same-side'],
    ['two English-only claims', 'a6', 'c2', 'same-side'],
    ['two findings that quote both texts', 'a1', 'a3', 'already-linked'],
    ['a claim that does not exist', 'a4', 'zz', 'no-such-finding'],
    ['from a claim that does not exist', 'zz', 'a4', 'no-such-finding'],
  ])('refuses to link %s', (_, from, to, code) => {
    const before = withClaim(withClaim(tram(), 'c1', 'fr', 'quartier'), 'c2', 'en', 'brass');
    expect(codeOf(() => applyEdit(before, { type: 'link-claims', from, to }))).toBe(code);
  });
});
