import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { allowedKinds, type Edit } from '../../core/edit/index';
import type { Relation } from '../../core/model/index';
import { KindIcon } from '../components/KindIcon';
import { useEditingWords } from './editingWords';

export interface KindChoiceProps {
  readonly relation: Relation;
  readonly onApply: (edit: Edit) => void;
}

/** The kind of a finding, as radio buttons: only the kinds its quotes allow (a claim of one text cannot be a match). */
export function KindChoice({ relation, onApply }: KindChoiceProps) {
  const { t } = useEditingWords();
  const { t: tCompare } = useTranslation('compare');
  const name = useId();
  return (
    <fieldset className="relation-editor__group">
      <legend>{t('editor.kind')}</legend>
      {allowedKinds(relation).map((kind) => (
        <label key={kind} className="relation-editor__choice">
          <input type="radio" name={name} value={kind} checked={relation.kind === kind} onChange={() => onApply({ type: 'set-kind', id: relation.id, kind })} />
          <KindIcon kind={kind} /> {tCompare(`relation.kind.${kind}`)}
        </label>
      ))}
    </fieldset>
  );
}
