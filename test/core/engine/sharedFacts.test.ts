import { describe, expect, it } from 'vitest';
import { judgeGroup } from '../../../src/core/engine/judge';
import { noteForJudgement } from '../../../src/core/engine/notes';
import { findSharedFacts } from '../../../src/core/engine/sharedFacts';
import { readPublication } from '../../../src/core/engine/timeline';
import { featuresOf } from './fixtures';

const UNPUBLISHED = { fr: null, en: null };

const factsOf = (fr: string | string[], en: string, published: { fr: string | null; en: string | null } = UNPUBLISHED) => {
  const features = featuresOf(Array.isArray(fr) ? fr : [fr], [en]);
  const publications = { fr: readPublication({ published: published.fr, kind: null }), en: readPublication({ published: published.en, kind: null }) };
  return findSharedFacts(features.fr, features.en, publications);
};

describe('findSharedFacts', () => {
  it.each([
    ['Le budget atteint 12 millions d’euros.', 'The budget reaches 12 million euros.', { fr: '12 millions d’euros', en: '12 million euros' }],
    ['Selon la police, 340 personnes ont manifesté.', 'According to the police, 340 people demonstrated.', { fr: '340 personnes', en: '340 people' }],
    ['Une amende de 15 000 yuans est prévue.', 'A fine of 15,000 yuan is planned.', { fr: '15 000 yuans', en: '15,000 yuan' }],
    ['Le prix a baissé de 8 %.', 'The price fell by 8%.', { fr: '8 %', en: '8%' }],
    ['Le don s’élève à 2 millions de dollars.', 'The gift comes to $2 million.', { fr: '2 millions de dollars', en: '$2 million' }],
    ['Le train roulait à 850 km/h.', 'The train was running at 530 mph.', { fr: '850 km/h', en: '530 mph' }],
    ['Un homme de 34 ans a été blessé.', 'A 34-year-old man was injured.', { fr: '34 ans', en: '34-year-old' }],
  ])('pairs figures by value, with what they count: %j / %j', (fr, en, fact) => {
    expect(factsOf(fr, en)).toEqual([{ kind: 'number', ...fact }]);
  });

  it('pairs the closest figures first, not the first French figure with the first English one that shares its leading digit', () => {
    const facts = factsOf('Les deux dirigeants ont annoncé une aide de 2 milliards d’euros.', 'The two leaders announced 2 billion euros in aid.');
    expect(facts.filter((fact) => fact.kind === 'number')).toEqual([{ kind: 'number', fr: '2 milliards d’euros', en: '2 billion euros' }]);
  });

  it.each([
    ['Le séisme a frappé mardi.', 'The earthquake struck on Tuesday.', { fr: 'mardi', en: 'Tuesday' }],
    ['Le sommet s’est ouvert le mardi 3 octobre 2017.', 'The summit opened on Tuesday, October 3, 2017.', { fr: 'mardi 3 octobre 2017', en: 'Tuesday, October 3, 2017' }],
    ['Le sommet s’est ouvert le mardi 3 octobre.', 'The summit opened on October 3.', { fr: '3 octobre', en: 'October 3' }],
    ['Le séisme a frappé à 18h38.', 'The earthquake struck at 6:38 p.m.', { fr: '18h38', en: '6:38 p.m.' }],
  ])('pairs dates by their keys, each side cut to what the other shares: %j / %j', (fr, en, fact) => {
    expect(factsOf(fr, en)).toEqual([{ kind: 'date', ...fact }]);
  });

  it('pairs two sums in two currencies as a conversion, after the figures that agree, and the note says so', () => {
    const fr = "Renault prévoit 2 000 suppressions de postes et un plan d'économies de 1,2 milliard d'euros.";
    const en = 'Renault plans 2,000 job cuts and a $1.3 billion cost-saving plan.';
    expect(factsOf(fr, en)).toEqual([
      { kind: 'number', fr: '2 000', en: '2,000' },
      { kind: 'number', fr: "1,2 milliard d'euros", en: '$1.3 billion', currencies: true },
    ]);
    const features = featuresOf([fr], [en]);
    expect(noteForJudgement(judgeGroup(features.fr, features.en), false).en).toBe("Both sources say the same: 2,000 / 2 000; $1.3 billion / 1,2 milliard d'euros (two currencies).");
  });

  it('does not pair two sums in one currency that differ, nor a sum with a count', () => {
    expect(factsOf("Un plan de 1,2 milliard d'euros.", 'A plan of 1.5 billion euros.')).toEqual([]);
    expect(factsOf("Un plan de 1,2 milliard d'euros.", 'A plan for 1,300 workers.')).toEqual([]);
  });

  it('pairs dates that the timeline places on one day, though their words differ', () => {
    expect(factsOf('Le ministre a parlé mercredi.', 'The minister spoke yesterday.', { fr: '2017-07-13', en: '2017-07-13' })).toEqual([{ kind: 'date', fr: 'mercredi', en: 'yesterday' }]);
    expect(factsOf('Le ministre a parlé hier.', 'The minister spoke on July 13, 2017.', { fr: '2017-07-14', en: null })).toEqual([{ kind: 'date', fr: 'hier', en: 'July 13, 2017' }]);
    expect(factsOf('Le ministre a parlé hier.', 'The minister spoke yesterday.', UNPUBLISHED)).toEqual([]);
  });

  it.each([
    ['Le maire de Londres est arrivé.', 'The mayor of London arrived.', { fr: 'Londres', en: 'London' }],
    ['Vladimir Poutine a parlé longtemps.', 'Vladimir Putin spoke for a long time.', { fr: 'Vladimir Poutine', en: 'Vladimir Putin' }],
    ['Selon Emmanuel Macron, le texte est prêt.', 'The text is ready, Macron said.', { fr: 'Macron', en: 'Macron' }],
    ['Le pont Anne-de-Bretagne sera fermé.', 'The Anne-de-Bretagne bridge will close.', { fr: 'Anne-de-Bretagne', en: 'Anne-de-Bretagne' }],
  ])('pairs names through their forms, each side cut to what the other shares: %j / %j', (fr, en, fact) => {
    expect(factsOf(fr, en)).toEqual([{ kind: 'name', ...fact }]);
  });

  it('gives at most three facts, in the French text’s order, across the group’s sentences', () => {
    expect(
      factsOf(['Le conseil de Lyon a voté mardi.', 'Le budget atteint 12 millions d’euros pour 340 écoles.'], 'On Tuesday the Lyon council voted a budget of 12 million euros for 340 schools.'),
    ).toEqual([
      { kind: 'name', fr: 'Lyon', en: 'Lyon' },
      { kind: 'date', fr: 'mardi', en: 'Tuesday' },
      { kind: 'number', fr: '12 millions d’euros', en: '12 million euros' },
    ]);
  });

  it('pairs each fact once, an equal value before a looser reading', () => {
    // "45,72" could be "46" rounded; it is "45.72".
    expect(factsOf('Les deux notes sont 45,72 et 46.', 'The two marks are 46 and 45.72.')).toEqual([
      { kind: 'number', fr: '45,72', en: '45.72' },
      { kind: 'number', fr: '46', en: '46' },
    ]);
  });

  it.each([
    ['nothing in common', 'Le conseil a voté le budget.', 'The council passed the budget.'],
    ['two number words', 'Le ministre a parlé deux fois.', 'The minister spoke two times.'],
    ['a figure on one side only', 'Le conseil a voté 12 mesures.', 'The council voted measures.'],
  ])('finds none with %s', (_, fr, en) => {
    expect(factsOf(fr, en)).toEqual([]);
  });
});

describe('judgeGroup’s shared facts', () => {
  it('lists them for a match, and none for a discrepancy, whose note tells what differs', () => {
    const match = featuresOf(['Le budget atteint 12 millions d’euros mardi.'], ['The budget reaches 12 million euros on Tuesday.']);
    expect(judgeGroup(match.fr, match.en).sharedFacts).toHaveLength(2);
    const discrepancy = featuresOf(['Le budget atteint 12 millions d’euros mardi.'], ['The budget reaches 15 million euros on Tuesday.']);
    expect(judgeGroup(discrepancy.fr, discrepancy.en)).toMatchObject({ kind: 'discrepancy', sharedFacts: [] });
  });
});
