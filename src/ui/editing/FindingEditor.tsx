import { useId } from 'react';
import { statusOf } from '../../core/edit/index';
import type { Finding } from '../../core/model/index';
import { AspectChoice } from './AspectChoice';
import { useEditingWords } from './editingWords';
import { KindChoice } from './KindChoice';
import { LinkToClaim } from './LinkToClaim';
import { FindingJudgement } from './FindingJudgement';
import { FindingNotes } from './FindingNotes';
import type { Editing } from './useEditHistory';
import { useFindingEditorState } from './useFindingEditorState';

export interface FindingEditorProps {
  readonly finding: Finding;
  readonly editing: Editing;
  /** Called once the finding is deleted: its finding has nothing left to show. */
  readonly onDeleted: () => void;
}

/**
 * Edits one finding in its panel: its kind among those its quotes allow, what differs (for a
 * discrepancy), its note in French and in English, the reader's judgement of an automatic finding
 * (confirmed or rejected, said in words and by the pressed button), a link to a claim of the other
 * text for a claim that quotes one text, and deletion, which Undo takes back.
 */
export function FindingEditor({ finding, editing, onDeleted }: FindingEditorProps) {
  const { t } = useEditingWords();
  const headingId = useId();
  const { problem, apply } = useFindingEditorState(editing);
  const status = statusOf(finding);

  return (
    <section className="finding-editor" aria-labelledby={headingId}>
      <h3 id={headingId} className="finding-panel__subheading">
        {t('editor.heading')}
      </h3>
      <KindChoice finding={finding} onApply={apply} />
      {finding.kind === 'discrepancy' && <AspectChoice finding={finding} onApply={apply} />}
      {status !== null && <FindingJudgement finding={finding} status={status} onApply={apply} />}
      <FindingNotes finding={finding} onApply={apply} />
      <LinkToClaim finding={finding} comparison={editing.comparison} onApply={apply} />
      <button
        type="button"
        className="button button--quiet finding-editor__delete"
        onClick={() => {
          if (apply({ type: 'delete-claim', id: finding.id })) onDeleted();
        }}
      >
        {t('editor.delete')}
      </button>
      {problem !== null && (
        <p role="alert" className="finding-editor__problem">
          {t(`error.${problem}`)}
        </p>
      )}
    </section>
  );
}
