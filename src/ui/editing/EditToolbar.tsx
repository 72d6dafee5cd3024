import type { Ref } from 'react';
import { useEditingWords } from './editingWords';
import { useEditNames } from './editNames';
import type { Editing } from './useEditHistory';

export interface EditToolbarProps {
  readonly editing: Editing;
  /** Undo and Redo, which take focus when an edit took away the control that had it (useFocusWayBack.ts). */
  readonly undoRef: Ref<HTMLButtonElement>;
  readonly redoRef: Ref<HTMLButtonElement>;
  /** "Pick words", which takes focus back when the picker is cancelled. */
  readonly pickRef: Ref<HTMLButtonElement>;
  /** Whether the word picker is open. */
  readonly picking: boolean;
  /** Hears the press on "Create claim", before the click: the selection may be gone by then. */
  readonly onCreatePress: () => void;
  readonly onCreate: () => void;
  readonly onPickToggle: () => void;
}

/**
 * The editing toolbar: Undo and Redo named after the edit they concern, "Create claim from
 * selection" and "Pick words". A press on the last two leaves the selection as it is, since both
 * start from the words selected.
 */
export function EditToolbar({ editing, undoRef, redoRef, pickRef, picking, onCreatePress, onCreate, onPickToggle }: EditToolbarProps) {
  const { t } = useEditingWords();
  const nameEdit = useEditNames();
  return (
    <div role="group" aria-label={t('tools')} className="edit-tools__bar">
      <button ref={undoRef} type="button" className="button button--quiet" disabled={!editing.canUndo} onClick={editing.undo}>
        {editing.undoEdit ? t('undoNamed', { edit: nameEdit(editing.undoEdit) }) : t('undo')}
      </button>
      <button ref={redoRef} type="button" className="button button--quiet" disabled={!editing.canRedo} onClick={editing.redo}>
        {editing.redoEdit ? t('redoNamed', { edit: nameEdit(editing.redoEdit) }) : t('redo')}
      </button>
      <button
        type="button"
        className="button button--quiet"
        // A press must not take the selection away before the click reads it.
        onMouseDown={(event) => event.preventDefault()}
        onPointerDown={onCreatePress}
        onClick={onCreate}
      >
        {t('createClaim')}
      </button>
      <button
        ref={pickRef}
        type="button"
        className="button button--quiet"
        aria-expanded={picking}
        // The picker starts on the words selected: the press must leave them selected.
        onMouseDown={(event) => event.preventDefault()}
        onClick={onPickToggle}
      >
        {t('pickWords')}
      </button>
    </div>
  );
}
