import { useTranslation } from 'react-i18next';
import { ComparisonFormatError, describeIssue } from '../../core/comparisonFile/index';
import { useDocumentLanguage } from '../hooks/useDocumentLanguage';
import { AppHeader } from './AppHeader';

/**
 * Shown instead of the reading view when the comparison file cannot be read: what is wrong, in the
 * reader's language, each problem located, with the core's own wording one click away.
 */
export function LoadError({ error, file }: { error: unknown; file: string }) {
  const { t } = useTranslation('common');
  useDocumentLanguage();
  const issues = error instanceof ComparisonFormatError ? error.issues : [];
  return (
    <>
      <AppHeader />
      <main className="load-error">
        <div role="alert" className="load-error__box">
          <h2>{t('error.loadTitle')}</h2>
          {issues.length === 0 ? (
            <p>{t('error.unexpected')}</p>
          ) : (
            <>
              <p>{t('error.loadIntro', { file })}</p>
              <ul className="load-error__issues">
                {issues.map((issue, index) => (
                  <li key={index}>
                    {t(`error.code.${issue.code}`)}{' '}
                    <code>{issue.findingId === null ? issue.path || file : `${issue.findingId} · ${issue.path}`}</code>
                  </li>
                ))}
              </ul>
              <p>{t('error.loadHint')}</p>
            </>
          )}
          <details>
            <summary>{t('error.details')}</summary>
            <pre lang="en">{issues.length > 0 ? issues.map(describeIssue).join('\n') : String(error)}</pre>
          </details>
        </div>
      </main>
    </>
  );
}
