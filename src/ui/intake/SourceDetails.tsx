import { useId, useState } from 'react';
import { SOURCE_META_FIELDS, type SourceMeta, type SourceMetaField, type SourceMetaIssue } from '../../core/intake/index';
import { useIntakeWords } from './intakeWords';

export interface SourceDetailsProps {
  readonly meta: SourceMeta;
  /** Fields whose value cannot be applied; the disclosure opens to show them. */
  readonly issues: readonly SourceMetaIssue[];
  readonly onEdit: (field: SourceMetaField, value: string) => void;
}

const INPUT_TYPES: Readonly<Record<SourceMetaField, string>> = { title: 'text', outlet: 'text', published: 'date', byline: 'text', url: 'url' };

/**
 * The details of one source under a "Details" disclosure: title, outlet, date, byline and address,
 * as detected, each editable. A field the reader edits keeps the reader's value; the others follow
 * the text as it changes.
 */
export function SourceDetails({ meta, issues, onEdit }: SourceDetailsProps) {
  const { t } = useIntakeWords();
  const id = useId();
  const [open, setOpen] = useState(false);
  const hasIssues = issues.length > 0;
  const [hadIssues, setHadIssues] = useState(false);
  // A detail that stops the comparison must be seen: the disclosure opens on its own when one appears.
  if (hasIssues !== hadIssues) {
    setHadIssues(hasIssues);
    if (hasIssues) setOpen(true);
  }

  return (
    <details className="intake-details" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('details.summary')}</summary>
      <p className="intake-details__hint">{t('details.hint')}</p>
      {SOURCE_META_FIELDS.map((field) => {
        const issue = issues.find((candidate) => candidate.field === field);
        const hints = [field === 'byline' ? `${id}-${field}-hint` : null, issue ? `${id}-${field}-issue` : null].filter((hint) => hint !== null);
        return (
          <div key={field} className="intake-details__field">
            <label htmlFor={`${id}-${field}`}>{t(`details.field.${field}`)}</label>
            <input
              id={`${id}-${field}`}
              type={INPUT_TYPES[field]}
              value={meta[field] ?? ''}
              aria-invalid={issue ? true : undefined}
              aria-describedby={hints.length > 0 ? hints.join(' ') : undefined}
              onChange={(event) => onEdit(field, event.currentTarget.value)}
            />
            {field === 'byline' && (
              <p id={`${id}-${field}-hint`} className="intake-details__hint">
                {t('details.bylineHint')}
              </p>
            )}
            {issue && (
              <p id={`${id}-${field}-issue`} role="alert" className="intake-message intake-message--error">
                {t(`error.${issue.code}`)}
              </p>
            )}
          </div>
        );
      })}
    </details>
  );
}
