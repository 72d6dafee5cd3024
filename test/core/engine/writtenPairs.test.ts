/**
 * Fifteen pairs of accounts written for the project as a reader brings them (writtenPairs/README.md),
 * compared as the command line compares them: each test is a finding a fact-checker expects, and
 * that the engine once got wrong (but for the strike pair, a guard).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareTexts } from '../../../src/core/engine/compare';
import type { Comparison, Finding } from '../../../src/core/model/types';

const compared = new Map<string, Comparison>();

/** The comparison of one written pair, made once. */
function pair(name: string): Comparison {
  let comparison = compared.get(name);
  if (comparison === undefined) {
    const read = (lang: 'fr' | 'en') => readFileSync(new URL(`./writtenPairs/${name}.${lang}.md`, import.meta.url), 'utf8');
    comparison = compareTexts(read('fr'), read('en'), { name });
    compared.set(name, comparison);
  }
  return comparison;
}

/** The findings whose French quotes hold `french`. */
function findingsQuoting(comparison: Comparison, french: string): Finding[] {
  return comparison.relations.filter((finding) => finding.fr.some((span) => span.quote.includes(french)));
}

const kindsQuoting = (comparison: Comparison, french: string) => findingsQuoting(comparison, french).map((finding) => finding.kind);
const discrepancies = (comparison: Comparison) => comparison.relations.filter((finding) => finding.kind === 'discrepancy');

