/**
 * Reads a file the person named, refusing early and clearly what cannot be a text: a missing or
 * unreadable file, a folder, an empty file, an oversized one, a binary one, or bytes that are not
 * UTF-8. Every message starts with the path as given, so the person knows which file is meant.
 * What is not text is told as the app tells it, by the core's one check (fileSignature.ts).
 */
import { readFileSync, statSync } from 'node:fs';
import { SIDE_LIMIT, looksBinary, recogniseFileSignature, type FileSignature } from '../core/index';
import { CliError, failWith } from './cliError';

const MEGABYTE = 1024 * 1024;

/** The largest source file the command line reads: the same limit as a side of the app's new comparison form. */
export const SOURCE_FILE_LIMIT = SIDE_LIMIT;

/** The same limit as the app's import (a comparison file holds both texts and every quote twice over). */
export { COMPARISON_FILE_LIMIT } from '../core/index';

/** What a file that is not text is, in the words of a message: `is a PDF document, not text`. */
const SIGNATURE_NAMES: Record<FileSignature, string> = {
  pdf: 'a PDF document',
  rtf: 'an RTF document',
  'office-document': 'a Word, Excel, PowerPoint or OpenDocument file',
  archive: 'an archive',
  image: 'an image',
};

/** Returns the text of the file at `path`, without a byte order mark, or throws a CliError that says what is wrong. */
export function readTextFile(path: string, limit: number): string {
  let bytes: Buffer;
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) failWith(`compare: ${path}: is a folder, not a file`);
    if (stats.isFile() && stats.size > limit) failWith(`compare: ${path}: is ${describeSize(stats.size)}; the limit is ${describeSize(limit)}`);
    bytes = readFileSync(path);
  } catch (error) {
    throw asCliError(error, path);
  }
  if (bytes.length > limit) failWith(`compare: ${path}: is more than ${describeSize(limit)}, the limit`);
  if (bytes.length === 0) failWith(`compare: ${path}: is empty`);
  if (startsWithUtf16Mark(bytes)) failWith(`compare: ${path}: is UTF-16 text; save it as UTF-8`);
  const signature = recogniseFileSignature(bytes);
  if (signature !== null) failWith(`compare: ${path}: is ${SIGNATURE_NAMES[signature]}, not text; save it as plain text or Markdown`);
  if (looksBinary(bytes)) failWith(`compare: ${path}: is a binary file, not text`);
  const text = decodeUtf8(bytes, path);
  if (text.trim() === '') failWith(`compare: ${path}: holds only white space`);
  return text;
}

function decodeUtf8(bytes: Buffer, path: string): string {
  try {
    // The decoder drops a leading byte order mark, which editors on Windows add.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    failWith(`compare: ${path}: is not valid UTF-8 (first bad byte on line ${lineOfFirstInvalidByte(bytes)}); save it as UTF-8`);
  }
}

/** Line feeds never occur inside a UTF-8 sequence, so each line can be checked on its own. */
function lineOfFirstInvalidByte(bytes: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  let line = 1;
  while (start <= bytes.length) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline === -1 ? bytes.length : newline;
    try {
      decoder.decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    if (newline === -1) break;
    start = newline + 1;
    line++;
  }
  return line;
}

function startsWithUtf16Mark(bytes: Buffer): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

function describeSize(size: number): string {
  return size >= MEGABYTE ? `${(size / MEGABYTE).toFixed(1).replace(/\.0$/, '')} MB` : `${size} bytes`;
}

/** Turns a file system error into one line about the file; anything else (a CliError already) passes through. */
function asCliError(error: unknown, path: string): unknown {
  if (error instanceof CliError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new CliError([`compare: ${path}: no such file`]);
    case 'EACCES':
    case 'EPERM':
      return new CliError([`compare: ${path}: cannot be read (permission denied)`]);
    case 'EISDIR':
      return new CliError([`compare: ${path}: is a folder, not a file`]);
    case undefined:
      return error;
    default:
      return new CliError([`compare: ${path}: cannot be read (${code})`]);
  }
}
