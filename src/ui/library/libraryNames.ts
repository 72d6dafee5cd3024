/**
 * What a copy or an import must know of the library before it joins it: the names taken, so that
 * no two entries share one, and whether the library already holds a comparison word for word.
 * Loaded when a reader imports or copies, never with the first view: it carries the comparison
 * file's writer.
 */
import { serializeComparison } from '../../core/comparisonFile/index';
import { uniqueName, type SavedRecord } from '../../core/library/index';
import type { Comparison } from '../../core/model/index';
import { listComparisons, loadComparison } from './libraryStore';

/** Where the library holds a comparison: a record's id (or `shipped` for the one the app ships) and its name. */
export interface KeptComparison {
  readonly id: string;
  readonly name: string;
}

/**
 * The names the library's comparisons go by: the shipped one's, those of the records this page
 * holds (whose save may still be in flight) and every readable record's.
 */
export async function takenNames(shipped: Comparison, open: readonly SavedRecord[]): Promise<string[]> {
  const names = [shipped.name, ...open.map((record) => record.comparison.name)];
  try {
    for (const entry of await listComparisons()) if (entry.state === 'readable') names.push(entry.summary.name);
  } catch {
    // A library that cannot be read has no names to keep clear of; its save will say what is wrong.
  }
  return names;
}

/** `name`, or the first of `name (2)`, `name (3)`… that the library does not use. */
export async function nameApart(name: string, shipped: Comparison, open: readonly SavedRecord[]): Promise<string> {
  return uniqueName(name, await takenNames(shipped, open));
}

/** The comparison of the library (or the shipped one, as `shippedId`) that is `comparison` byte for byte, or null. */
export async function findSame(comparison: Comparison, shipped: Comparison, shippedId: string, open: readonly SavedRecord[]): Promise<KeptComparison | null> {
  const bytes = serializeComparison(comparison);
  if (serializeComparison(shipped) === bytes) return { id: shippedId, name: shipped.name };
  for (const record of open) if (serializeComparison(record.comparison) === bytes) return { id: record.id, name: record.comparison.name };
  try {
    for (const entry of await listComparisons()) {
      if (entry.state !== 'readable' || entry.summary.name !== comparison.name) continue;
      if (serializeComparison((await loadComparison(entry.id)).comparison) === bytes) return { id: entry.id, name: entry.summary.name };
    }
  } catch {
    // Unreadable: nothing is known to be the same, and the import goes ahead under a name of its own.
  }
  return null;
}
