import { countFindings } from '../findings/findingCounts';
import type { Comparison, Lang, FindingKind } from '../model/types';
import type { RecordOrigin, SavedRecord } from './savedRecord';

/** What the library's list shows of any comparison, saved or shipped. */
export interface ComparisonSummary {
  readonly name: string;
  readonly titles: Readonly<Record<Lang, string>>;
  /** Findings by kind, by the rule of findingCounts.ts: findings a reader rejected are left out, */
  readonly counts: Readonly<Record<FindingKind, number>>;
  /** and counted here, apart. */
  readonly rejected: number;
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
    ...countedFindings(comparison),
  };
}

function countedFindings(comparison: Comparison): Pick<ComparisonSummary, 'counts' | 'rejected'> {
  const counts = countFindings(comparison.relations);
  return { counts: counts.byKind, rejected: counts.rejected };
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
