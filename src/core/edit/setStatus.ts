/**
 * A reader's judgement of a finding: confirmed, rejected, or back to automatic. Any status may be
 * set on any finding, a curated one included (a reader may reject what the file's analyst said).
 * A rejected finding stays in the file, so that the judgement is kept and can be taken back.
 * Setting the status it already has changes nothing.
 */
import type { Comparison, FindingStatus } from '../model/types';
import { updateFinding } from './findingAt';

/** The comparison with finding `id` of status `status`; throws EditError 'no-such-finding'. */
export function setStatus(comparison: Comparison, id: string, status: FindingStatus): Comparison {
  return updateFinding(comparison, id, (finding) => (finding.status === status ? finding : { ...finding, status }));
}
