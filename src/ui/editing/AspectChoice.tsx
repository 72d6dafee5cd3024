import { useTranslation } from 'react-i18next';
import type { Edit } from '../../core/edit/index';
import { ASPECTS, type Relation } from '../../core/model/index';
import { useEditingWords } from './editingWords';
import { aspectsEdit } from './relationEdits';

export interface AspectChoiceProps {
  /** A discrepancy: what differs is said of discrepancies only. */
  readonly relation: Relation;
  readonly onApply: (edit: Edit) => void;
}

/** What differs in a discrepancy (a number, a date, a name…), as check boxes; each tick is an edit of its own. */
export function AspectChoice({ relation, onApply }: AspectChoiceProps) {
  const { t } = useEditingWords();
  const { t: tCompare } = useTranslation('compare');
  return (
    <fieldset className="relation-editor__group relation-editor__group--aspects">
      <legend>{t('editor.aspects')}</legend>
      {ASPECTS.map((aspect) => (
        <label key={aspect} className="relation-editor__choice">
          <input type="checkbox" checked={relation.aspects.includes(aspect)} onChange={(event) => onApply(aspectsEdit(relation, aspect, event.target.checked))} />{' '}
          {tCompare(`aspect.${aspect}`)}
        </label>
      ))}
    </fieldset>
  );
}
