import { useEffect, useEffectEvent } from 'react';
import { takesText } from '../takesText';

export interface ShortcutHandlers {
  readonly onStep: (direction: 1 | -1) => void;
  readonly onEscape: () => void;
  readonly onHelp: () => void;
}

/**
 * The reading view's keys: `j`/`n` next finding, `k`/`p` previous, `Escape` closes, `?` opens the
 * help. They stay silent while the reader types in a field, and when a modifier is held, so that
 * the browser's and the screen reader's own shortcuts keep working.
 */
export function useShortcuts(handlers: ShortcutHandlers): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typesInto(event.target)) return;
    switch (event.key) {
      case 'j':
      case 'n':
        handlers.onStep(1);
        break;
      case 'k':
      case 'p':
        handlers.onStep(-1);
        break;
      case 'Escape':
        handlers.onEscape();
        break;
      case '?':
        handlers.onHelp();
        break;
      default:
        return;
    }
    event.preventDefault();
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}

/** A select also takes letters (they pick an option), besides what takesText names. */
function typesInto(target: EventTarget | null): boolean {
  return takesText(target) || target instanceof HTMLSelectElement;
}
