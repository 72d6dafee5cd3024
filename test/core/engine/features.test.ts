import { describe, expect, it } from 'vitest';
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
});
