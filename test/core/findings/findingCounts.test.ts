import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countFindings } from '../../../src/core/findings/index';
import { RELATION_KINDS, type Relation } from '../../../src/core/model/index';
import { RELATION_STATUSES } from '../../../src/core/model/types';
import { relation, sentence } from '../pairFixture';

const MATCH = relation('m', 'match', [sentence('fr', 0)], [sentence('en', 0)]);
const ONLY_FR = relation('f', 'only-fr', [sentence('fr', 2)], []);

describe('countFindings', () => {
  it.each<[string, Relation[], ReturnType<typeof countFindings>]>([
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
  ])('counts %s', (_, relations, expected) => {
    expect(countFindings(relations)).toEqual(expected);
  });

  it('counts every relation exactly once: under its kind, or among the rejected', () => {
    const anyRelation = fc.record({
      kind: fc.constantFrom(...RELATION_KINDS),
      status: fc.option(fc.constantFrom(...RELATION_STATUSES), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(anyRelation, { maxLength: 40 }), (drawn) => {
        const relations = drawn.map(({ kind, status }, index): Relation => ({ ...MATCH, id: `r${index}`, kind, ...(status === undefined ? {} : { status }) }));
        const counts = countFindings(relations);
        const byKind = RELATION_KINDS.reduce((sum, kind) => sum + counts.byKind[kind], 0);
        expect(byKind).toBe(counts.total);
        expect(counts.total + counts.rejected).toBe(relations.length);
        expect(counts.rejected).toBe(relations.filter((one) => one.status === 'rejected').length);
      }),
    );
  });
});
