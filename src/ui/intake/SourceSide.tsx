import { useId, type Ref } from 'react';
import type { PairIssue, SourceMeta, SourceMetaIssue } from '../../core/intake/index';
import type { Lang } from '../../core/model/index';
import { FileButton } from './FileButton';
import type { SideDraft } from './intakeDraft';
import { useIntakeWords } from './intakeWords';
import { SideMessages } from './SideMessages';
import { SourceDetails } from './SourceDetails';
import { useFileDrop } from './useFileDrop';
import { useSideInput } from './useSideInput';

export interface SourceSideProps {
  readonly lang: Lang;
  readonly side: SideDraft;
  /** The details shown: the reader's, the page's or those detected. */
  readonly meta: SourceMeta;
  readonly issues: readonly PairIssue[];
  readonly metaIssues: readonly SourceMetaIssue[];
  /** Applies a change to this side as it is when the change lands (a file is read asynchronously). */
  readonly onUpdate: (change: (side: SideDraft) => SideDraft) => void;
  readonly textRef: Ref<HTMLTextAreaElement>;
}

/**
 * One source of the new comparison: its text box, which takes typing, pasting (rich text from a
 * web page is reduced to its text) and a dropped file; a button to pick a file; what the reader
 * should know about it; and its details. A refused file or paste leaves the box as it was.
 */
export function SourceSide({ lang, side, meta, issues, metaIssues, onUpdate, textRef }: SourceSideProps) {
  const { t } = useIntakeWords();
  const id = useId();
  const input = useSideInput(lang, side.text, onUpdate);
  const { dropping, handlers } = useFileDrop(input.takeFile);

  const alertId = `${id}-alert`;
  const statusId = `${id}-status`;
  const hasAlert = side.refusal !== null || issues.some((issue) => issue.blocking);

  return (
    <fieldset className="intake-side">
      <legend className="intake-side__legend">{t(`side.${lang}.legend`)}</legend>
      <div className="intake-side__bar">
        <label htmlFor={`${id}-text`} className="intake-side__label">
          {t(`side.${lang}.label`)}
        </label>
        <FileButton lang={lang} onFile={input.takeFile} />
      </div>
      <textarea
        id={`${id}-text`}
        ref={textRef}
        className={dropping ? 'intake-side__text intake-side__text--dropping' : 'intake-side__text'}
        lang={lang}
        value={side.text}
        rows={14}
        aria-invalid={hasAlert ? true : undefined}
        aria-describedby={`${id}-hint ${hasAlert ? alertId : ''} ${statusId}`.replace(/\s+/g, ' ').trim()}
        onChange={(event) => input.type(event.currentTarget.value)}
        onPaste={input.paste}
        {...handlers}
      />
      <p id={`${id}-hint`} className="intake-side__hint">
        {t('hint')}
      </p>
      <SideMessages side={side} issues={issues} alertId={alertId} statusId={statusId} onRestore={input.restore} />
      <SourceDetails meta={meta} issues={metaIssues} onEdit={input.editDetail} />
    </fieldset>
  );
}
