import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadingMode } from '../../core/model/index';
import { READING_MODES } from '../readingMode';

export interface ReadingModeSwitchProps {
  readonly mode: ReadingMode;
  readonly onChange: (mode: ReadingMode) => void;
}

/**
 * Chooses how the texts are shown: as written, in the reader's language, or both. Native radio
 * buttons, drawn as a segmented control: one Tab stop, arrow keys move the choice, and every
 * screen reader knows them.
 */
export function ReadingModeSwitch({ mode, onChange }: ReadingModeSwitchProps) {
  const { t } = useTranslation('compare');
  const name = useId();
  return (
    <fieldset className="mode-switch">
      <legend className="mode-switch__legend">{t('mode.label')}</legend>
      <div className="mode-switch__options">
        {READING_MODES.map((option) => (
          <label key={option} className="mode-switch__option">
            <input type="radio" name={name} value={option} checked={mode === option} onChange={() => onChange(option)} />
            <span>{t(`mode.${option}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
