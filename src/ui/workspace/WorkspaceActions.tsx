import { useTranslation } from 'react-i18next';

export interface WorkspaceActionsProps {
  readonly onNewComparison: () => void;
  readonly onOpenLibrary: () => void;
  /** Puts a copy of the shipped comparison in the library; null where there is nothing to copy (another comparison shows, or the form). */
  readonly onEditCopy: (() => void) | null;
}

/** The workspace's own tools in the header, before the reading view's: New comparison, Library and, on the shipped comparison, Edit a copy. */
export function WorkspaceActions({ onNewComparison, onOpenLibrary, onEditCopy }: WorkspaceActionsProps) {
  const { t } = useTranslation('common');
  return (
    <>
      <button type="button" className="button" onClick={onNewComparison}>
        {t('workspace.new')}
      </button>
      <button type="button" className="button" aria-haspopup="dialog" onClick={onOpenLibrary}>
        {t('workspace.library')}
      </button>
      {onEditCopy && (
        <button type="button" className="button" onClick={onEditCopy}>
          {t('workspace.editCopy')}
        </button>
      )}
    </>
  );
}