describe('written pairs', () => {
  it('election: a rank is no count, and a quoted statement told in other words is one claim', () => {
    const comparison = pair('election');
    // "le second tour" against "France's third-largest city" once made the whole report a number discrepancy.
    expect(kindsQuoting(comparison, 'a remporté dimanche le second tour')).toEqual(['match']);
    expect(kindsQuoting(comparison, 'Les Lyonnais ont choisi la transition écologique')).toEqual(['match']);
    // The one planted disagreement: turnout.
    expect(discrepancies(comparison).map((finding) => finding.note.en)).toEqual([expect.stringContaining('41 % / 44 percent')]);
  });

  it('court: a reversal is seen though the other sentence of its group holds a negative word', () => {
    const comparison = pair('court');
    expect(kindsQuoting(comparison, "L'entreprise concernée n'a pas été poursuivie")).toEqual(['discrepancy']);
    expect(findingsQuoting(comparison, "L'entreprise concernée")[0]?.en.map((span) => span.quote)).toEqual(['The company itself was also charged in the case.']);
    expect(kindsQuoting(comparison, 'entre 2018 et 2021')).toEqual(['discrepancy']);
  });

  it('econ: a GDP report in other words is one claim, and a rate given two values is a discrepancy', () => {
    const comparison = pair('econ');
    expect(kindsQuoting(comparison, 'a progressé de 0,2 %')).toEqual(['match']);
    const unemployment = findingsQuoting(comparison, 's\'établit à 7,4 %');
    expect(unemployment.map((finding) => finding.kind)).toEqual(['discrepancy']);
    expect(unemployment[0]?.en.map((span) => span.quote)).toEqual(['The unemployment rate stood at 7.3%, the agency said last month.']);
    // No quote cuts a figure at its decimal point ("growth of 1" / "3% for the full year").
    for (const finding of comparison.relations) {
      for (const lang of ['fr', 'en'] as const) {
        const text = comparison.sources[lang].text;
        for (const span of finding[lang]) {
          expect(text.slice(Math.max(0, span.start - 2), span.start)).not.toMatch(/\d[.,]$/);
          expect(text.slice(span.end, span.end + 2)).not.toMatch(/^[.,]\d/);
        }
      }
    }
  });

  it('fire: conversions rounded to round figures agree, and a count in words differs from digits', () => {
    const comparison = pair('fire');
    expect(kindsQuoting(comparison, '5 000 hectares')).toEqual(['match']);
    expect(kindsQuoting(comparison, '70 km/h')).toEqual(['match']);
    expect(discrepancies(comparison).map((finding) => finding.note.en)).toEqual(['The numbers differ: douze morts / 15.', 'The numbers differ: douze personnes / 15 people.']);
  });

  it('football: a matchday is an order, not a count of points', () => {
    const comparison = pair('sport');
    expect(kindsQuoting(comparison, 'lors de la 30e journée de Ligue 1')).toEqual(['match']);
    expect(kindsQuoting(comparison, 'dès la 12e minute')).toEqual(['match']);
  });

  it('health: titles go with titles, each frame with the other\'s, and the place each gives for the report differs', () => {
    const comparison = pair('health');
    // The body's figure goes with the body's, not with the English title that sums it up.
    expect(findingsQuoting(comparison, 'atteignant 127 000 cas')[0]?.en.map((span) => span.quote)).toEqual(['Measles cases in Europe tripled in 2025 to 127,000']);
    expect(kindsQuoting(comparison, "L'OMS alerte sur une hausse")).toEqual(['match']);
    // The planted disagreement: a report published in Copenhagen, or released in Geneva.
    expect(discrepancies(comparison).map((finding) => finding.note.en)).toEqual(['The places differ: Copenhague / Geneva.']);
    // No quote is function words alone.
    for (const finding of comparison.relations) for (const span of [...finding.fr, ...finding.en]) expect(span.quote).toMatch(/\p{L}{4,}|\d/u);
  });

  it('job cuts: sums in two currencies do not differ, and a strike called for next month is next month', () => {
    const comparison = pair('biz');
    expect(kindsQuoting(comparison, "1,2 milliard d'euros")).toEqual(['match']);
    expect(kindsQuoting(comparison, "2,3 milliards d'euros")).toEqual(['match']);
    expect(findingsQuoting(comparison, "2,3 milliards d'euros")[0]?.note.en).toContain("$2.5 billion / 2,3 milliards d'euros (two currencies)");
    const strike = findingsQuoting(comparison, 'grève le 3 mars');
    expect(strike.map((finding) => finding.kind)).toEqual(['discrepancy']);
    expect(strike[0]?.note.en).toContain('so Tuesday 3 March 2026');
  });

  it('stabbing: the prosecutor\'s office is the parquet, a town is in its country, and the suspect\'s age differs', () => {
    const comparison = pair('crime');
    expect(kindsQuoting(comparison, 'Selon le parquet')).toEqual(['match']);
    expect(kindsQuoting(comparison, 'du 18e homicide à Marseille')).toEqual(['match']);
    expect(findingsQuoting(comparison, 'Un homme de 34 ans')[0]?.note.en).toContain('34-year-old / 34 ans');
    expect(discrepancies(comparison).map((finding) => finding.note.en)).toEqual(['The numbers differ: 19 ans / 21-year-old.']);
  });

  it('summit: capitals for their countries are no other actors, and two sums are noted side by side', () => {
    const comparison = pair('summit');
    expect(kindsQuoting(comparison, 'Paris et Berlin annoncent')).toEqual(['match']);
    expect(findingsQuoting(comparison, 'Les deux dirigeants')[0]?.note.en).toBe("Both sources say the same: Ukraine; 2 billion euros / 2 milliards d'euros.");
    expect(discrepancies(comparison).map((finding) => finding.note.en)).toEqual(['The numbers differ: trois heures / two hours.']);
  });

  it('vaccine trial: which journal published the study is a name, though "Nature" is a word too', () => {
    const comparison = pair('sci');
    expect(discrepancies(comparison).map((finding) => finding.note.en)).toEqual(['The names differ: Lancet / Nature.']);
    expect(kindsQuoting(comparison, 'auprès de 450 enfants')).toEqual(['match']);
  });

  it('transfer: a striker is an attaquant, so the fee and the contract are set side by side and differ', () => {
    const comparison = pair('transfer');
    expect(kindsQuoting(comparison, "Mercato : le PSG s'offre un attaquant brésilien")).toEqual(['match']);
    expect(discrepancies(comparison).map((finding) => finding.note.en)).toEqual(["The numbers differ: 45 millions d'euros / €40 million.", 'The numbers differ: cinq ans / four.']);
  });

  it('plane crash: the missing are "portés disparus", and what a headline adds is cut at "près de"', () => {
    const comparison = pair('crash');
    expect(kindsQuoting(comparison, 'Quatre passagers sont toujours portés disparus.')).toEqual(['match']);
    expect(comparison.relations.filter((finding) => finding.kind === 'only-fr').map((finding) => finding.fr.map((span) => span.quote))).toContainEqual(['près de Pokhara']);
    expect(kindsQuoting(comparison, 'a décrété une journée de deuil national')).toEqual(['match']);
  });

  it('storm: a department lies in its region, and a storm\'s name is not its word "Storm"', () => {
    const comparison = pair('storm');
    expect(kindsQuoting(comparison, 'à la pointe du Raz, dans le Finistère')).toEqual(['match']);
    expect(discrepancies(comparison)).toEqual([]);
  });

  it('US midterms: "US" is the country, not "us", so "au Sénat américain" is the "US Senate"; the turnout and the city differ', () => {
    const comparison = pair('vote');
    expect(comparison.relations.filter((finding) => finding.kind === 'only-fr')).toEqual([]);
    expect(discrepancies(comparison).map((finding) => finding.note.en)).toEqual(['The numbers differ: 62 % / 58%.', 'The places differ: New York / Washington.']);
  });

  // A guard: the engine read this pair right from the first.
  it('strikes: the counts of the ministry and of the union agree, the Paris count differs', () => {
    const comparison = pair('strike');
    expect(kindsQuoting(comparison, 'Selon le ministère de l\'Intérieur')).toEqual(['match']);
    expect(kindsQuoting(comparison, '122 personnes ont été interpellées')).toEqual(['match']);
    expect(discrepancies(comparison).map((finding) => finding.note.en)).toEqual(['The numbers differ: 87 000 manifestants / 80,000 protesters.']);
  });
});
