import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface RenameFormProps {
  readonly name: string;
  /** Renames the comparison; returns why the name was refused, in the reader's language, else null. */
  readonly onRename: (name: string) => string | null;
  /** The form is done, the name kept or not: the plain name shows again. */
  readonly onDone: () => void;
}

/**
 * The comparison's name as a text field: Enter or Save keeps the new name, Escape or Cancel the
 * old one; a refused name is said beside the field, which keeps what the reader typed. Loaded
 * when a reader first asks to rename: most never do.
 */
export function RenameForm({ name, onRename, onDone }: RenameFormProps) {
  const { t } = useTranslation('compare');
  const [draft, setDraft] = useState(name);
  const [problem, setProblem] = useState<string | null>(null);
  const fieldId = useId();

  return (
    <form
      className="comparison-name comparison-name--editing"
      onSubmit={(event) => {
        event.preventDefault();
        const refusal = onRename(draft);
        if (refusal === null) onDone();
        else setProblem(refusal);
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation(); // the reading view's Escape (close the finding) stays out of it
        onDone();
      }}
    >
      <label htmlFor={fieldId} className="comparison-name__label">
        {t('name.field')}
      </label>
      <input
        id={fieldId}
        className="comparison-name__field"
        value={draft}
        autoFocus
        aria-invalid={problem !== null}
        aria-describedby={problem === null ? undefined : `${fieldId}-problem`}
        onChange={(event) => setDraft(event.currentTarget.value)}
      />
      <button type="submit" className="button">
        {t('name.save')}
      </button>
      <button type="button" className="button button--quiet" onClick={onDone}>
        {t('name.cancel')}
      </button>
      {problem !== null && (
        <p id={`${fieldId}-problem`} role="alert" className="comparison-name__problem">
          {problem}
        </p>
      )}
    </form>
  );
}
