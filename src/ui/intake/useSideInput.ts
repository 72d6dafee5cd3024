import { useLayoutEffect, useRef, type ClipboardEvent } from 'react';
import { IntakeError, type SourceMetaField } from '../../core/intake/index';
import type { Lang } from '../../core/model/index';
import type { SideDraft } from './intakeDraft';
import { loadSourceFile } from './loadSourceFile';
import { planPaste } from './pastePlan';
import { changeSide, type SideChange } from './sideChange';

export interface SideInput {
  /** Reads a file picked or dropped for the side; a refused file leaves the text as it was. */
  readonly takeFile: (file: File) => void;
  /** The text box's paste handler: converts rich text, refuses a paste over the limit, else lets the box paste. */
  readonly paste: (event: ClipboardEvent<HTMLTextAreaElement>) => void;
  readonly type: (text: string) => void;
  readonly restore: () => void;
  readonly editDetail: (field: SourceMetaField, value: string) => void;
}

/**
 * What the reader does to one side, turned into changes of its draft (sideChange.ts) that apply to
 * the side as it is when they land: `onUpdate` takes a function of it, since a file is read
 * asynchronously. `text` is the side's text as rendered, after which a converted paste puts the caret.
 */
export function useSideInput(lang: Lang, text: string, onUpdate: (change: (side: SideDraft) => SideDraft) => void): SideInput {
  // Where the caret goes once a converted paste has been rendered.
  const caret = useRef<{ box: HTMLTextAreaElement; at: number } | null>(null);
  useLayoutEffect(() => {
    if (caret.current === null) return;
    caret.current.box.setSelectionRange(caret.current.at, caret.current.at);
    caret.current = null;
  }, [text]);

  const apply = (change: SideChange) => onUpdate((current) => changeSide(current, change));

  const takeFile = (file: File) => {
    loadSourceFile(file, lang).then(
      (loaded) => apply({ type: 'file-read', file: loaded, fileName: file.name }),
      (error: unknown) =>
        apply({
          type: 'refused',
          refusal: error instanceof IntakeError ? { code: error.code, fileName: file.name, size: error.size } : { code: 'unreadable', fileName: file.name, size: null },
        }),
    );
  };

  const paste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const box = event.currentTarget;
    const plan = planPaste(
      { before: box.value.slice(0, box.selectionStart), after: box.value.slice(box.selectionEnd) },
      { html: event.clipboardData.getData('text/html'), plain: event.clipboardData.getData('text/plain') },
    );
    if (plan.action === 'native') return;
    event.preventDefault();
    if (plan.action === 'refuse') {
      apply({ type: 'refused', refusal: { code: 'too-large', fileName: null, size: plan.size } });
      return;
    }
    caret.current = { box, at: plan.caret };
    apply({ type: 'pasted', text: plan.text, given: plan.given });
  };

  return {
    takeFile,
    paste,
    type: (typed) => apply({ type: 'typed', text: typed }),
    restore: () => apply({ type: 'restored' }),
    editDetail: (field, value) => apply({ type: 'detail-edited', field, value }),
  };
}
