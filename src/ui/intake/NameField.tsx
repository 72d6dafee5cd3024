import { useId } from 'react';
import { useIntakeWords } from './intakeWords';

export interface NameFieldProps {
  /** The name shown: the reader's, else the French title. */
  readonly value: string;
  readonly onChange: (name: string) => void;
}

/** The new comparison's name, with a hint saying where it shows; it follows the French title until the reader types one. */
export function NameField({ value, onChange }: NameFieldProps) {
  const { t } = useIntakeWords();
  const id = useId();
  return (
    <div className="intake__name">
      <label htmlFor={id}>{t('name.label')}</label>
      <input id={id} type="text" value={value} aria-describedby={`${id}-hint`} onChange={(event) => onChange(event.currentTarget.value)} />
      <p id={`${id}-hint`} className="intake-side__hint">
        {t('name.hint')}
      </p>
    </div>
  );
}
