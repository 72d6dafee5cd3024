import { useRef, useState } from 'react';
import { EditToolbar } from './EditToolbar';
import { useEditingWords } from './editingWords';
import { useEditNames } from './editNames';
import { SelectionBar } from './SelectionBar';
import { useClaimCreation } from './useClaimCreation';
import { useCloseGoneFinding } from './useCloseGoneFinding';
import type { Editing } from './useEditHistory';
import { useFocusWayBack } from './useFocusWayBack';
import { WordPicker } from './WordPicker';

export interface EditingToolsProps {
  readonly editing: Editing;
  /** Whether the reader is editing: the tools and the row controls show. */
  readonly on: boolean;
  readonly onToggle: (on: boolean) => void;
  /** The finding open, if any. */
  readonly openId: string | null;
  /** Opens a finding, as choosing a claim does: the claim just created. */
  readonly onOpen: (findingId: string) => void;
  /** Closes the open finding, which an edit or an undo took away (a claim deleted, created then undone, linked into another). */
  readonly onFindingGone: () => void;
}

/**
 * The texts' editing tools: the Edit switch and, while it is on, Undo and Redo named after the
 * edit they concern, "Create claim from selection" (also at the foot of the window while words are
 * selected, SelectionBar.tsx), "Pick words" (the same without a pointer, WordPicker.tsx), and a
 * line saying what the last step did or why the last try did not apply. The line is always there
 * for screen readers, so that Ctrl+Z says what it undid even while the tools are hidden.
 */
export function EditingTools({ editing, on, onToggle, openId, onOpen, onFindingGone }: EditingToolsProps) {
  const { t } = useEditingWords();
  const nameEdit = useEditNames();
  const undoRef = useRef<HTMLButtonElement>(null);
  const redoRef = useRef<HTMLButtonElement>(null);
  const pickRef = useRef<HTMLButtonElement>(null);
  const [picking, setPicking] = useState(false);
  const claims = useClaimCreation(editing, onOpen);
  useFocusWayBack(editing.last, undoRef, redoRef);
  useCloseGoneFinding(editing.comparison, openId, onFindingGone);

  const { last } = editing;
  const line = claims.refusal ?? (last ? t(`step.${last.action}`, { edit: nameEdit(last.edit) }) : '');

  return (
    <div className="edit-tools">
      <button type="button" className="button button--quiet edit-tools__toggle" aria-pressed={on} onClick={() => onToggle(!on)}>
        {t('toggle')}
      </button>
      {on && (
        <EditToolbar
          editing={editing}
          undoRef={undoRef}
          redoRef={redoRef}
          pickRef={pickRef}
          picking={picking}
          onCreatePress={claims.rememberSelection}
          onCreate={claims.createFromSelection}
          onPickToggle={() => setPicking(!picking)}
        />
      )}
      {on && <SelectionBar comparison={editing.comparison} onCreate={(stretch) => claims.createFrom({ stretch })} />}
      {on && picking && (
        <WordPicker
          editing={editing}
          openId={openId}
          onCreated={(id) => {
            setPicking(false);
            onOpen(id);
          }}
          onClose={() => {
            setPicking(false);
            pickRef.current?.focus();
          }}
        />
      )}
      <p className={on ? 'edit-tools__line' : 'visually-hidden'} aria-live="polite">
        {line}
      </p>
      {on && line === '' && <p className="edit-tools__hint">{t('hint')}</p>}
    </div>
  );
}
