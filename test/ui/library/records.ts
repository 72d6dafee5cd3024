/** Saved records for the library's tests: the small fixture pair, named and titled as each test needs. */
import { toSavedRecord, type RecordOrigin, type SavedRecord } from '../../../src/core/library/index';
import type { Comparison } from '../../../src/core/model/index';
import { comparisonOf, finding, sentence } from '../../core/pairFixture';

/** A comparison of the fixture pair with one automatic match, one discrepancy and one French-only claim. */
export function fixtureComparison(name: string, titles: { fr: string; en: string }): Comparison {
  const base = comparisonOf(
    [
      { ...finding('r1', 'match', [sentence('fr', 0)], [sentence('en', 0)], 'automatic'), status: 'automatic' },
      finding('r2', 'discrepancy', [sentence('fr', 1)], [sentence('en', 1)]),
      finding('r3', 'only-fr', [sentence('fr', 2)], []),
    ],
    name,
  );
  return { ...base, sources: { fr: { ...base.sources.fr, title: titles.fr }, en: { ...base.sources.en, title: titles.en } } };
}

/** A record of the current version saved at `savedAt`. */
export function fixtureRecord(id: string, savedAt: string, name = id, origin: RecordOrigin = 'new'): SavedRecord {
  const comparison = fixtureComparison(name, { fr: `Titre de ${name}`, en: `Title of ${name}` });
  return toSavedRecord({ id, createdAt: savedAt, savedAt, origin, comparison });
}
