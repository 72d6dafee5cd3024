import type { ComparisonFailed } from '../worker/comparisonRun';
import { useIntakeWords } from './intakeWords';

/**
 * Says why a comparison did not finish, in the reader's language, with the engine's own words one
 * click away for a report, and the assurance that the texts are unchanged.
 */
export function CompareFailure({ failure }: { failure: ComparisonFailed }) {
  const { t } = useIntakeWords();
  const { code } = failure;
  const message = code === 'front-matter' || code === 'engine' ? t(`failed.${code}`) : code === 'too-large' ? null : t(`error.${code}`);
  return (
    <div role="alert" className="intake-message intake-message--error">
      <p className="intake-message__title">{t('failed.title')}</p>
      {message !== null && <p>{message}</p>}
      <p>{t('failed.kept')}</p>
      <details>
        <summary>{t('failed.details')}</summary>
        <pre lang="en">{failure.message}</pre>
      </details>
    </div>
  );
}
