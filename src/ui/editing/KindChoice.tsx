import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { allowedKinds, type Edit } from '../../core/edit/index';
import type { Finding } from '../../core/model/index';
import { KindIcon } from '../components/KindIcon';
import { useEditingWords } from './editingWords';

export interface KindChoiceProps {
  readonly finding: Finding;
  readonly onApply: (edit: Edit) => void;
}

/** The kind of a finding, as radio buttons: only the kinds its quotes allow (a claim of one text cannot be a match). */
export function KindChoice({ finding, onApply }: KindChoiceProps) {
  const { t } = useEditingWords();
  const { t: tCompare } = useTranslation('compare');
  const name = useId();
  return (
    <fieldset className="finding-editor__group">
      <legend>{t('editor.kind')}</legend>
      {allowedKinds(finding).map((kind) => (
        <label key={kind} className="finding-editor__choice">
          <input type="radio" name={name} value={kind} checked={finding.kind === kind} onChange={() => onApply({ type: 'set-kind', id: finding.id, kind })} />
          <KindIcon kind={kind} /> {tCompare(`findingKind.${kind}`)}
        </label>
      ))}
    </fieldset>
  );
}
