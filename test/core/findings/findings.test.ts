import { describe, expect, it } from 'vitest';
import { parseComparison } from '../../../src/core/comparisonFile/index';
import { countFindingsByKind } from '../../../src/core/findings/findings';
import { filterByKind, findFinding, groupByKind, orderFindings, stepFinding } from '../../../src/core/findings/index';
import type { FindingKind } from '../../../src/core/model/index';
import { locateFindings } from '../../../src/core/reading/index';
import { readPairFile } from '../shipped';

const shipped = parseComparison(readPairFile('comparison.json'));

describe('countFindingsByKind', () => {
  it('counts the shipped findings by kind, zero included', () => {
    expect(countFindingsByKind(shipped.relations)).toEqual({ match: 4, discrepancy: 7, 'only-fr': 3, 'only-en': 9 });
    expect(countFindingsByKind([])).toEqual({ match: 0, discrepancy: 0, 'only-fr': 0, 'only-en': 0 });
  });
});

describe('orderFindings', () => {
  it('puts the findings in reading order: by row, then by place in the French, then in the English text', () => {
    const ordered = orderFindings(shipped).map((finding) => finding.id);
    expect(ordered).toHaveLength(shipped.relations.length);
    expect(ordered.slice(0, 2)).toEqual(['headline-no-ban', 'lawful-operation']); // row 0: the French headline, then the English one
    expect(ordered.indexOf('chuanglian-rumour')).toBeLessThan(ordered.indexOf('no-green-light'));
    expect(ordered.at(-1)).toBe('fine-15000');
  });
});

describe('filterByKind and groupByKind', () => {
  it('keeps only the shown kinds, and groups in the legend order', () => {
    const shown = new Set<FindingKind>(['only-fr']);
    expect(filterByKind(shipped.relations, shown).map((r) => r.id)).toEqual(['cyber-regulator', 'chuanglian-rumour', 'no-green-light']);
    expect(groupByKind(shipped.relations).map((group) => [group.kind, group.findings.length])).toEqual([
      ['match', 4],
      ['discrepancy', 7],
      ['only-fr', 3],
      ['only-en', 9],
    ]);
  });
});

describe('stepFinding', () => {
  const ordered = orderFindings(shipped);
  it.each([
    [null, 1, 'headline-no-ban'],
    [null, -1, 'fine-15000'],
    ['headline-no-ban', 1, 'lawful-operation'],
    ['headline-no-ban', -1, 'fine-15000'],
    ['fine-15000', 1, 'headline-no-ban'],
    ['no-such-finding', 1, 'headline-no-ban'],
  ] as const)('steps from %s by %i to %s', (from, direction, to) => {
    expect(stepFinding(ordered, from, direction)).toBe(to);
  });

  it('has nowhere to go when there is no finding', () => {
    expect(stepFinding([], null, 1)).toBeNull();
  });
});

describe('findFinding', () => {
  it('finds a finding by id, and answers null for an unknown or absent id', () => {
    expect(findFinding(shipped, 'core-denial')?.kind).toBe('match');
    expect(findFinding(shipped, 'nope')).toBeNull();
    expect(findFinding(shipped, null)).toBeNull();
  });
});

describe('locateFindings', () => {
  it('places discrepancies and one-source claims along each text, in order, and leaves matches out', () => {
    const marks = locateFindings(shipped, new Set<FindingKind>(['match', 'discrepancy', 'only-fr', 'only-en']));
    expect(marks.fr.some((mark) => mark.kind === 'match')).toBe(false);
    expect(marks.en.map((mark) => mark.findingId)).toContain('fine-15000');
    expect(marks.en.at(-1)?.findingId).toBe('fine-15000');
    for (const lang of ['fr', 'en'] as const) {
      for (const mark of marks[lang]) expect(0 <= mark.from && mark.from < mark.to && mark.to <= 1).toBe(true);
      expect(marks[lang].map((m) => m.from)).toEqual([...marks[lang].map((m) => m.from)].sort((a, b) => a - b));
    }
    expect(locateFindings(shipped, new Set<FindingKind>(['match'])).fr).toEqual([]);
  });
});
