/** The library's door: a comparison as the library saves it, read back, and summed up for its cards. */
// A saved record, made and read back (an older version migrated, a newer one refused).
export { toSavedRecord, type RecordOrigin, type SavedRecord } from './savedRecord';
export { isNewerRecord, readSavedRecord } from './readSavedRecord';
export { SavedRecordError } from './savedRecordError';
// What a card shows of a comparison.
export { librarySummary, summarizeComparison, type ComparisonSummary, type LibrarySummary } from './librarySummary';
// A name no other comparison of the library has.
export { uniqueName } from './uniqueName';
