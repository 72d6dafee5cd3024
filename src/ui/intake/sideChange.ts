import type { SourceMeta, SourceMetaField } from '../../core/intake/index';
import { EMPTY_SIDE, type Refusal, type SideDraft } from './intakeDraft';
import type { LoadedFile } from './loadSourceFile';

/** Something that happened to one side of the form. */
export type SideChange =
  /** The reader typed, cut or let the box paste plain text itself. */
  | { readonly type: 'typed'; readonly text: string }
  /** Rich text was pasted as `text`; `given` is the pasted page's details when it filled the whole box, else null. */
  | { readonly type: 'pasted'; readonly text: string; readonly given: SourceMeta | null }
  | { readonly type: 'file-read'; readonly file: LoadedFile; readonly fileName: string }
  | { readonly type: 'refused'; readonly refusal: Refusal }
  /** The reader took back the text a file replaced. */
  | { readonly type: 'restored' }
  | { readonly type: 'detail-edited'; readonly field: SourceMetaField; readonly value: string };

/**
 * One side after `change`. Nothing the reader had is lost: a refusal leaves the text as it was, and
 * a file that replaces a text keeps it to be restored. A side emptied forgets the details its last
 * page or file gave, since they described a text no longer there.
 */
export function changeSide(side: SideDraft, change: SideChange): SideDraft {
  switch (change.type) {
    case 'typed':
      return { ...side, text: change.text, refusal: null, ...(change.text.trim() === '' ? { given: null, notice: null } : {}) };
    case 'pasted':
      return { ...side, text: change.text, given: change.given ?? side.given, refusal: null };
    case 'file-read': {
      const { file, fileName } = change;
      return {
        ...EMPTY_SIDE,
        text: file.text,
        given: file.given,
        notice: file.notice === null ? null : { code: file.notice, fileName },
        previous: side.text.trim() === '' ? null : { text: side.text, given: side.given, fileName },
      };
    }
    case 'refused':
      return { ...side, refusal: change.refusal };
    case 'restored':
      return side.previous === null ? side : { ...EMPTY_SIDE, text: side.previous.text, given: side.previous.given };
    case 'detail-edited':
      return { ...side, edited: { ...side.edited, [change.field]: change.value } };
  }
}
