import { useEffect, useRef, type RefObject } from 'react';
import type { EditStep } from './useEditHistory';

/**
 * After each step through the history (`last`), gives focus to Undo (else Redo) when the step took
 * away the control that had it (a row joined with the last, a claim deleted): the way back, rather
 * than the top of the page. Only then: a note saved as its field loses focus to a press elsewhere
 * (New comparison, Library) runs while focus is between the two, on the body; taking it to Undo
 * there scrolled the page under the pointer and the press never became a click.
 */
export function useFocusWayBack(last: EditStep | null, undo: RefObject<HTMLButtonElement | null>, redo: RefObject<HTMLButtonElement | null>): void {
  // The element that last took focus, to tell focus taken away from focus in passing.
  const lastFocused = useRef<Element | null>(null);
  useEffect(() => {
    const remember = (event: FocusEvent) => {
      if (event.target instanceof Element) lastFocused.current = event.target;
    };
    document.addEventListener('focusin', remember);
    return () => document.removeEventListener('focusin', remember);
  }, []);

  useEffect(() => {
    if (last === null) return;
    const active = document.activeElement;
    if (active !== null && active !== document.body) return;
    if (lastFocused.current === null || lastFocused.current.isConnected) return;
    (undo.current && !undo.current.disabled ? undo.current : redo.current)?.focus();
  }, [last, undo, redo]);
}
