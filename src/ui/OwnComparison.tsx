import { useState, type ReactNode } from 'react';
import type { SavedRecord } from '../core/library/index';
import type { Comparison } from '../core/model/index';
import { App } from './App';
import { useEditHistory } from './editing/useEditHistory';
import { SaveState } from './library/SaveState';
import { StorageNotice } from './library/StorageNotice';
import type { LibrarySaveStatus } from './library/useLibrarySave';

export interface OwnComparisonProps {
  /** The record with the comparison as the reader last left it; read when the view mounts. */
  readonly record: SavedRecord;
  /** Where the workspace's saves to the library stand. */
  readonly save: LibrarySaveStatus;
  /** Hears every new state of the comparison (an edit, an undo, a redo), even one made as the view goes away. */
  readonly onChange: (id: string, comparison: Comparison) => void;
  readonly headerActions: ReactNode;
  readonly onImportFile: (file: File) => void;
}

/**
 * A comparison of the reader's own, in the reading view with its editing tools. Every edit, undo
 * and redo goes up to the workspace, which keeps it and saves it to the library: the view comes
 * and goes (the new comparison form replaces it, the library opens another), the reader's work
 * stays. When the browser will not keep it (private browsing, storage full) the reader is told at
 * the top of the page, the work stays on screen, and Export still works. Loaded on demand: the shipped comparison's
 * first view does without editing.
 */
export function OwnComparison({ record, save, onChange, headerActions, onImportFile }: OwnComparisonProps) {
  // The history starts from the record as it was when the view mounted; the workspace hands back
  // each change it hears, and that must not start a new history.
  const [start] = useState(record.comparison);
  const editing = useEditHistory(start, (comparison) => onChange(record.id, comparison));
  // A dismissed notice comes back only for a new reason: the hook keeps the same error object while the cause lasts.
  const [dismissed, setDismissed] = useState<unknown>(null);

  return (
    <>
      <App
        comparison={start}
        editing={editing}
        onImportFile={onImportFile}
        headerActions={
          <>
            {headerActions}
            <SaveState state={save.state} />
          </>
        }
        notice={<StorageNotice error={save.error !== dismissed ? save.error : null} onDismiss={() => setDismissed(save.error)} />}
      />
    </>
  );
}
