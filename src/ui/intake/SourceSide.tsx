import { useId, useLayoutEffect, useRef, useState, type ClipboardEvent, type DragEvent, type Ref } from 'react';
import { IntakeError, SIDE_LIMIT, utf8Length, type PairIssue, type SourceMeta, type SourceMetaField, type SourceMetaIssue } from '../../core/intake/index';
import type { Lang } from '../../core/model/index';
import { FileButton } from './FileButton';
import { EMPTY_SIDE, type Refusal, type SideDraft } from './intakeDraft';
import { useIntakeWords } from './intakeWords';
import { loadSourceFile } from './loadSourceFile';
import { readHtml } from './readHtml';
import { SideMessages } from './SideMessages';
import { SourceDetails } from './SourceDetails';

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

const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');

/**
 * One source of the new comparison: its text box, which takes typing, pasting (rich text from a
 * web page is reduced to its text) and a dropped file; a button to pick a file; what the reader
 * should know about it; and its details. A refused file or paste leaves the box as it was.
 */
export function SourceSide({ lang, side, meta, issues, metaIssues, onUpdate, textRef }: SourceSideProps) {
  const { t } = useIntakeWords();
  const id = useId();
  const [dropping, setDropping] = useState(false);
  // Where the caret goes once a converted paste has been rendered.
  const caret = useRef<{ box: HTMLTextAreaElement; at: number } | null>(null);

  useLayoutEffect(() => {
    if (caret.current === null) return;
    caret.current.box.setSelectionRange(caret.current.at, caret.current.at);
    caret.current = null;
  }, [side.text]);

  const refuse = (refusal: Refusal) => onUpdate((current) => ({ ...current, refusal }));

  const takeFile = (file: File) => {
    loadSourceFile(file, lang).then(
      (loaded) =>
        onUpdate((current) => ({
          ...EMPTY_SIDE,
          text: loaded.text,
          given: loaded.given,
          notice: loaded.notice === null ? null : { code: loaded.notice, fileName: file.name },
          previous: current.text.trim() === '' ? null : { text: current.text, given: current.given, fileName: file.name },
        })),
      (error: unknown) =>
        refuse(error instanceof IntakeError ? { code: error.code, fileName: file.name, size: error.size } : { code: 'unreadable', fileName: file.name, size: null }),
    );
  };

  const paste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const box = event.currentTarget;
    const html = event.clipboardData.getData('text/html');
    const plain = event.clipboardData.getData('text/plain');
    const before = box.value.slice(0, box.selectionStart);
    const after = box.value.slice(box.selectionEnd);
    const kept = utf8Length(before) + utf8Length(after);
    const tooLarge = (size: number) => {
      event.preventDefault();
      refuse({ code: 'too-large', fileName: null, size });
    };
    // Measured on the plain text before converting: a page of many megabytes is not parsed only to be refused.
    const incoming = kept + utf8Length(plain !== '' ? plain : html);
    if (incoming > SIDE_LIMIT) return tooLarge(incoming);
    if (html === '') return; // plain text: the box pastes it itself, and its own undo works
    const page = readHtml(html);
    const inserted = page.text.trim() !== '' ? page.text : plain;
    if (inserted === '') return;
    if (kept + utf8Length(inserted) > SIDE_LIMIT) return tooLarge(kept + utf8Length(inserted));
    event.preventDefault();
    const wholeBox = before.trim() === '' && after.trim() === '';
    caret.current = { box, at: before.length + inserted.length };
    onUpdate((current) => ({
      ...current,
      text: before + inserted + after,
      // A page pasted whole gives its details; a passage pasted into a text does not.
      given: wholeBox ? page.meta : current.given,
      refusal: null,
    }));
  };

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
        <FileButton lang={lang} onFile={takeFile} />
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
        onChange={(event) => {
          const text = event.currentTarget.value;
          onUpdate((current) => ({ ...current, text, refusal: null, ...(text.trim() === '' ? { given: null, notice: null } : {}) }));
        }}
        onPaste={paste}
        onDragEnter={(event) => {
          if (!carriesFiles(event)) return;
          event.preventDefault();
          setDropping(true);
        }}
        onDragOver={(event) => {
          if (!carriesFiles(event)) return;
          event.preventDefault();
          // The page refuses files dropped elsewhere (NewComparison): this box is where they go.
          event.stopPropagation();
          event.dataTransfer.dropEffect = 'copy';
        }}
        onDragLeave={() => setDropping(false)}
        onDrop={(event) => {
          setDropping(false);
          if (!carriesFiles(event)) return; // dragged text: the box inserts it itself
          event.preventDefault();
          event.stopPropagation();
          const file = event.dataTransfer.files[0];
          if (file) takeFile(file);
        }}
      />
      <p id={`${id}-hint`} className="intake-side__hint">
        {t('hint')}
      </p>
      <SideMessages
        side={side}
        issues={issues}
        alertId={alertId}
        statusId={statusId}
        onRestore={() => onUpdate((current) => (current.previous === null ? current : { ...EMPTY_SIDE, text: current.previous.text, given: current.previous.given }))}
      />
      <SourceDetails meta={meta} issues={metaIssues} onEdit={(field: SourceMetaField, value: string) => onUpdate((current) => ({ ...current, edited: { ...current.edited, [field]: value } }))} />
    </fieldset>
  );
}
