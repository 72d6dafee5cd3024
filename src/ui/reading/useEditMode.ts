import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RowEditing } from '../editing/rowEditing';
import type { Editing } from '../editing/useEditHistory';
import { useEditingParts, type EditingParts } from '../editing/useEditingParts';

/** The editing interface, loaded, with the comparison it edits. */
export interface EditingAt {
  readonly parts: EditingParts;
  readonly editing: Editing;
}

export interface EditMode {
  /** The editing interface once it has loaded, for a comparison that can be edited; else null. */
  readonly loaded: EditingAt | null;
  /** Whether the Edit switch is on. */
  readonly on: boolean;
  readonly setOn: (on: boolean) => void;
  /** The editing interface while the reader edits (loaded, and the switch on); else null. */
  readonly active: EditingAt | null;
  /** The rows' editing controls while the reader edits; else null. */
  readonly rowEditing: RowEditing | null;
  /** Renames the comparison (an edit like any other: recorded, undone by Undo, saved); undefined while it cannot be edited. */
  readonly rename: ((name: string) => string | null) | undefined;
}

/**
 * The Edit switch of a comparison given with `editing`, and what it brings: the editing tools load
 * after the first view, once the comparison can be edited; without `editing` it is read only.
 */
export function useEditMode(editing: Editing | undefined): EditMode {
  const { t } = useTranslation('compare');
  const parts = useEditingParts(editing?.ready === true);
  const [on, setOn] = useState(false);
  const loaded = useMemo(() => (parts && editing ? { parts, editing } : null), [parts, editing]);
  const active = on ? loaded : null;
  const rowEditing = useMemo(() => (active ? active.parts.rowEditing(active.editing) : null), [active]);
  const rename = useCallback(
    (name: string) => {
      const refusal = editing?.apply({ type: 'rename', name }) ?? null;
      return refusal === null ? null : t('name.empty');
    },
    [editing, t],
  );
  return { loaded, on, setOn, active, rowEditing, rename: editing?.ready ? rename : undefined };
}
