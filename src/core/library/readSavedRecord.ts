/**
 * The one place a stored record is read back. An older record is migrated (see recordV1.ts); a
 * newer one is refused, so that this app never rewrites what a newer app saved.
 */
import * as z from 'zod/mini';
import { migrateRecordV1 } from './recordV1';
import { describeEnvelopeIssues, idSchema, readRecordComparison, timestampSchema } from './recordFields';
import { RECORD_ORIGINS, SAVE_VERSION, toSavedRecord, type SavedRecord } from './savedRecord';
import { SavedRecordError } from './savedRecordError';

const currentSchema = z.object({
  version: z.literal(SAVE_VERSION),
  id: idSchema,
  createdAt: timestampSchema,
  savedAt: timestampSchema,
  origin: z.enum(RECORD_ORIGINS),
  comparison: z.unknown(),
});

/**
 * Reads a stored value as a record of the current version, migrating an older one; throws a
 * SavedRecordError `newer-version` for a record a newer app wrote, `corrupt` for anything else
 * that is not a valid record, its comparison included.
 */
export function readSavedRecord(value: unknown): SavedRecord {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new SavedRecordError('corrupt', 'saved record: not an object');
  }
  const { version, id } = value as { version?: unknown; id?: unknown };
  const recordId = typeof id === 'string' && id !== '' ? id : '?';
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new SavedRecordError('corrupt', `saved record "${recordId}": version ${JSON.stringify(version) ?? 'missing'} is not a version number`);
  }
  // Checked before the shape: a newer record may look like nothing this app knows, and is still not damaged.
  if (version > SAVE_VERSION) {
    throw new SavedRecordError('newer-version', `saved record "${recordId}": version ${version} is newer than this app's ${SAVE_VERSION}`);
  }
  if (version === 1) return migrateRecordV1(value, recordId);

  const parsed = currentSchema.safeParse(value);
  if (!parsed.success) throw new SavedRecordError('corrupt', describeEnvelopeIssues(recordId, parsed.error.issues));
  return toSavedRecord({ ...parsed.data, comparison: readRecordComparison(parsed.data.comparison, recordId) });
}

/**
 * Whether a stored value is a record a newer app wrote, read from its version alone: cheap enough
 * to check before every save, so that a save never overwrites it.
 */
export function isNewerRecord(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  const { version } = value as { version?: unknown };
  return typeof version === 'number' && Number.isInteger(version) && version > SAVE_VERSION;
}
