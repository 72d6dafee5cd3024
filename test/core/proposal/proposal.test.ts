import { describe, expect, it } from 'vitest';
import { parseComparison } from '../../../src/core/comparisonFile/index';
import { loadProposal } from '../../../src/core/proposal/index';
import { proposeComparison } from '../../../src/core/proposal/proposal';
import { readPairFile } from '../shipped';

const shipped = parseComparison(readPairFile('comparison.json'));

describe('proposeComparison', () => {
  it("runs the engine on the curated comparison's own sources, under its name, and sets the two against each other", () => {
    const proposal = proposeComparison(shipped);
    expect(proposal.automatic.name).toBe('miit-vpn');
    expect(proposal.automatic.sources.fr).toBe(shipped.sources.fr);
    expect(proposal.automatic.sources.en).toBe(shipped.sources.en);
    expect(new Set(proposal.automatic.relations.map((finding) => finding.origin))).toEqual(new Set(['automatic']));
    expect(proposal.merged).toBe(shipped);
    expect(proposal.agreement.share).toBeCloseTo(28 / 34);
  });
});

describe('loadProposal', () => {
  it('resolves to proposeComparison, loaded on demand', async () => {
    expect(await loadProposal()).toBe(proposeComparison);
  });
});
