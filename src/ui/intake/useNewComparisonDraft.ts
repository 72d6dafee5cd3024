import { useCallback, useLayoutEffect, useRef } from 'react';
import type { Lang } from '../../core/model/index';
import { EMPTY_INTAKE_DRAFT, swapSides, withSide, type IntakeDraft, type SideDraft } from './intakeDraft';

export interface NewComparisonDraft {
  /** The draft as rendered now. */
  readonly current: IntakeDraft;
  /** The draft as it is at this moment, changes not yet rendered included: for handlers that run later. */
  readonly latest: () => IntakeDraft;
  /** The change function for one side: applies a change to that side as it is when the change lands. */
  readonly update: (lang: Lang) => (change: (side: SideDraft) => SideDraft) => void;
  /** Names the comparison as the reader typed it. */
  readonly rename: (name: string) => void;
  /** Puts each text in the other's place, with its details. */
  readonly swap: () => void;
}

/**
 * The new comparison's draft, kept by the parent (so that closing the form loses nothing) and
 * changed here. A change that lands later (a file being read) applies to the draft as it is then,
 * not as it was when the change began: two files read at once both arrive.
 */
export function useNewComparisonDraft(draft: IntakeDraft | null, onDraftChange: (draft: IntakeDraft) => void): NewComparisonDraft {
  const current = draft ?? EMPTY_INTAKE_DRAFT;
  const latest = useRef(current);
  useLayoutEffect(() => {
    latest.current = current;
  });

  const update = useCallback(
    (lang: Lang) => (change: (side: SideDraft) => SideDraft) => {
      const next = withSide(latest.current, lang, change(latest.current[lang]));
      latest.current = next;
      onDraftChange(next);
    },
    [onDraftChange],
  );

  return {
    current,
    latest: () => latest.current,
    update,
    rename: (name) => onDraftChange({ ...latest.current, name }),
    swap: () => onDraftChange(swapSides(latest.current)),
  };
}
