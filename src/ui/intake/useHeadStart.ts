import { useEffect } from 'react';
import { startHeadStart } from '../worker/startComparison';
import type { IntakeDraft } from './intakeDraft';
import { decideCompare } from './intakeGate';

/**
 * How long the texts stay unchanged before their comparison starts ahead of Compare: a paste is one
 * change, and typing pauses for less between words, so that the work is not restarted at each key.
 */
export const HEAD_START_DELAY_MS = 300;

/**
 * Starts comparing the form's texts before the reader presses Compare, once they have stayed as
 * they are for HEAD_START_DELAY_MS: by the time the reader has looked over the details and pressed
 * Compare, the worker has done much of the work, or all of it (startComparison.ts takes it over).
 * Only a request Compare would start, warnings aside, gets a head start; a change to the texts or
 * the details ends it, and another begins after the next pause.
 */
export function useHeadStart(draft: IntakeDraft, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return undefined;
    const timer = setTimeout(() => {
      // A language warning holds Compare until the reader compares anyway: the request is the same either way.
      const next = decideCompare(draft, true);
      if (next.step === 'start') startHeadStart(next.request);
    }, HEAD_START_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, enabled]);
}
