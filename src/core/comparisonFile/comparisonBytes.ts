/**
 * A comparison file as the bytes a reader hands over (a file picked or dropped), checked before it
 * is read as JSON: not too large, not empty, not binary, UTF-8. Each refusal is a FormatIssue with
 * its own code, so that the app says what is wrong in the reader's language, as it does for the
 * problems that parseComparison finds.
 */
import { ComparisonFormatError, parseComparison, type FormatIssue } from './format';
import { looksBinary, recogniseFileSignature } from '../intake/fileSignature';
import type { Comparison } from '../model/types';

const MEGABYTE = 1024 * 1024;

/**
 * The largest comparison file read: it holds both texts and every quote twice over (JSON escapes,
 * offsets), so it gets four times the room of a source file. The command line reads the same.
 */
export const COMPARISON_FILE_LIMIT = 20 * MEGABYTE;

function fail(code: FormatIssue['code'], message: string): never {
  throw new ComparisonFormatError([{ code, path: '', findingId: null, message }]);
}

/** Refuses a file of `size` bytes over the limit, before anyone reads it into memory. */
export function checkComparisonFileSize(size: number): void {
  if (size > COMPARISON_FILE_LIMIT) {
    fail('too-large', `is ${(size / MEGABYTE).toFixed(1)} MB; the limit is ${COMPARISON_FILE_LIMIT / MEGABYTE} MB`);
  }
}

/**
 * Reads a comparison file from its bytes: a Comparison that satisfies every rule of the format,
 * or a ComparisonFormatError that says what is wrong, from the bytes up to the quotes.
 */
export function readComparisonBytes(bytes: Uint8Array): Comparison {
  checkComparisonFileSize(bytes.length);
  if (bytes.length === 0) fail('empty', 'is empty');
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (utf16) fail('not-utf8', 'is UTF-16 text; a comparison file is UTF-8');
  // The same check as a source's (fileSignature.ts): a PDF all in ASCII is still not a comparison file.
  const signature = recogniseFileSignature(bytes);
  if (signature !== null) fail('binary', `is not text (${signature})`);
  if (looksBinary(bytes)) fail('binary', 'is a binary file, not text');
  let text: string;
  try {
    // The decoder drops a leading byte order mark, which editors on Windows add.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    fail('not-utf8', 'is not valid UTF-8 text');
  }
  if (text.trim() === '') fail('empty', 'holds only white space');
  return parseComparison(text);
}
