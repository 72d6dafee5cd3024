import { describe, expect, it } from 'vitest';
import { librarySummary, summarizeComparison, toSavedRecord } from '../../../src/core/library/index';
import { comparisonOf, finding, sentence } from '../pairFixture';

describe('librarySummary', () => {
  it('gives the name, both titles, the findings by kind and when the comparison was saved', () => {
    const base = comparisonOf(
      [
        finding('r1', 'match', [sentence('fr', 0)], [sentence('en', 0)]),
        finding('r2', 'discrepancy', [sentence('fr', 1)], [sentence('en', 1)]),
        { ...finding('r3', 'only-fr', [sentence('fr', 2)], [], 'automatic'), status: 'confirmed' },
        { ...finding('r4', 'only-en', [], [sentence('en', 2)], 'automatic'), status: 'rejected' },
      ],
      'council-budget',
    );
    const comparison = {
      ...base,
      sources: { fr: { ...base.sources.fr, title: 'Le budget des écoles' }, en: { ...base.sources.en, title: 'The schools budget' } },
    };
    const record = toSavedRecord({ id: 'c1', createdAt: '2024-05-01T09:30:00.000Z', savedAt: '2024-05-02T17:05:00.000Z', origin: 'new', comparison });

    expect(librarySummary(record)).toEqual({
      id: 'c1',
      name: 'council-budget',
      titles: { fr: 'Le budget des écoles', en: 'The schools budget' },
      // The rejected finding is not a finding any more.
      counts: { match: 1, discrepancy: 1, 'only-fr': 1, 'only-en': 0 },
      // It is counted apart, as the summary, the legend and the exports count it.
      rejected: 1,
      origin: 'new',
      createdAt: '2024-05-01T09:30:00.000Z',
      savedAt: '2024-05-02T17:05:00.000Z',
    });
  });
});

describe('summarizeComparison', () => {
  it('gives the name, both titles and the findings by kind of a comparison that is not saved', () => {
    const comparison = comparisonOf([finding('r1', 'only-en', [], [sentence('en', 1)])], 'shipped-pair');
    expect(summarizeComparison(comparison)).toEqual({
      name: 'shipped-pair',
      titles: { fr: '', en: '' },
      counts: { match: 0, discrepancy: 0, 'only-fr': 0, 'only-en': 1 },
      rejected: 0,
    });
  });
});
