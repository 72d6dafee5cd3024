import { SOURCE_META_FIELDS, type IntakeErrorCode, type IntakeNotice, type SourceMeta, type SourceMetaField } from '../../core/intake/index';
import type { Lang } from '../../core/model/index';

/** Why a file or a paste was refused: the core's codes, and `unreadable` when the browser could not read the file at all. */
export type RefusalCode = IntakeErrorCode | 'unreadable';

export interface Refusal {
  readonly code: RefusalCode;
  /** The file refused; null for a paste. */
  readonly fileName: string | null;
  /** Its size in bytes, for `too-large`. */
  readonly size: number | null;
}

/** One side of the form, as the reader left it. */
export interface SideDraft {
  readonly text: string;
  /** The details the web page gave when the text came from one; null otherwise. */
  readonly given: SourceMeta | null;
  /** Details the reader typed: they win over anything detected or given, an empty string included. */
  readonly edited: Partial<Record<SourceMetaField, string>>;
  /** What the reader should know about how the last file was read. */
  readonly notice: { readonly code: IntakeNotice; readonly fileName: string } | null;
  /** The last file or paste refused; the text was left as it was. */
  readonly refusal: Refusal | null;
  /** The text a file replaced, so that the reader can have it back. */
  readonly previous: { readonly text: string; readonly given: SourceMeta | null; readonly fileName: string } | null;
}

/** Everything the form holds; its parent keeps it, so that closing the form loses nothing. */
export interface IntakeDraft {
  readonly fr: SideDraft;
  readonly en: SideDraft;
  /** The name the reader typed; null while it follows the French title. */
  readonly name: string | null;
}

export const EMPTY_SIDE: SideDraft = { text: '', given: null, edited: {}, notice: null, refusal: null, previous: null };

/** A form with nothing in it. */
export const EMPTY_INTAKE_DRAFT: IntakeDraft = { fr: EMPTY_SIDE, en: EMPTY_SIDE, name: null };

/** The details shown for a side: the reader's own first, then the page's, then those found in the text. */
export function shownMeta(side: SideDraft, detected: SourceMeta): SourceMeta {
  const entries = SOURCE_META_FIELDS.map((field) => {
    const edited = side.edited[field];
    return [field, edited !== undefined ? edited : (side.given?.[field] ?? detected[field])] as const;
  });
  return Object.fromEntries(entries) as unknown as SourceMeta;
}

/** The draft with one side replaced. */
export function withSide(draft: IntakeDraft, lang: Lang, side: SideDraft): IntakeDraft {
  return lang === 'fr' ? { ...draft, fr: side } : { ...draft, en: side };
}

/** The draft with each side in the other's place, text and details together; the name stays. */
export function swapSides(draft: IntakeDraft): IntakeDraft {
  return { ...draft, fr: draft.en, en: draft.fr };
}
