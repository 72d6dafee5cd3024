import { SIDE_LIMIT, utf8Length, type SourceMeta } from '../../core/intake/index';
import { readHtml } from './readHtml';

/** What a text box holds around a paste: the text before the selection and after it. */
export interface PasteSite {
  readonly before: string;
  readonly after: string;
}

/** What a clipboard offers: its HTML (empty when none) and its plain text. */
export interface ClipboardTexts {
  readonly html: string;
  readonly plain: string;
}

/**
 * What a paste does: refused when the side would grow over the limit (`size`, the bytes it would
 * hold); left to the box when there is no rich text to convert (the box's own paste keeps its own
 * undo); or `text` inserted in place of the selection, the caret after it, with the page's details
 * as `given` when the page fills the whole box.
 */
export type PastePlan =
  | { readonly action: 'refuse'; readonly size: number }
  | { readonly action: 'native' }
  | { readonly action: 'insert'; readonly text: string; readonly caret: number; readonly given: SourceMeta | null };

/** Plans a paste of `clipboard` at `site`: rich text from a web page is reduced to its words. */
export function planPaste({ before, after }: PasteSite, { html, plain }: ClipboardTexts): PastePlan {
  const kept = utf8Length(before) + utf8Length(after);
  // Measured on the plain text before converting: a page of many megabytes is not parsed only to be refused.
  const incoming = kept + utf8Length(plain !== '' ? plain : html);
  if (incoming > SIDE_LIMIT) return { action: 'refuse', size: incoming };
  if (html === '') return { action: 'native' };
  const page = readHtml(html);
  const inserted = page.text.trim() !== '' ? page.text : plain;
  if (inserted === '') return { action: 'native' };
  const size = kept + utf8Length(inserted);
  if (size > SIDE_LIMIT) return { action: 'refuse', size };
  // A page pasted whole gives its details; a passage pasted into a text does not.
  const wholeBox = before.trim() === '' && after.trim() === '';
  return { action: 'insert', text: before + inserted + after, caret: before.length + inserted.length, given: wholeBox ? page.meta : null };
}
