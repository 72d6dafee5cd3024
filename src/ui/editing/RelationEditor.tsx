import { useId } from 'react';
import { statusOf } from '../../core/edit/index';
import type { Relation } from '../../core/model/index';
import { AspectChoice } from './AspectChoice';
import { useEditingWords } from './editingWords';
import { KindChoice } from './KindChoice';
import { LinkToClaim } from './LinkToClaim';
import { RelationJudgement } from './RelationJudgement';
import { RelationNotes } from './RelationNotes';
import type { Editing } from './useEditHistory';
import { useRelationEditorState } from './useRelationEditorState';

export interface RelationEditorProps {
  readonly relation: Relation;
  readonly editing: Editing;
  /** Called once the relation is deleted: its finding has nothing left to show. */
  readonly onDeleted: () => void;
}

/**
 * Edits one finding in its panel: its kind among those its quotes allow, what differs (for a
 * discrepancy), its note in French and in English, the reader's judgement of an automatic finding
 * (confirmed or rejected, said in words and by the pressed button), a link to a claim of the other
 * text for a claim that quotes one text, and deletion, which Undo takes back.
 */
export function RelationEditor({ relation, editing, onDeleted }: RelationEditorProps) {
  const { t } = useEditingWords();
  const headingId = useId();
  const { problem, apply } = useRelationEditorState(editing);
  const status = statusOf(relation);

  return (
    <section className="relation-editor" aria-labelledby={headingId}>
      <h3 id={headingId} className="finding-panel__subheading">
        {t('editor.heading')}
      </h3>
      <KindChoice relation={relation} onApply={apply} />
      {relation.kind === 'discrepancy' && <AspectChoice relation={relation} onApply={apply} />}
      {status !== null && <RelationJudgement relation={relation} status={status} onApply={apply} />}
      <RelationNotes relation={relation} onApply={apply} />
      <LinkToClaim relation={relation} comparison={editing.comparison} onApply={apply} />
      <button
        type="button"
        className="button button--quiet relation-editor__delete"
        onClick={() => {
          if (apply({ type: 'delete-claim', id: relation.id })) onDeleted();
        }}
      >
        {t('editor.delete')}
      </button>
      {problem !== null && (
        <p role="alert" className="relation-editor__problem">
          {t(`error.${problem}`)}
        </p>
      )}
    </section>
  );
}
