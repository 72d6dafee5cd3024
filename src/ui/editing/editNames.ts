import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Edit } from '../../core/edit/index';
import { useEditingWords } from './editingWords';

/**
 * Names an edit in the reader's language, short enough for a button ("Undo: join rows 3 and 4")
 * and the line that says what the last step did. Rows count from 1 here, as a reader counts them.
 */
export function useEditNames(): (edit: Edit) => string {
  const { t } = useEditingWords();
  const { t: tCompare } = useTranslation('compare');
  return useCallback(
    (edit: Edit) => {
      switch (edit.type) {
        case 'join-rows':
          return t('edit.join-rows', { row: edit.row + 1, next: edit.row + 2 });
        case 'split-row':
          return t('edit.split-row', { row: edit.row + 1 });
        case 'create-claim':
          return t('edit.create-claim');
        case 'link-claims':
          return t('edit.link-claims');
        case 'set-kind':
          return t('edit.set-kind', { kind: tCompare(`findingKind.${edit.kind}`) });
        case 'set-aspects':
          return t('edit.set-aspects');
        case 'set-note':
          return t(`edit.set-note-${edit.lang}`);
        case 'set-status':
          return t(`edit.set-status-${edit.status}`);
        case 'delete-claim':
          return t('edit.delete-claim');
        case 'rename':
          return t('edit.rename', { name: edit.name.replace(/\s+/g, ' ').trim() });
      }
    },
    [t, tCompare],
  );
}
