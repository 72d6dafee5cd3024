import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countFindings } from '../../../src/core/findings/index';
import { FINDING_KINDS, type Finding } from '../../../src/core/model/index';
import { FINDING_STATUSES } from '../../../src/core/model/types';
import { finding, sentence } from '../pairFixture';

const MATCH = finding('m', 'match', [sentence('fr', 0)], [sentence('en', 0)]);
const ONLY_FR = finding('f', 'only-fr', [sentence('fr', 2)], []);

describe('countFindings', () => {
  it.each<[string, Finding[], ReturnType<typeof countFindings>]>([
    ['nothing', [], { byKind: { match: 0, discrepancy: 0, 'only-fr': 0, 'only-en': 0 }, total: 0, rejected: 0 }],
    ['a curated finding, which has no status', [MATCH], { byKind: { match: 1, discrepancy: 0, 'only-fr': 0, 'only-en': 0 }, total: 1, rejected: 0 }],
    [
      'a confirmed and an automatic finding, both under their kind',
      [{ ...MATCH, status: 'confirmed' }, { ...ONLY_FR, status: 'automatic' }],
      { byKind: { match: 1, discrepancy: 0, 'only-fr': 1, 'only-en': 0 }, total: 2, rejected: 0 },
    ],
    [
      'a rejected finding, apart from its kind and from the total',
      [MATCH, { ...ONLY_FR, status: 'rejected' }],
      { byKind: { match: 1, discrepancy: 0, 'only-fr': 0, 'only-en': 0 }, total: 1, rejected: 1 },
    ],
  ])('counts %s', (_, findings, expected) => {
    expect(countFindings(findings)).toEqual(expected);
  });

  it('counts every finding exactly once: under its kind, or among the rejected', () => {
    const anyFinding = fc.record({
      kind: fc.constantFrom(...FINDING_KINDS),
      status: fc.option(fc.constantFrom(...FINDING_STATUSES), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(anyFinding, { maxLength: 40 }), (drawn) => {
        const findings = drawn.map(({ kind, status }, index): Finding => ({ ...MATCH, id: `r${index}`, kind, ...(status === undefined ? {} : { status }) }));
        const counts = countFindings(findings);
        const byKind = FINDING_KINDS.reduce((sum, kind) => sum + counts.byKind[kind], 0);
        expect(byKind).toBe(counts.total);
        expect(counts.total + counts.rejected).toBe(findings.length);
        expect(counts.rejected).toBe(findings.filter((one) => one.status === 'rejected').length);
      }),
    );
  });
});
