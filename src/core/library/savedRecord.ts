/**
 * The record the library keeps for each comparison. It carries its version: readSavedRecord.ts
 * reads every version back, migrating older ones and refusing newer ones.
 */
import type { Comparison } from '../model/types';

/** The version of the saved record this app writes; it reads this one and every older one. */
export const SAVE_VERSION = 2;

/** How a comparison came into the library: made here, read from a file, or copied from another. */
export type RecordOrigin = 'new' | 'imported' | 'copy';

export const RECORD_ORIGINS = ['new', 'imported', 'copy'] as const satisfies readonly RecordOrigin[];

/** One comparison as the library keeps it; timestamps are ISO 8601, given by the caller. */
export interface SavedRecord {
  readonly version: typeof SAVE_VERSION;
  readonly id: string;
  readonly createdAt: string;
  readonly savedAt: string;
  readonly origin: RecordOrigin;
  readonly comparison: Comparison;
}

/** What a caller says to make a record; the core never reads the clock, so the times come from it. */
export interface SavedRecordInput {
  readonly id: string;
  readonly createdAt: string;
  readonly savedAt: string;
  readonly origin: RecordOrigin;
  readonly comparison: Comparison;
}

/** Builds a record of the current version, fields in a fixed order. */
export function toSavedRecord({ id, createdAt, savedAt, origin, comparison }: SavedRecordInput): SavedRecord {
  return { version: SAVE_VERSION, id, createdAt, savedAt, origin, comparison };
}
