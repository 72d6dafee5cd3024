import { countRelationsByKind } from '../findings';
import type { Comparison, Lang, RelationKind } from '../types';
import type { RecordOrigin, SavedRecord } from './savedRecord';

/** What the library's list shows of any comparison, saved or shipped. */
export interface ComparisonSummary {
  readonly name: string;
  readonly titles: Readonly<Record<Lang, string>>;
  /** Findings by kind; relations a reader rejected are not findings, and are not counted. */
  readonly counts: Readonly<Record<RelationKind, number>>;
}

/** What the library's list shows of one saved comparison. */
export interface LibrarySummary extends ComparisonSummary {
  readonly id: string;
  readonly origin: RecordOrigin;
  readonly createdAt: string;
  readonly savedAt: string;
}

/** Summarises a comparison: its name, both titles and its findings by kind. */
export function summarizeComparison(comparison: Comparison): ComparisonSummary {
  return {
    name: comparison.name,
    titles: { fr: comparison.sources.fr.title, en: comparison.sources.en.title },
    counts: countRelationsByKind(comparison.relations.filter((relation) => relation.status !== 'rejected')),
  };
}

/** Summarises a record for the library's list: its comparison's summary, and when and how it was saved. */
export function librarySummary(record: SavedRecord): LibrarySummary {
  return {
    id: record.id,
    ...summarizeComparison(record.comparison),
    origin: record.origin,
    createdAt: record.createdAt,
    savedAt: record.savedAt,
  };
}
