import { describe, expect, it } from 'vitest';
import { compareTexts } from '../../../src/core/engine/compare';
import type { Comparison, Finding } from '../../../src/core/model/types';
import { datedSource } from './fixtures';

/** Two accounts of one invented announcement: each says once where its statements come from. */
const account = (lang: 'fr' | 'en', published: string, kind: string, body: string) => datedSource(lang, published, kind, body, 'Night trains');
const FRENCH = account(
  'fr',
  '2021-03-12',
  'news-article',
  '# Les trains de nuit reviennent\n\nLa compagnie ferroviaire rouvrira en décembre la ligne de nuit entre Paris et Vienne.\n\nLes billets seront vendus à partir de quarante euros, a annoncé la compagnie mardi dans un communiqué.\n\nLes voitures-lits ont été rénovées dans les ateliers de Vienne.\n',
);
const englishFrom = (frame: string, published = '2021-03-20') =>
  account(
    'en',
    published,
    'blog-press-conference',
    `# Night trains return\n\n${frame} tickets will be sold from forty euros.\n\nThe rail company will reopen the night line between Paris and Vienna in December.\n\nThe sleeping cars were renovated in the Vienna workshops.\n`,
  );
const PRESS_CONFERENCE = 'At a press conference in Vienna today, the chief executive of the company said that';

const originsOf = (comparison: Comparison): Finding[] => comparison.relations.filter((finding) => /^The two accounts give different origins/.test(finding.note.en));

describe('the origins two accounts give for what they report', () => {
  it('tells a statement of Tuesday 9 March from a press conference of 20 March, each side as written and as understood', () => {
    const [origins, ...others] = originsOf(compareTexts(FRENCH, englishFrom(PRESS_CONFERENCE), { reading: 'independent' }));
    expect(others).toEqual([]);
    expect(origins).toMatchObject({ kind: 'discrepancy', aspects: ['venue', 'date'], fr: [{ quote: 'a annoncé la compagnie mardi dans un communiqué.' }] });
    expect(origins?.en[0]?.quote).toMatch(/^At a press conference in Vienna today/);
    expect(origins?.note.en).toMatch(/\(a statement\).*\(a press conference\)/);
    expect(origins?.note.en).toMatch(/so Tuesday 9 March 2021; English: "today", in a post of 20 March 2021, so Saturday 20 March 2021\.$/);
    expect(origins?.note.fr).toMatch(/^Les deux récits ne donnent pas la même origine/);
    expect(origins?.note.fr).toMatch(/\(un communiqué\).*\(une conférence de presse\)/);
  });

  it('proposes nothing when both accounts give the same kind of occasion on the same day', () => {
    const sameOccasion = englishFrom('In a statement on Tuesday, the company said that', '2021-03-12');
    expect(originsOf(compareTexts(FRENCH, sameOccasion, { reading: 'independent' }))).toEqual([]);
  });

  it('proposes nothing when the accounts share too little to report the same statements', () => {
    const unrelated = account('en', '2021-03-20', 'blog-press-conference', `# Harbour works\n\n${PRESS_CONFERENCE} the harbour will close for repairs.\n\nFishing boats will moor at the northern quay until spring.\n`);
    expect(originsOf(compareTexts(FRENCH, unrelated, { reading: 'independent' }))).toEqual([]);
  });

  it('leaves a translation alone: its frames stand in the sentences the aligner pairs', () => {
    expect(originsOf(compareTexts(FRENCH, englishFrom(PRESS_CONFERENCE), { reading: 'translation' }))).toEqual([]);
  });
});
