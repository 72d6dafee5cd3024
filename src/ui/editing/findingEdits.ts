import type { Edit } from '../../core/edit/index';
import type { Aspect, Finding, FindingStatus } from '../../core/model/index';

/**
 * The edit a press on Confirm or Reject makes: the finding takes that judgement, or, pressed again,
 * goes back to automatic. `current` is the finding's status as the core reads it (statusOf).
 */
export function judgementEdit(finding: Finding, current: FindingStatus, wanted: Exclude<FindingStatus, 'automatic'>): Edit {
  return { type: 'set-status', id: finding.id, status: current === wanted ? 'automatic' : wanted };
}

/** The edit a tick or an untick of one aspect makes: the aspects ticked before, with `aspect` added at the end or taken out. */
export function aspectsEdit(finding: Finding, aspect: Aspect, ticked: boolean): Edit {
  return {
    type: 'set-aspects',
    id: finding.id,
    aspects: ticked ? [...finding.aspects, aspect] : finding.aspects.filter((other) => other !== aspect),
  };
}
