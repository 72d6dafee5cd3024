import { SIDE_LIMIT, type PairIssue } from '../../core/intake/index';
import type { SideDraft } from './intakeDraft';
import { useIntakeWords, useSizeFormat } from './intakeWords';

export interface SideMessagesProps {
  readonly side: SideDraft;
  /** The pair's issues that concern this side alone, once the reader has asked to compare. */
  readonly issues: readonly PairIssue[];
  /** Ids for the messages, so that the text box can point at them. */
  readonly alertId: string;
  readonly statusId: string;
  readonly onRestore: () => void;
}

/**
 * What the reader should know about one side, next to its text box: a refused file or paste and a
 * problem that stops the comparison as alerts; how a file was read, a language warning and the
 * offer to restore a replaced text as a polite status. Each names the file concerned.
 */
export function SideMessages({ side, issues, alertId, statusId, onRestore }: SideMessagesProps) {
  const { t } = useIntakeWords();
  const formatSize = useSizeFormat();
  const limit = formatSize(SIDE_LIMIT);
  const blocking = issues.filter((issue) => issue.blocking);
  const warnings = issues.filter((issue) => !issue.blocking);
  const { refusal, notice, previous } = side;

  return (
    <>
      {(refusal !== null || blocking.length > 0) && (
        <div id={alertId} role="alert" className="intake-message intake-message--error">
          {refusal !== null && (
            <p>
              <strong className="intake-message__file">{refusal.fileName ?? t('pasted')}</strong>{' '}
              {refusal.code === 'too-large' ? t('error.too-large', { size: formatSize(refusal.size ?? 0), limit }) : t(`error.${refusal.code}`)}{' '}
              {t('kept')}
            </p>
          )}
          {blocking.map((issue) => (
            <p key={issue.code}>{issue.code === 'too-large' ? t('issue.too-large', { size: formatSize(issue.size), limit }) : t('issue.empty')}</p>
          ))}
        </div>
      )}
      <div id={statusId} role="status" className="intake-status">
        {notice !== null && (
          <p className="intake-message intake-message--notice">
            <strong className="intake-message__file">{notice.fileName}</strong> {t(`notice.${notice.code}`)}
          </p>
        )}
        {warnings.map((issue) =>
          issue.code === 'wrong-language' ? (
            <p key={issue.code} className="intake-message intake-message--warning">
              {t(`issue.wrong-language.${issue.detected}`)}
            </p>
          ) : null,
        )}
        {previous !== null && (
          <p className="intake-message">
            {t('replaced', { file: previous.fileName })}{' '}
            <button type="button" className="link-button" onClick={onRestore}>
              {t('restore')}
            </button>
          </p>
        )}
      </div>
    </>
  );
}
