import type { FormatIssue } from '../comparisonFile/format';

/** Why a saved record cannot be read: written by a newer app (kept as it is), or damaged. */
export type SavedRecordErrorCode = 'newer-version' | 'corrupt';

/** A saved record this app cannot read; `message` says where and what, in English, for logs. */
export class SavedRecordError extends Error {
  override name = 'SavedRecordError';
  constructor(
    readonly code: SavedRecordErrorCode,
    message: string,
    /** The comparison's own problems, when the envelope was sound but the comparison was not. */
    readonly issues: readonly FormatIssue[] = [],
  ) {
    super(message);
  }
}
