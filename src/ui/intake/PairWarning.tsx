import type { PairIssue } from '../../core/intake/index';
import { useIntakeWords } from './intakeWords';

export interface PairWarningProps {
  /** The language warnings that concern both texts: both in one language, or swapped. */
  readonly warnings: readonly PairIssue[];
  /** Whether a language warning (of the pair or of one side) held the reader's comparison back. */
  readonly holding: boolean;
  readonly onCompareAnyway: () => void;
  readonly onSwap: () => void;
}

/**
 * The language warnings that concern both texts, and, once they have held a comparison back, the
 * way on: compare anyway (the detector may be wrong) or, when the texts look swapped, swap them.
 * A polite status: the reader is told, not interrupted.
 */
export function PairWarning({ warnings, holding, onCompareAnyway, onSwap }: PairWarningProps) {
  const { t } = useIntakeWords();
  const swapped = warnings.some((issue) => issue.code === 'swapped');
  return (
    <div role="status" className="intake-status">
      {(warnings.length > 0 || holding) && (
        <div className="intake-message intake-message--warning intake-pair-warning">
          {warnings.map((issue) => {
            if (issue.code === 'swapped') return <p key={issue.code}>{t('issue.swapped')}</p>;
            if (issue.code === 'same-language') return <p key={issue.code}>{t(`issue.same-language.${issue.detected}`)}</p>;
            return null;
          })}
          {holding && (
            <>
              <p>{t('issue.anyway')}</p>
              <div className="intake-actions">
                {swapped && (
                  <button type="button" className="button" onClick={onSwap}>
                    {t('swap')}
                  </button>
                )}
                <button type="button" className="button" onClick={onCompareAnyway}>
                  {t('compareAnyway')}
                </button>
              </div>
            </>
          )}
        </div>
      )}
    </div>
  );
}
