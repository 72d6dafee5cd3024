import { useTranslation } from 'react-i18next';
import { ComparisonFormatError, describeIssue } from '../../core/comparisonFile/index';

export interface ImportRefusalProps {
  /** What reading the file threw: a ComparisonFormatError, or anything else that went wrong. */
  readonly error: unknown;
  readonly fileName: string;
  readonly onDismiss: () => void;
}

/** A broken file may have hundreds of problems; the first ones are enough to see what is wrong. */
const MAX_ISSUES = 8;

/**
 * Says why a file could not be opened: an alert in the reader's language, each problem located,
 * the core's own wording one click away, and the assurance that the comparison on screen is
 * unchanged. It loads only when a file is refused.
 */
export function ImportRefusal({ error, fileName, onDismiss }: ImportRefusalProps) {
  const { t } = useTranslation('common');
  const issues = error instanceof ComparisonFormatError ? error.issues : [];
  return (
    <div role="alert" className="import-notice">
      <h2 className="import-notice__title">{t('import.failedTitle')}</h2>
      <p>
        <code>{fileName}</code> · {t('import.kept')}
      </p>
      {issues.length === 0 ? (
        <p>{t('import.unreadable')}</p>
      ) : (
        <ul className="import-notice__issues">
          {issues.slice(0, MAX_ISSUES).map((issue, index) => (
            <li key={index}>
              {t(`error.code.${issue.code}`)}
              {(issue.path !== '' || issue.findingId !== null) && (
                <>
                  {' '}
                  <code>{issue.findingId === null ? issue.path : `${issue.findingId} · ${issue.path}`}</code>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <details>
        <summary>{t('error.details')}</summary>
        <pre lang="en">{issues.length > 0 ? issues.map(describeIssue).join('\n') : String(error)}</pre>
      </details>
      <button type="button" className="button button--quiet" onClick={onDismiss}>
        {t('import.dismiss')}
      </button>
    </div>
  );
}
