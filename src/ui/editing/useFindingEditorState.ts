import { useState } from 'react';
import type { Edit, EditErrorCode } from '../../core/edit/index';
import type { Editing } from './useEditHistory';

export interface FindingEditorState {
  /** Why the last edit tried in the editor did not apply; null after one that did. */
  readonly problem: EditErrorCode | null;
  /** Applies an edit to the comparison; true when it applied. */
  readonly apply: (edit: Edit) => boolean;
}

/** Applies the finding editor's edits and remembers why the last one did not apply, to say it under the editor. */
export function useFindingEditorState(editing: Editing): FindingEditorState {
  const [problem, setProblem] = useState<EditErrorCode | null>(null);
  const apply = (edit: Edit): boolean => {
    const error = editing.apply(edit);
    setProblem(error?.code ?? null);
    return error === null;
  };
  return { problem, apply };
}
