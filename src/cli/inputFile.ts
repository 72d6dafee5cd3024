/**
 * Reads a file the person named, refusing early and clearly what cannot be read: a missing or
 * unreadable file, a folder, an oversized one. A source file's bytes then go to the core's intake,
 * as the app's do (sourcePair.ts); a comparison file's must be UTF-8 text, as the app's import
 * wants it, and what is not text is told as the app tells it, by the core's one check
 * (fileSignature.ts). Every message starts with the path as given, so the person knows which file
 * is meant.
 */
import { readFileSync, statSync } from 'node:fs';
import { SIDE_LIMIT, looksBinary, recogniseFileSignature } from '../core/intake/index';
import { CliError, failWith } from './cliError';

/** The largest source file the command line reads: the same limit as a side of the app's new comparison form. */
export const SOURCE_FILE_LIMIT = SIDE_LIMIT;

/** The same limit as the app's import (a comparison file holds both texts and every quote twice over). */
export { COMPARISON_FILE_LIMIT } from '../core/comparisonFile/index';

/** Returns the bytes of the file at `path`, or throws a CliError when it is missing, unreadable, a folder or over `limit` bytes. */
export function readFileBytes(path: string, limit: number): Buffer {
  let bytes: Buffer;
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) failWith((words) => words.isFolder(path));
    if (stats.isFile() && stats.size > limit) failWith((words) => words.tooLarge(path, stats.size, limit));
    bytes = readFileSync(path);
  } catch (error) {
    throw asCliError(error, path);
  }
  if (bytes.length > limit) failWith((words) => words.overLimit(path, limit));
  return bytes;
}

/** Returns the UTF-8 text of the file at `path`, without a byte order mark, or throws a CliError that says what is wrong. */
export function readTextFile(path: string, limit: number): string {
  const bytes = readFileBytes(path, limit);
  if (bytes.length === 0) failWith((words) => words.empty(path));
  if (startsWithUtf16Mark(bytes)) failWith((words) => words.utf16(path));
  const signature = recogniseFileSignature(bytes);
  if (signature !== null) failWith((words) => words.notText(path, signature));
  if (looksBinary(bytes)) failWith((words) => words.binary(path));
  const text = decodeUtf8(bytes, path);
  if (text.trim() === '') failWith((words) => words.onlyWhiteSpace(path));
  return text;
}

function decodeUtf8(bytes: Buffer, path: string): string {
  try {
    // The decoder drops a leading byte order mark, which editors on Windows add.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const line = lineOfFirstInvalidByte(bytes);
    failWith((words) => words.notUtf8(path, line));
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

/** Turns a file system error into one line about the file; anything else (a CliError already) passes through. */
function asCliError(error: unknown, path: string): unknown {
  if (error instanceof CliError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new CliError((words) => [words.noSuchFile(path)]);
    case 'EACCES':
    case 'EPERM':
      return new CliError((words) => [words.permissionDenied(path)]);
    case 'EISDIR':
      return new CliError((words) => [words.isFolder(path)]);
    case undefined:
      return error;
    default:
      return new CliError((words) => [words.unreadable(path, code)]);
  }
}
