import { useState } from 'react';
import { useShortcuts } from '../hooks/useShortcuts';

export interface ReadingShortcuts {
  /** Whether the shortcuts' help is open; while it is, stepping keys do nothing and Escape closes it. */
  readonly helpOpen: boolean;
  readonly openHelp: () => void;
  readonly closeHelp: () => void;
}

/** The reading view's keys (useShortcuts) and the help that lists them. */
export function useReadingShortcuts(step: (direction: 1 | -1) => void, closeFinding: () => void, findingOpen: boolean): ReadingShortcuts {
  const [helpOpen, setHelpOpen] = useState(false);
  useShortcuts({
    onStep: (direction) => {
      if (!helpOpen) step(direction);
    },
    onEscape: () => {
      if (helpOpen) setHelpOpen(false);
      else if (findingOpen) closeFinding();
    },
    onHelp: () => setHelpOpen(true),
  });
  return { helpOpen, openHelp: () => setHelpOpen(true), closeHelp: () => setHelpOpen(false) };
}
