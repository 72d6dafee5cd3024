import { useEffect, useEffectEvent, useId, useState } from 'react';
import type { Lang } from '../../core/model/index';

/** How long typing must pause before the note is saved, in milliseconds. */
export const NOTE_PAUSE_MS = 1000;

export interface NoteFieldProps {
  readonly lang: Lang;
  readonly label: string;
  /** The note as the comparison has it. */
  readonly value: string;
  /** Space-separated ids of what describes the field. */
  readonly describedBy?: string;
  /** Saves the text as the note; called when the field loses focus or typing pauses, with a changed text only. */
  readonly onSave: (text: string) => void;
}

/**
 * A note in one language, written in a text area: saved as one edit when the reader leaves the
 * field or stops typing for a second, not per keystroke, so that Undo takes back a thought rather
 * than a letter; inside the field, Ctrl+Z is the field's own. A note changed from outside (Undo)
 * shows at once unless the reader is in the middle of typing.
 */
export function NoteField({ lang, label, value, describedBy, onSave }: NoteFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [pending, setPending] = useState(false);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (!pending) setDraft(value);
  }

  const save = (text: string) => {
    setPending(false);
    if (text !== value) onSave(text);
  };
  const saveDraft = useEffectEvent(() => save(draft));
  const saveIfPending = useEffectEvent(() => {
    if (pending) save(draft);
  });

  useEffect(() => {
    if (!pending) return;
    const timer = window.setTimeout(() => saveDraft(), NOTE_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [pending, draft]);

  // What the reader typed is kept even when the field goes away before it was saved (the finding closed).
  useEffect(() => () => saveIfPending(), []);

  return (
    <div className="note-field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        lang={lang}
        rows={3}
        value={draft}
        aria-describedby={describedBy}
        onChange={(event) => {
          setDraft(event.target.value);
          setPending(true);
        }}
        onBlur={() => {
          if (pending) save(draft);
        }}
      />
    </div>
  );
}
