import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isReportingFrame, splitClaims } from '../../../src/core/engine/claims';
import type { Lang } from '../../../src/core/model/types';

const claimsOf = (sentence: string, lang: Lang) => splitClaims(sentence, [0, sentence.length], lang).map(([start, end]) => sentence.slice(start, end));

describe('splitClaims', () => {
  it.each([
    [
      'en',
      'Measles cases in Europe tripled in 2025 to 127,000, the World Health Organization said on Tuesday, blaming a drop in vaccination rates during the pandemic.',
      ['Measles cases in Europe tripled in 2025 to 127,000, the World Health Organization said on Tuesday,', 'blaming a drop in vaccination rates during the pandemic.'],
    ],
    [
      'fr',
      'Le chômage a reculé de 0,3 point au troisième trimestre, estimant que la reprise se confirme dans tous les secteurs.',
      ['Le chômage a reculé de 0,3 point au troisième trimestre,', 'estimant que la reprise se confirme dans tous les secteurs.'],
    ],
  ] as const)('cuts before a participle of saying or judging, which gives a claim of its own (%s): %j', (lang, sentence, claims) => {
    expect(claimsOf(sentence, lang)).toEqual([...claims]);
  });

  it.each([
    [
      'fr',
      "La mairie a fermé trois écoles du centre-ville cette semaine, et les parents d'élèves ont manifesté devant la préfecture jeudi.",
      ["La mairie a fermé trois écoles du centre-ville cette semaine,", "et les parents d'élèves ont manifesté devant la préfecture jeudi."],
    ],
    [
      'en',
      'The council closed three schools in the city centre this week, and the parents protested outside the prefecture on Thursday.',
      ['The council closed three schools in the city centre this week,', 'and the parents protested outside the prefecture on Thursday.'],
    ],
    [
      'fr',
      "Le port restera fermé jusqu'à lundi pour des travaux de dragage, a déclaré la capitainerie mardi à la presse locale.",
      ["Le port restera fermé jusqu'à lundi pour des travaux de dragage,", 'a déclaré la capitainerie mardi à la presse locale.'],
    ],
    [
      'en',
      'At a press conference in Brest on Tuesday, the harbour master said that the port will stay closed until Monday.',
      ['At a press conference in Brest on Tuesday, the harbour master said', 'that the port will stay closed until Monday.'],
    ],
    [
      'en',
      'The port will stay closed until Monday for dredging works, the harbour master told the local press on Tuesday.',
      ['The port will stay closed until Monday for dredging works,', 'the harbour master told the local press on Tuesday.'],
    ],
    [
      'en',
      'At a press conference in Vienna today, the chief executive of the company said that tickets will be sold from forty euros.',
      ['At a press conference in Vienna today, the chief executive of the company said', 'that tickets will be sold from forty euros.'],
    ],
    [
      'en',
      'The bridge reopened to light traffic on Friday morning; heavy lorries must still take the ring road for a month.',
      ['The bridge reopened to light traffic on Friday morning;', 'heavy lorries must still take the ring road for a month.'],
    ],
  ] as const)('cuts a %s sentence where a reader would check two things apart: %s', (lang, sentence, expected) => {
    expect(claimsOf(sentence, lang)).toEqual(expected);
  });

  it.each([
    ['fr', 'Le maire et son adjoint ont visité le chantier du nouveau pont.'],
    ['en', 'Prices rose by 3% and wages by 2% over the year, the office said.'],
    ['en', 'The train leaves at 18:30 from platform 4 of the central station.'],
    ['fr', 'Chine : aucune interdiction'],
    ['en', 'The harbour master said that the port will stay closed until Monday.'],
    ['en', 'About forty buildings were damaged in the old town, according to the local authorities.'],
    ['fr', "Une quarantaine de bâtiments ont été endommagés dans la vieille ville, selon les autorités locales."],
  ] as const)('keeps a %s sentence whole when no piece is worth checking alone: %s', (lang, sentence) => {
    expect(claimsOf(sentence, lang)).toEqual([sentence]);
  });

  it('gives ranges of the text it is given, trimmed, in order, within the sentence', () => {
    const text = 'Titre.\n\nLa ville a rouvert le pont aux voitures vendredi matin ; les camions devront attendre encore un mois.';
    const start = text.indexOf('La ville');
    const claims = splitClaims(text, [start, text.length], 'fr');
    expect(claims.map(([from, to]) => text.slice(from, to))).toEqual(['La ville a rouvert le pont aux voitures vendredi matin ;', 'les camions devront attendre encore un mois.']);
  });

  it('covers every sentence from its first to its last character, in order, without overlap', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom<Lang>('fr', 'en'), (sentence, lang) => {
        const trimmed = sentence.trim();
        const text = `  ${trimmed}  `;
        const range: [number, number] = [2, 2 + trimmed.length];
        const claims = splitClaims(text, range, lang);
        if (trimmed.length === 0) return;
        expect(claims[0]?.[0]).toBe(range[0]);
        expect(claims[claims.length - 1]?.[1]).toBe(range[1]);
        for (let k = 1; k < claims.length; k++) expect((claims[k] as [number, number])[0]).toBeGreaterThanOrEqual((claims[k - 1] as [number, number])[1]);
        for (const [from, to] of claims) {
          expect(to).toBeGreaterThan(from);
          expect(text.slice(from, to)).toBe(text.slice(from, to).trim());
        }
      }),
      { seed: 20261204 },
    );
  });
});

describe('isReportingFrame', () => {
  it.each([
    ['fr', 'a indiqué la préfecture du Rhône.'],
    ['fr', 'a déclaré le ministère mercredi au média national thepaper.cn.'],
    ['en', 'the French seismological office said.'],
    ['en', 'local authorities told reporters on Tuesday.'],
  ] as const)('reads a %s claim that only says who said it as a bare frame: %j', (lang, claim) => {
    expect(isReportingFrame(claim, lang)).toBe(true);
  });

  it.each([
    ['en', 'At a press conference in Vienna today, the chief executive of the company said'],
    ['en', 'that tickets will be sold from forty euros.'],
    ['fr', 'Les billets seront vendus à partir de quarante euros, a annoncé la compagnie.'],
    ['en', 'The council said that the port will stay closed.'],
  ] as const)('does not read a %s claim with content, or a frame before its content, as bare: %j', (lang, claim) => {
    expect(isReportingFrame(claim, lang)).toBe(false);
  });
});
