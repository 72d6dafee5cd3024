import { useCallback, useEffect, useEffectEvent, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Edit, EditError, EditHistory } from '../../core/edit/index';
import type { Comparison } from '../../core/model/index';
import { useLazyModule } from '../hooks/useLazyModule';
import { takesText } from '../takesText';

type HistoryOps = typeof import('./historyOps');

/** What the last step through the history did: an edit made, taken back, or made again. */
export interface EditStep {
  readonly action: 'done' | 'undone' | 'redone';
  readonly edit: Edit;
}

/** A comparison being edited, with its undo history; what `useEditHistory` returns and `App` takes. */
export interface Editing {
  /** The comparison as the edits so far leave it. */
  readonly comparison: Comparison;
  /**
   * Whether edits can be made: the core's editing code loads after the first view, so for a moment
   * after the first paint this is false and the editing controls stay hidden.
   */
  readonly ready: boolean;
  /** Applies an edit and records it; returns why it does not apply (the comparison is then unchanged), else null. */
  readonly apply: (edit: Edit) => EditError | null;
  readonly undo: () => void;
  readonly redo: () => void;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** The edit Undo would take back, to name it on the button; null when there is none. */
  readonly undoEdit: Edit | null;
  /** The edit Redo would make again; null when there is none. */
  readonly redoEdit: Edit | null;
  /** The last step through the history, for the line that tells the reader what happened; null before any. */
  readonly last: EditStep | null;
}

interface State {
  readonly initial: Comparison;
  /** Null until the first edit: nothing to remember yet, and no need for the core's history code. */
  readonly history: EditHistory | null;
  readonly last: EditStep | null;
}

/**
 * Holds the edits made to `initial`, with undo and redo: the Undo and Redo buttons, and Ctrl+Z
 * (Cmd+Z), Ctrl+Shift+Z (Cmd+Shift+Z) and Ctrl+Y anywhere in the document except in a text field,
 * where the field's own undo applies. `onChange` hears every new state of the comparison: after an
 * edit, an undo or a redo. A different `initial` starts a new history.
 */
export function useEditHistory(initial: Comparison, onChange?: (comparison: Comparison) => void): Editing {
  // The core's history code loads with the view, after the first paint; edits wait for it (`ready`).
  const ops: HistoryOps | null = useLazyModule(() => import('./historyOps')).value;
  const [state, setState] = useState<State>(() => ({ initial, history: null, last: null }));
  let current = state;
  if (state.initial !== initial) {
    current = { initial, history: null, last: null };
    setState(current);
  }
  // The state the next edit starts from: an event may make two edits before React renders again
  // (a note saved on blur by the click on Undo), and the second must see the first.
  const latest = useRef(current);
  const onChangeRef = useRef(onChange);
  useLayoutEffect(() => {
    latest.current = current;
    onChangeRef.current = onChange;
  });


  const commit = useCallback((next: State) => {
    latest.current = next;
    setState(next);
    if (next.history) onChangeRef.current?.(next.history.present);
  }, []);

  const apply = useCallback(
    (edit: Edit): EditError | null => {
      if (!ops) throw new Error('an edit was made before the editing code loaded; this is a bug');
      const { initial: start, history } = latest.current;
      let next: EditHistory;
      try {
        next = ops.recordEdit(history ?? ops.createHistory(start), edit);
      } catch (error) {
        if (error instanceof ops.EditError) return error;
        throw error;
      }
      // An edit that changes nothing (a note saved as it was) leaves no step to undo.
      if (next.present === (history?.present ?? start)) return null;
      commit({ initial: start, history: next, last: { action: 'done', edit } });
      return null;
    },
    [ops, commit],
  );

  const undo = useCallback(() => {
    const { initial: start, history } = latest.current;
    if (!ops || !history || !ops.canUndo(history)) return;
    const edit = ops.lastEdit(history);
    commit({ initial: start, history: ops.undo(history), last: edit && { action: 'undone', edit } });
  }, [ops, commit]);

  const redo = useCallback(() => {
    const { initial: start, history } = latest.current;
    if (!ops || !history || !ops.canRedo(history)) return;
    const edit = ops.nextEdit(history);
    commit({ initial: start, history: ops.redo(history), last: edit && { action: 'redone', edit } });
  }, [ops, commit]);

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || !(event.ctrlKey || event.metaKey) || takesText(event.target)) return;
    const key = event.key.toLowerCase();
    const { history } = latest.current;
    if (!ops || !history) return;
    if (key === 'z' && !event.shiftKey) {
      if (!ops.canUndo(history)) return;
      undo();
    } else if ((key === 'z' && event.shiftKey) || (key === 'y' && event.ctrlKey && !event.shiftKey)) {
      if (!ops.canRedo(history)) return;
      redo();
    } else {
      return;
    }
    event.preventDefault();
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  return useMemo<Editing>(() => {
    const { history } = current;
    return {
      comparison: history?.present ?? current.initial,
      ready: ops !== null,
      apply,
      undo,
      redo,
      canUndo: ops !== null && history !== null && ops.canUndo(history),
      canRedo: ops !== null && history !== null && ops.canRedo(history),
      undoEdit: ops && history ? ops.lastEdit(history) : null,
      redoEdit: ops && history ? ops.nextEdit(history) : null,
      last: current.last,
    };
  }, [current, ops, apply, undo, redo]);
}
