import { useEffect, useRef, useState } from 'react';
import { nextClaimId } from '../../core/edit/index';
import { useEditingWords } from './editingWords';
import { useEditNames } from './editNames';
import { readSelection, type SelectionReading } from './selectionRange';
import { SelectionBar } from './SelectionBar';
import type { Editing, EditStep } from './useEditHistory';
import { WordPicker } from './WordPicker';

export interface EditingToolsProps {
  readonly editing: Editing;
  /** Whether the reader is editing: the tools and the row controls show. */
  readonly on: boolean;
  readonly onToggle: (on: boolean) => void;
  /** The finding open, if any. */
  readonly openId: string | null;
  /** Opens a finding, as choosing a claim does: the claim just created. */
  readonly onOpen: (relationId: string) => void;
  /** Closes the open finding, which an edit or an undo took away (a claim deleted, created then undone, linked into another). */
  readonly onFindingGone: () => void;
}

/** Something the reader tried that did not apply, said until the next step through the history. */
interface Notice {
  readonly text: string;
  readonly after: EditStep | null;
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
  const [notice, setNotice] = useState<Notice | null>(null);
  const [picking, setPicking] = useState(false);
  // The selection as the press on "Create claim" found it: a tap on a touch screen may clear it before the click.
  const pressedOn = useRef<SelectionReading | null>(null);

  const { last } = editing;
  const stepLine = last ? t(`step.${last.action}`, { edit: nameEdit(last.edit) }) : '';
  const line = notice !== null && notice.after === last ? notice.text : stepLine;

  // The element that last took focus, to tell focus taken away from focus in passing.
  const lastFocused = useRef<Element | null>(null);
  useEffect(() => {
    const remember = (event: FocusEvent) => {
      if (event.target instanceof Element) lastFocused.current = event.target;
    };
    document.addEventListener('focusin', remember);
    return () => document.removeEventListener('focusin', remember);
  }, []);

  // An edit may take away the control that made it (a row joined with the last, a claim deleted):
  // focus then goes to the way back rather than to the top of the page. Only then: a note saved as
  // its field loses focus to a press elsewhere (New comparison, Library) runs while focus is
  // between the two, on the body; taking it to Undo there scrolled the page under the pointer and
  // the press never became a click.
  useEffect(() => {
    if (last === null) return;
    const active = document.activeElement;
    if (active !== null && active !== document.body) return;
    if (lastFocused.current === null || lastFocused.current.isConnected) return;
    (undoRef.current && !undoRef.current.disabled ? undoRef.current : redoRef.current)?.focus();
  }, [last]);

  // A finding that the last step took away closes, rather than being reported missing like a bad address.
  const before = useRef(editing.comparison);
  useEffect(() => {
    const was = before.current;
    before.current = editing.comparison;
    const gone = (id: string) => was.relations.some((relation) => relation.id === id) && !editing.comparison.relations.some((relation) => relation.id === id);
    if (openId !== null && was !== editing.comparison && gone(openId)) onFindingGone();
  }, [editing.comparison, openId, onFindingGone]);

  const createClaim = () => {
    const live = readSelection(document.getSelection());
    const reading = 'problem' in live && live.problem === 'none' && pressedOn.current !== null ? pressedOn.current : live;
    pressedOn.current = null;
    createFrom(reading);
  };

  const createFrom = (reading: SelectionReading) => {
    if ('problem' in reading) {
      setNotice({ text: t(`selection.${reading.problem}`), after: last });
      return;
    }
    const id = nextClaimId(editing.comparison);
    const error = editing.apply({ type: 'create-claim', id, ...reading.stretch });
    if (error) {
      setNotice({ text: t(`error.${error.code}`), after: last });
      return;
    }
    document.getSelection()?.removeAllRanges();
    onOpen(id);
  };

  return (
    <div className="edit-tools">
      <button type="button" className="button button--quiet edit-tools__toggle" aria-pressed={on} onClick={() => onToggle(!on)}>
        {t('toggle')}
      </button>
      {on && (
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
            onPointerDown={() => {
              pressedOn.current = readSelection(document.getSelection());
            }}
            onClick={createClaim}
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
            onClick={() => setPicking(!picking)}
          >
            {t('pickWords')}
          </button>
        </div>
      )}
      {on && <SelectionBar comparison={editing.comparison} onCreate={(stretch) => createFrom({ stretch })} />}
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
