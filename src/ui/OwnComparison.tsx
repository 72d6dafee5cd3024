import { useState, type ReactNode } from 'react';
import type { SavedRecord } from '../core/index';
import { App } from './App';
import { useEditHistory } from './editing/useEditHistory';
import { SaveState } from './library/SaveState';
import { StorageNotice } from './library/StorageNotice';
import { useLibrarySave } from './library/useLibrarySave';

export interface OwnComparisonProps {
  /** The record as the library holds it, or as it is about to be first saved. */
  readonly record: SavedRecord;
  /** Whether the library already holds `record` as it is; a new or imported one is saved at once. */
  readonly stored: boolean;
  readonly headerActions: ReactNode;
  readonly onImportFile: (file: File) => void;
}

/**
 * A comparison of the reader's own, in the reading view with its editing tools: every edit, undo
 * and redo is saved to the library as it happens. When the browser will not keep it (private
 * browsing, storage full) the reader is told, the work stays on screen, and Export still works.
 * Loaded on demand: the shipped comparison's first view does without editing and storage.
 */
export function OwnComparison({ record, stored, headerActions, onImportFile }: OwnComparisonProps) {
  const editing = useEditHistory(record.comparison);
  const save = useLibrarySave({
    id: record.id,
    comparison: editing.comparison,
    createdAt: record.createdAt,
    origin: record.origin,
    stored: stored ? record.comparison : null,
  });
  // A dismissed notice comes back only for a new reason: the hook keeps the same error object while the cause lasts.
  const [dismissed, setDismissed] = useState<unknown>(null);

  return (
    <>
      <App
        comparison={record.comparison}
        editing={editing}
        onImportFile={onImportFile}
        headerActions={
          <>
            {headerActions}
            <SaveState state={save.state} />
          </>
        }
      />
      <StorageNotice error={save.error !== dismissed ? save.error : null} onDismiss={() => setDismissed(save.error)} />
    </>
  );
}
