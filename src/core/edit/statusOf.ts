/**
 * Where a reader's judgement of a finding stands. Files written before statuses existed have
 * automatic findings without one: they are as the engine proposed them.
 */
import type { Finding, FindingStatus } from '../model/types';

/** The finding's status: its own, 'automatic' for an automatic finding without one, null for a curated one. */
export function statusOf(finding: Finding): FindingStatus | null {
  return finding.status ?? (finding.origin === 'automatic' ? 'automatic' : null);
}
