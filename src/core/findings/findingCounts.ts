/**
 * What counts as a finding, decided here once for every place that counts them: the summary and
 * its legend, the list's groups, the exports, the library's cards and the command line. A finding
 * a reader rejected stays in the file (so that the judgement is kept and can be taken back), but it
 * is no longer a finding of its kind: it is counted apart, so that "Only in the French source 5"
 * reads the same on the card, in the legend and in the report.
 */
import type { Finding, FindingKind } from '../model/types';
import { FINDING_KINDS } from '../model/types';

/** How many findings stand, by kind and in all, and how many a reader rejected. */
export interface FindingCounts {
  /** Findings of each kind, rejected ones left out; every kind is present, zero when there is none. */
  readonly byKind: Readonly<Record<FindingKind, number>>;
  /** Every finding that stands: the sum of `byKind`. */
  readonly total: number;
  /** Findings a reader rejected, whatever their kind: counted in no kind and not in the total. */
  readonly rejected: number;
}

/** True for a finding a reader rejected: it is shown struck through, and counted apart. */
function isRejected(finding: Finding): boolean {
  return finding.status === 'rejected';
}

/** Counts `relations` by the one rule: rejected ones apart, every other one under its kind. */
export function countFindings(findings: readonly Finding[]): FindingCounts {
  const byKind = Object.fromEntries(FINDING_KINDS.map((kind) => [kind, 0])) as Record<FindingKind, number>;
  let rejected = 0;
  for (const finding of findings) {
    if (isRejected(finding)) rejected += 1;
    else byKind[finding.kind] += 1;
  }
  return { byKind, total: findings.length - rejected, rejected };
}
