import { useEffect, useId, useRef } from 'react';
import { useIntakeWords } from './intakeWords';

/**
 * How far the comparison has gone, as a labelled progress bar with its percentage, and the button
 * that stops it. The button takes focus when the bar appears, so that a keyboard can cancel at once.
 */
export function ComparisonProgress({ fraction, onCancel }: { fraction: number; onCancel: () => void }) {
  const { t } = useIntakeWords();
  const labelId = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  const percent = Math.round(Math.min(1, Math.max(0, fraction)) * 100);

  useEffect(() => cancel.current?.focus(), []);

  return (
    <div className="intake-progress">
      <p id={labelId} className="intake-progress__label">
        {t('progress.label')}
      </p>
      <div
        role="progressbar"
        className="intake-progress__bar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={t('progress.value', { percent })}
      >
        <span className="intake-progress__fill" style={{ width: `${percent}%` }} />
      </div>
      <p className="intake-progress__note" aria-hidden="true">
        {t('progress.value', { percent })} · {t('progress.note')}
      </p>
      <button ref={cancel} type="button" className="button" onClick={onCancel}>
        {t('cancel')}
      </button>
    </div>
  );
}
