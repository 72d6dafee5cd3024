import { describe, expect, it } from 'vitest';
import { coverageMask } from '../../../src/core/engine/cost';
import { extractFeatures, KeyTable, unitEnd, unitStart, unitWeight, type SentenceFeatures } from '../../../src/core/engine/features';
import { loadLexicon } from '../../../src/core/engine/lexicon';
import type { Publication } from '../../../src/core/engine/timeline';
import { groupCoverage } from '../../../src/core/engine/matchAccounts';
import { featuresOf, PAIRS, unitWords } from './fixtures';

describe('extractFeatures', () => {
  it('lets a word no dictionary translates meet its English plural: an acronym or a name is written alike', () => {
    // "Zorblax" and "VPN" are in no dictionary; only the untranslated-word rule lets them meet "Zorblaxes" and "VPNs".
    const features = featuresOf(['Zorblax interdit les VPN.'], ['Zorblaxes ban VPNs.']);
    const coverage = groupCoverage(features.fr, features.en);
    expect(coverage.fr).toBe(1);
    expect(coverage.en).toBe(1);
  });

  it('counts no connective or quantifier as content, in either language: "as well as", "in accordance with", "various", "davantage"', () => {
    const features = featuresOf(
      ['Conformément à la loi, divers opérateurs ne pourront pas davantage vendre ces lignes.'],
      ['In accordance with the law, various operators as well as several resellers may not sell these lines.'],
    );
    expect(unitWords(features.fr[0] as SentenceFeatures)).toEqual(['loi', 'opérateurs', 'pourront', 'vendre', 'lignes']);
    expect(unitWords(features.en[0] as SentenceFeatures)).toEqual(['law', 'operators', 'resellers', 'sell', 'lines']);
  });

  it('lets a figure with a unit meet its conversion, so that "50 mph (80 km/h)" is one fact covered', () => {
    const features = featuresOf(['Les trains roulaient à 80 km/h.'], ['Trains ran at 50 mph (80 km/h).']);
    const english = features.en[0] as SentenceFeatures;
    const covered = coverageMask(english, features.fr);
    const unitAt = (text: string) => Array.from({ length: english.weights.length }, (_, unit) => unit).find((unit) => english.text.slice(english.unitSpans[2 * unit], english.unitSpans[2 * unit + 1]) === text);
    for (const figure of ['50', '80']) {
      const unit = unitAt(figure) as number;
      expect(unit, figure).toBeDefined();
      expect((covered.low >>> unit) & 1, figure).toBe(1);
    }
  });

  it('lets a figure restated in brackets in another currency meet what the figure before it meets, and the other way round', () => {
    const covered = (fr: string, en: string, figure: string) => {
      const features = featuresOf([fr], [en]);
      const english = features.en[0] as SentenceFeatures;
      const unit = Array.from({ length: english.weights.length }, (_, index) => index).find((index) => english.text.slice(english.unitSpans[2 * index], english.unitSpans[2 * index + 1]) === figure);
      expect(unit, figure).toBeDefined();
      const mask = coverageMask(english, features.fr);
      return ((mask.low >>> (unit as number)) & 1) === 1;
    };
    const english = 'The Commission announced a €1.2 billion ($1.3 billion) package.';
    expect(covered("La Commission a annoncé une enveloppe de 1,2 milliard d'euros.", english, '1.3 billion')).toBe(true);
    expect(covered('La Commission a annoncé une enveloppe de 1,3 milliard de dollars.', english, '1.2 billion')).toBe(true);
    // Brackets that do not restate the figure before them leave both figures their own.
    expect(covered('Le conseil a voté 15 mesures.', 'The council voted 15 measures (out of 20 proposed).', '20')).toBe(false);
  });

  it('lets a day named against the publication meet the same day named another way ("hier" / "on Wednesday"), not another day', () => {
    const thursday: Publication = { day: { year: 2024, month: 2, day: 8 }, kind: 'news-article' };
    const wordCovered = (en: string, word: string, publication: Publication | null) => {
      const lexicon = loadLexicon();
      const table = new KeyTable();
      const [french] = extractFeatures(['La Commission a annoncé hier une aide aux agriculteurs.'], 'fr', lexicon, table, publication);
      const english = extractFeatures([en], 'en', lexicon, table, publication);
      const sentence = french as SentenceFeatures;
      const unit = Array.from({ length: sentence.weights.length }, (_, index) => index).find((index) => sentence.text.slice(sentence.unitSpans[2 * index], sentence.unitSpans[2 * index + 1]) === word);
      expect(unit, word).toBeDefined();
      return ((coverageMask(sentence, english).low >>> (unit as number)) & 1) === 1;
    };
    expect(wordCovered('The Commission announced aid to farmers on Wednesday.', 'hier', thursday)).toBe(true);
    expect(wordCovered('The Commission announced aid to farmers on Tuesday.', 'hier', thursday)).toBe(false);
    expect(wordCovered('The Commission announced aid to farmers on Wednesday.', 'hier', null)).toBe(false);
  });

  it('lets a time meet the same time told in another zone, by its minutes ("22h30" / "9:30 p.m. GMT"), and not a time with other minutes', () => {
    const covered = (en: string) => {
      const features = featuresOf(['Un incendie a éclaté vers 22h30.'], [en]);
      const french = features.fr[0] as SentenceFeatures;
      const unit = Array.from({ length: french.weights.length }, (_, index) => index).find((index) => french.text.slice(french.unitSpans[2 * index], french.unitSpans[2 * index + 1]) === '22h30');
      expect(unit).toBeDefined();
      return ((coverageMask(french, features.en).low >>> (unit as number)) & 1) === 1;
    };
    expect(covered('A fire broke out at around 9:30 p.m. GMT.')).toBe(true);
    expect(covered('A fire broke out at around 9:45 p.m. GMT.')).toBe(false);
  });
});

describe('a sentence’s units read in place', () => {
  it('gives each unit’s start, end and weight as the views made when asked do, for every sentence of a text', () => {
    const features = featuresOf(
      PAIRS.map(([fr]) => fr),
      PAIRS.map(([, en]) => en),
    );
    for (const sentence of [...features.fr, ...features.en]) {
      const spans = sentence.unitSpans;
      const weights = sentence.weights;
      expect(weights.length).toBe(sentence.unitCount);
      expect(spans.length).toBe(2 * sentence.unitCount);
      for (let unit = 0; unit < sentence.unitCount; unit++) {
        expect(unitStart(sentence, unit)).toBe(spans[2 * unit]);
        expect(unitEnd(sentence, unit)).toBe(spans[2 * unit + 1]);
        expect(unitWeight(sentence, unit)).toBe(weights[unit]);
      }
      // The spans are the sentence's own words, not another sentence's.
      for (let unit = 0; unit < sentence.unitCount; unit++) expect(unitEnd(sentence, unit)).toBeLessThanOrEqual(sentence.text.length);
      expect(Array.from(weights).reduce((sum, weight) => sum + weight, 0)).toBeCloseTo(sentence.mass, 12);
    }
  });
});
