import { describe, expect, it } from 'vitest';
import { coverageMask } from '../../../src/core/engine/cost';
import type { SentenceFeatures } from '../../../src/core/engine/features';
import { groupCoverage } from '../../../src/core/engine/matchAccounts';
import { featuresOf } from './fixtures';

describe('extractFeatures', () => {
  it('lets a word no dictionary translates meet its English plural: an acronym or a name is written alike', () => {
    // "Zorblax" and "VPN" are in no dictionary; only the untranslated-word rule lets them meet "Zorblaxes" and "VPNs".
    const features = featuresOf(['Zorblax interdit les VPN.'], ['Zorblaxes ban VPNs.']);
    const coverage = groupCoverage(features.fr, features.en);
    expect(coverage.fr).toBe(1);
    expect(coverage.en).toBe(1);
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
});
