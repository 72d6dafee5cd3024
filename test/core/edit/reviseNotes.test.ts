import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reviseNotes } from '../../../src/core/edit/reviseNotes';
import { LANGS, FINDING_KINDS, type Finding } from '../../../src/core/model/index';
import { finding, sentence } from '../pairFixture';

const ONLY_FR_NOTE = { fr: 'Seule la source française rapporte ceci.', en: 'Only the French source reports this.' };
const MATCH_NOTE = { fr: 'Les deux sources disent la même chose.', en: 'Both sources say the same.' };
const MOVED_MATCH_NOTE = { fr: 'Les deux sources disent la même chose, à des endroits différents du texte.', en: 'Both sources say the same, at different places in their texts.' };
const READING = { fr: 'Les nombres diffèrent : 12 / 15.', en: 'The numbers differ: 12 / 15.' };
const ONLY_FR_CLOSEST_NOTE = {
  fr: 'Seule la source française rapporte ceci\u00a0; le passage le plus proche de la source anglaise est «\u00a0The council met on Tuesday\u00a0».',
  en: 'Only the French source reports this; the closest the English source comes is "The council met on Tuesday".',
};
const MATCH_FACTS_NOTE = {
  fr: 'Les deux sources disent la même chose\u00a0: mardi / Tuesday\u00a0; 12 millions d’euros / 12 million euros.',
  en: 'Both sources say the same: Tuesday / mardi; 12 million euros / 12 millions d’euros.',
};

const match = finding('m', 'match', [sentence('fr', 0)], [sentence('en', 0)], 'automatic');
const onlyFr = finding('f', 'only-fr', [sentence('fr', 2)], [], 'automatic');

describe('reviseNotes', () => {
  it.each<[string, Finding, Finding, Finding['note'], Finding['noteStanding']]>([
    ['the engine’s note for a claim of one text, for a match: the engine’s note for a match', { ...onlyFr, note: ONLY_FR_NOTE }, match, MATCH_NOTE, undefined],
    ['the engine’s note for a match, for a claim of one text: the engine’s note for it', { ...match, note: MOVED_MATCH_NOTE }, onlyFr, ONLY_FR_NOTE, undefined],
    ['the engine’s note for a match, for a discrepancy: nothing, which only a reading could say', { ...match, note: MATCH_NOTE }, { ...match, kind: 'discrepancy' }, { fr: '', en: '' }, undefined],
    ['the engine’s note quoting the closest words of the other text, for a match: the engine’s note for a match', { ...onlyFr, note: ONLY_FR_CLOSEST_NOTE }, match, MATCH_NOTE, undefined],
    ['the engine’s note naming a match’s facts, for a discrepancy: nothing, as the facts went with the kind', { ...match, note: MATCH_FACTS_NOTE }, { ...match, kind: 'discrepancy' }, { fr: '', en: '' }, undefined],
    ['the engine’s note naming a match’s facts, for a match with other claims: the engine’s plain note', { ...match, note: MATCH_FACTS_NOTE }, match, MATCH_NOTE, undefined],
    ['an analyst’s words that open as the engine’s do: kept, out of date', { ...match, origin: 'curated', note: MATCH_FACTS_NOTE }, onlyFr, MATCH_FACTS_NOTE, { fr: 'outdated', en: 'outdated' }],
    ['the engine’s reading of a discrepancy: kept, out of date', { ...match, kind: 'discrepancy', note: READING }, match, READING, { fr: 'outdated', en: 'outdated' }],
    ['an analyst’s words: kept, out of date', { ...match, origin: 'curated', note: { fr: 'Vérifié.', en: '' } }, onlyFr, { fr: 'Vérifié.', en: '' }, { fr: 'outdated' }],
    [
      'the reader’s words in one language: kept as theirs; the engine’s in the other: rewritten',
      { ...onlyFr, note: { fr: 'À vérifier.', en: ONLY_FR_NOTE.en }, noteStanding: { fr: 'reader' } },
      match,
      { fr: 'À vérifier.', en: MATCH_NOTE.en },
      { fr: 'reader' },
    ],
  ])('revises %s', (_, before, after, note, standing) => {
    const revised = reviseNotes({ ...after, note: { fr: 'ignored', en: 'ignored' } }, [before]);
    expect(revised.note).toEqual(note);
    expect(revised.noteStanding).toEqual(standing);
    expect(revised.edited).toBe(true);
  });

  it('joins the notes of a claim folded in, its engine sentence dropped and a reader’s words kept', () => {
    const from = { ...onlyFr, note: ONLY_FR_NOTE };
    const folded = { ...finding('e', 'only-en', [], [sentence('en', 2)], 'automatic'), note: { fr: 'Seule la source anglaise rapporte ceci.', en: 'Asked the ministry.' }, noteStanding: { en: 'reader' } } as const;
    const revised = reviseNotes(match, [from, folded]);
    expect(revised.note).toEqual({ fr: MATCH_NOTE.fr, en: 'Asked the ministry.' });
    expect(revised.noteStanding).toEqual({ en: 'reader' });
  });

  it('never loses or rewrites words a reader wrote, whatever the kinds', () => {
    const words = fc.string({ minLength: 1, maxLength: 30 }).filter((text) => text.trim() !== '');
    fc.assert(
      fc.property(fc.constantFrom(...FINDING_KINDS), fc.constantFrom(...FINDING_KINDS), fc.constantFrom(...LANGS), words, (was, becomes, lang, text) => {
        const before: Finding = { ...match, kind: was, note: { ...ONLY_FR_NOTE, [lang]: text }, noteStanding: { [lang]: 'reader' } };
        const revised = reviseNotes({ ...match, kind: becomes }, [before]);
        expect(revised.note[lang]).toBe(text);
        expect(revised.noteStanding?.[lang]).toBe('reader');
      }),
    );
  });
});
