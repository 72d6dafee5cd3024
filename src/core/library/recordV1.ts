/**
 * Version 1 of the saved record, `{ version: 1, id, savedAt, comparison }`, and how it becomes the
 * current one. It was written before readers could judge automatic findings, and before the
 * record knew when and how its comparison entered the library.
 */
import * as z from 'zod/mini';
import type { Comparison, Finding } from '../model/types';
import { describeEnvelopeIssues, idSchema, readRecordComparison, timestampSchema } from './recordFields';
import { toSavedRecord, type SavedRecord } from './savedRecord';
import { SavedRecordError } from './savedRecordError';

const v1Schema = z.object({
  version: z.literal(1),
  id: idSchema,
  savedAt: timestampSchema,
  comparison: z.unknown(),
});

/**
 * Reads a version-1 record as a current one: its automatic findings get `status: 'automatic'`
 * (no reader had judged them), `createdAt` is its `savedAt` (the earliest time it knew), and its
 * origin is `new` (version 1 only kept comparisons made in the app).
 */
export function migrateRecordV1(value: unknown, recordId: string): SavedRecord {
  const parsed = v1Schema.safeParse(value);
  if (!parsed.success) throw new SavedRecordError('corrupt', describeEnvelopeIssues(recordId, parsed.error.issues));
  const { id, savedAt } = parsed.data;
  const comparison = readRecordComparison(parsed.data.comparison, recordId);
  return toSavedRecord({ id, createdAt: savedAt, savedAt, origin: 'new', comparison: withAutomaticStatus(comparison) });
}

function withAutomaticStatus(comparison: Comparison): Comparison {
  const findings = comparison.relations.map(
    (finding): Finding => (finding.origin === 'automatic' && finding.status === undefined ? { ...finding, status: 'automatic' } : finding),
  );
  return { ...comparison, relations: findings };
}
