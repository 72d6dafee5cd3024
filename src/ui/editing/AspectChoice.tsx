import { useTranslation } from 'react-i18next';
import type { Edit } from '../../core/edit/index';
import { ASPECTS, type Finding } from '../../core/model/index';
import { useEditingWords } from './editingWords';
import { aspectsEdit } from './findingEdits';

export interface AspectChoiceProps {
  /** A discrepancy: what differs is said of discrepancies only. */
  readonly finding: Finding;
  readonly onApply: (edit: Edit) => void;
}

/** What differs in a discrepancy (a number, a date, a name…), as check boxes; each tick is an edit of its own. */
export function AspectChoice({ finding, onApply }: AspectChoiceProps) {
  const { t } = useEditingWords();
  const { t: tCompare } = useTranslation('compare');
  return (
    <fieldset className="finding-editor__group finding-editor__group--aspects">
      <legend>{t('editor.aspects')}</legend>
      {ASPECTS.map((aspect) => (
        <label key={aspect} className="finding-editor__choice">
          <input type="checkbox" checked={finding.aspects.includes(aspect)} onChange={(event) => onApply(aspectsEdit(finding, aspect, event.target.checked))} />{' '}
          {tCompare(`aspect.${aspect}`)}
        </label>
      ))}
    </fieldset>
  );
}
