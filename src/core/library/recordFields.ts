/**
 * Fields every version of the saved record shares, checked the same way in each: an id, ISO
 * timestamps, and the comparison, which the comparison file's own loader validates.
 */
import * as z from 'zod/mini';
import { ComparisonFormatError, describeIssue, parseComparison } from '../comparisonFile/format';
import type { Comparison } from '../model/types';
import { SavedRecordError } from './savedRecordError';

// `2024-05-01T09:30:00.000Z` as `Date.prototype.toISOString` writes it, or with an offset.
const ISO_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

// Date.parse rolls `2024-02-30` over to 1 March rather than refusing it, so each field is checked.
function isRealInstant(value: string): boolean {
  const match = ISO_TIMESTAMP.exec(value);
  if (!match) return false;
  // Absent seconds and offset (`Z`) read as 0.
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, offsetHours = 0, offsetMinutes = 0] = match
    .slice(1)
    .map((field) => (field === undefined ? 0 : Number(field)));
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate(); // day 0 of the next month is this month's last
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && hour <= 23 && minute <= 59 && second <= 59 && offsetHours <= 23 && offsetMinutes <= 59;
}

/** A non-empty record id. */
export const idSchema = z.string().check(z.minLength(1));

/** An ISO 8601 date and time that names a real instant (`2024-02-30T…` does not). */
export const timestampSchema = z.string().check(z.refine(isRealInstant));

/** Reads the comparison a record holds; a comparison that is not a valid file makes the record corrupt. */
export function readRecordComparison(value: unknown, recordId: string): Comparison {
  try {
    return parseComparison(value);
  } catch (error) {
    if (!(error instanceof ComparisonFormatError)) throw error;
    const detail = error.issues.map((issue) => `comparison: ${describeIssue(issue)}`).join('\n');
    throw new SavedRecordError('corrupt', `saved record "${recordId}": ${detail}`, error.issues);
  }
}

/** Says which fields of a record failed its envelope's schema, as `savedAt, origin`. */
export function describeEnvelopeIssues(recordId: string, issues: readonly { readonly path: readonly PropertyKey[] }[]): string {
  const fields = [...new Set(issues.map((issue) => issue.path.map(String).join('.') || '(record)'))];
  return `saved record "${recordId}": ${fields.join(', ')} missing or not valid`;
}
