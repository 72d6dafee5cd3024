import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Edit } from '../../core/edit/index';
import type { Finding, FindingStatus } from '../../core/model/index';
import { useEditingWords } from './editingWords';
import { judgementEdit } from './findingEdits';

export interface FindingJudgementProps {
  readonly finding: Finding;
  /** The finding's status as the core reads it: an automatic finding has one, a curated one none. */
  readonly status: FindingStatus;
  readonly onApply: (edit: Edit) => void;
}

/**
 * The reader's judgement of an automatic finding: its status said in words, and Confirm and Reject
 * as buttons pressed while the finding stands so; pressing the pressed one takes the judgement back.
 */
export function FindingJudgement({ finding, status, onApply }: FindingJudgementProps) {
  const { t } = useEditingWords();
  const { t: tCompare } = useTranslation('compare');
  const labelId = useId();
  return (
    <div role="group" aria-labelledby={labelId} className="finding-editor__judgement">
      <p id={labelId} className="finding-editor__label">
        {t('editor.judgement')}
      </p>
      <p className={`finding-editor__status finding-editor__status--${status}`}>{t('editor.status', { status: tCompare(`findingStatus.${status}`) })}</p>
      <button type="button" className="button button--quiet" aria-pressed={status === 'confirmed'} onClick={() => onApply(judgementEdit(finding, status, 'confirmed'))}>
        {t('editor.confirm')}
      </button>
      <button type="button" className="button button--quiet" aria-pressed={status === 'rejected'} onClick={() => onApply(judgementEdit(finding, status, 'rejected'))}>
        {t('editor.reject')}
      </button>
    </div>
  );
}
