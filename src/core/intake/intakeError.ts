/**
 * Why a text brought for a new comparison is refused. Each refusal has its own code, so that the
 * interface says what is wrong in the reader's language, next to the side and the file concerned.
 */
import type { Lang } from '../model/types';

export type IntakeErrorCode =
  | 'too-large'
  | 'empty'
  | 'binary'
  | 'pdf'
  | 'office-document'
  | 'archive'
  | 'image'
  | 'rtf'
  | 'front-matter'
  | 'invalid-date'
  | 'invalid-url';

export interface IntakeErrorDetails {
  /** The column the text was meant for; null when the caller did not say. */
  readonly side?: Lang | null;
  /** The file the bytes came from; null for pasted or typed text. */
  readonly fileName?: string | null;
  /** The size that was refused, in bytes, for `too-large`. */
  readonly size?: number | null;
  /** How the text was being read when it was refused: `html` for a web page that holds no text. */
  readonly format?: 'text' | 'html' | null;
}

/**
 * A refused text: `code` says why, `side` and `fileName` say which. Front ends decide what to say
 * from these fields, never from the message, which is English, for logs and bug reports.
 */
export class IntakeError extends Error {
  override name = 'IntakeError';
  readonly code: IntakeErrorCode;
  readonly side: Lang | null;
  readonly fileName: string | null;
  readonly size: number | null;
  readonly format: 'text' | 'html' | null;

  constructor(code: IntakeErrorCode, message: string, details: IntakeErrorDetails = {}) {
    super(details.fileName ? `${details.fileName}: ${message}` : message);
    this.code = code;
    this.side = details.side ?? null;
    this.fileName = details.fileName ?? null;
    this.size = details.size ?? null;
    this.format = details.format ?? null;
  }
}
