import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface ComparisonNameProps {
  readonly name: string;
  /**
   * Renames the comparison; returns why the name was refused, in the reader's language, else null.
   * Without it (the shipped comparison, which is read only) the name shows without a Rename button.
   */
  readonly onRename?: (name: string) => string | null;
}

/**
 * The comparison's name above the summary, the one the library lists and the exports take as
 * their title and file name; a comparison of the reader's own has a Rename button beside it, which
 * turns the name into a text field: Enter or Save keeps the new name, Escape or Cancel the old.
 */
export function ComparisonName({ name, onRename }: ComparisonNameProps) {
  const { t } = useTranslation('compare');
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const fieldId = useId();
  const renameRef = useRef<HTMLButtonElement>(null);

  const stop = () => {
    setDraft(null);
    setProblem(null);
    // Focus goes back to where the reader started, not to the top of the page.
    requestAnimationFrame(() => renameRef.current?.focus());
  };
  const save = () => {
    if (draft === null || !onRename) return;
    const refusal = onRename(draft);
    if (refusal === null) stop();
    else setProblem(refusal);
  };

  if (draft !== null && onRename) {
    return (
      <form
        className="comparison-name comparison-name--editing"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          event.preventDefault();
          event.stopPropagation(); // the reading view's Escape (close the finding) stays out of it
          stop();
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
        <button type="button" className="button button--quiet" onClick={stop}>
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

  return (
    <div className="comparison-name">
      <h2 className="comparison-name__text">
        <span className="comparison-name__label">{t('name.label')}</span> {name}
      </h2>
      {onRename && (
        <button ref={renameRef} type="button" className="button button--quiet" aria-label={t('name.renameLabel', { name })} onClick={() => setDraft(name)}>
          {t('name.rename')}
        </button>
      )}
    </div>
  );
}
