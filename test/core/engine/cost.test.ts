import { describe, expect, it } from 'vitest';
import { DEFAULT_COST_PARAMETERS, lengthCost, maskedMass, pairMasks, shapeCost, uncoveredPenalty } from '../../../src/core/engine/cost';
import type { SentenceFeatures } from '../../../src/core/engine/features';
import { featuresOf, PAIRS } from './fixtures';

/** Share of the French sentence's content that the English one covers. */
function coverage(fr: string, en: string): number {
  const features = featuresOf([fr], [en]);
  const a = features.fr[0] as SentenceFeatures;
  const masks = pairMasks(a, features.en[0] as SentenceFeatures);
  return maskedMass(a, masks.frLow, masks.frHigh) / a.mass;
}

describe('pairMasks', () => {
  it.each([
    ['numbers', 'Il y a 4 512 victimes.', 'There are 4,512 victims.', 'Il y a 3 000 victimes.'],
    ['years and dates', 'Le 14 juillet 2017, rien.', 'On July 14, 2017, nothing.', 'Ce jour-là, rien.'],
    ['weekdays', 'Mercredi, rien.', 'On Wednesday, nothing.', 'Ce jour-là, rien.'],
    ['names and acronyms', 'Zhang Feng dirige le MIIT.', 'Zhang Feng heads the MIIT.', 'Un ingénieur dirige le service.'],
    ['cognates', 'La constitution protège la démocratie.', 'The constitution protects democracy.', 'Le texte protège le régime.'],
    ['the lexicon', 'Le gouvernement a interdit la vente.', 'The government banned the sale.', 'Le pouvoir a bloqué le commerce.'],
  ])('counts %s as covered across the languages', (_feature, fr, en, without) => {
    expect(coverage(fr, en)).toBeGreaterThan(coverage(without, en));
  });

  it('finds a translation covers more than an unrelated sentence', () => {
    expect(coverage('Le ministre a annoncé la fermeture de deux hôpitaux.', 'The minister announced the closure of two hospitals.')).toBeGreaterThan(0.5);
    expect(coverage('Le ministre a annoncé la fermeture de deux hôpitaux.', 'A violinist played Bach in the cathedral.')).toBeLessThan(0.1);
  });
});

describe('lengthCost', () => {
  it('is least when the English length is the French length times the ratio, and grows with the gap', () => {
    expect(lengthCost(100, 90, 0.9)).toBeLessThan(0.01);
    expect(lengthCost(100, 60, 0.9)).toBeGreaterThan(lengthCost(100, 80, 0.9));
    expect(lengthCost(100, 180, 0.9)).toBeGreaterThan(lengthCost(100, 120, 0.9));
  });
});

describe('uncoveredPenalty', () => {
  it('costs more than leaving a sentence alone when nothing is covered, and less once a fifth is', () => {
    const [sentence] = featuresOf(['Le ministre a annoncé la fermeture de deux hôpitaux.'], []).fr;
    const s = sentence as SentenceFeatures;
    expect(uncoveredPenalty(s, 0, DEFAULT_COST_PARAMETERS)).toBeGreaterThan(DEFAULT_COST_PARAMETERS.skip);
    expect(uncoveredPenalty(s, 0.3 * s.mass, DEFAULT_COST_PARAMETERS)).toBeLessThan(DEFAULT_COST_PARAMETERS.skip);
  });
});

describe('shapeCost', () => {
  it('charges a merge of three or four sentences over a one-to-one bead of the same lengths', () => {
    const one = shapeCost(2, 100, 90, 0.9, DEFAULT_COST_PARAMETERS);
    expect(shapeCost(3, 100, 90, 0.9, DEFAULT_COST_PARAMETERS)).toBeGreaterThan(one);
    expect(shapeCost(4, 100, 90, 0.9, DEFAULT_COST_PARAMETERS)).toBeGreaterThan(shapeCost(3, 100, 90, 0.9, DEFAULT_COST_PARAMETERS));
  });
});

describe('maskedMass', () => {
  // Every sentence of a text reads its weights from the text's one list, after the sentences before it.
  const sentences = featuresOf(
    PAIRS.map(([fr]) => fr),
    PAIRS.map(([, en]) => en),
  );
  const all = [...sentences.fr, ...sentences.en];

  it('sums the weights of the units a mask sets, read where the text keeps them', () => {
    for (const sentence of all) {
      const weights = Array.from(sentence.weights);
      // Every other unit, as a two-halves mask.
      let low = 0;
      let high = 0;
      let expected = 0;
      weights.forEach((weight, unit) => {
        if (unit % 2 !== 0) return;
        if (unit < 32) low |= 1 << unit;
        else high |= 1 << (unit - 32);
        expected += weight;
      });
      expect(maskedMass(sentence, low, high)).toBeCloseTo(expected, 12);
    }
  });

  it('counts nothing for a bit past the sentence’s units: the weights after them are the next sentence’s', () => {
    for (const sentence of all.slice(0, -1)) {
      expect(sentence.unitCount).toBeLessThan(32);
      // All 64 bits set: only the sentence's own units count, so the whole is its mass.
      expect(maskedMass(sentence, -1, -1)).toBe(maskedMass(sentence, (1 << sentence.unitCount) - 1, 0));
      expect(maskedMass(sentence, -1, -1)).toBeCloseTo(sentence.mass, 12);
    }
  });
});
