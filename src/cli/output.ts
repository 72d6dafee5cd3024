/**
 * Where the command line's result goes: standard output, or the file named by `--out`, written
 * piece by piece as the format's writer produces it (a comparison file of 20,000 sentences a side
 * is about 20 MB, never held whole).
 */
import { once } from 'node:events';
import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CliError } from './cliError';
import type { WriteProblem } from './messages';

/**
 * Refuses an `--out` path that is one of the input files: writing a summary over the comparison
 * it summarises would lose the person's data.
 */
export function checkOutPath(out: string, inputs: readonly string[]): void {
  for (const input of inputs) {
    if (sameFile(out, input)) throw new CliError((words) => [words.outIsInput(out, input)]);
  }
}

/**
 * What a format's writer gives: the whole text, or its pieces in order. A piece never splits a
 * character (a surrogate pair), so that each can be shown or encoded on its own.
 */
export type OutputText = string | Iterable<string>;

/** Pieces are gathered to about this many characters (bytes, once encoded) per write: a system call per piece (one per finding) would cost more than the copy. */
const WRITE_BATCH = 1 << 16;

/**
 * Writes `text` to the file `out` (created or replaced), or to standard output when `out` is null,
 * each batch of pieces passed through `shown` first when it is given. Resolves once everything is
 * handed to the system; throws a CliError when the file cannot be written.
 */
export async function writeOutput(text: OutputText, out: string | null, shown: ((piece: string) => string) | null = null): Promise<void> {
  const pieces = typeof text === 'string' ? [text] : text;
  if (out === null) {
    for (const batch of batchPieces(pieces)) {
      // A pipe whose reader is slower than us fills up: wait for it rather than queue the whole file in memory.
      if (!process.stdout.write(shown ? shown(batch) : batch)) await once(process.stdout, 'drain');
    }
    return;
  }
  let fd: number | null = null;
  try {
    fd = openSync(out, 'w');
    writeEncoded(fd, shown ? shownBatches(pieces, shown) : pieces);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (code === undefined) throw error;
    const problem = writeProblemOf(code);
    throw new CliError((words) => [words.cannotWrite(out, dirname(out), problem)]);
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** Joins small pieces into batches of about WRITE_BATCH characters; a larger piece (a source's text) goes alone. */
function* batchPieces(pieces: Iterable<string>): Generator<string, void, undefined> {
  let gathered: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    gathered.push(piece);
    length += piece.length;
    if (length >= WRITE_BATCH) {
      yield gathered.join('');
      gathered = [];
      length = 0;
    }
  }
  if (gathered.length > 0) yield gathered.join('');
}

/** The pieces in batches, each passed through `shown`: a transformation reads a batch whole, not a piece cut anywhere. */
function* shownBatches(pieces: Iterable<string>, shown: (piece: string) => string): Generator<string, void, undefined> {
  for (const batch of batchPieces(pieces)) yield shown(batch);
}

/**
 * Encodes the pieces straight into one reused buffer and writes it each time it is full: neither a
 * joined batch nor a buffer per piece is made, which at 20 MB of output was a tenth of the run's
 * garbage. A piece longer than a batch (a source, its text included) is encoded a batch at a time.
 */
function writeEncoded(fd: number, pieces: Iterable<string>): void {
  // UTF-8 takes at most three bytes per UTF-16 unit (a surrogate pair, two units, takes four).
  const buffer = Buffer.allocUnsafe(3 * WRITE_BATCH);
  let filled = 0;
  for (const piece of pieces) {
    for (let start = 0; start < piece.length; ) {
      let end = Math.min(piece.length, start + WRITE_BATCH);
      // A slice never ends between the two halves of a surrogate pair, which would encode as two replacement characters.
      if (end < piece.length && isHighSurrogate(piece.charCodeAt(end - 1))) end--;
      const part = start === 0 && end === piece.length ? piece : piece.slice(start, end);
      if (filled + 3 * part.length > buffer.length) {
        writeAll(fd, buffer.subarray(0, filled));
        filled = 0;
      }
      filled += buffer.write(part, filled, 'utf8');
      start = end;
    }
  }
  writeAll(fd, buffer.subarray(0, filled));
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

/** A write to a file may take fewer bytes than given; the rest is written until none is left. */
function writeAll(fd: number, bytes: Buffer): void {
  let written = 0;
  while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
}

/** What an errno code means for the file being written; an unknown code is passed on as it is. */
function writeProblemOf(code: string): WriteProblem | string {
  switch (code) {
    case 'ENOENT':
      return 'no-folder';
    case 'ENOTDIR':
      return 'not-a-folder';
    case 'EISDIR':
      return 'is-a-folder';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'permission';
    case 'ENOSPC':
      return 'disk-full';
    default:
      return code;
  }
}

function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [statA, statB] = [statSync(a), statSync(b)];
    return statA.dev === statB.dev && statA.ino === statB.ino;
  } catch {
    return false; // one of them does not exist yet, so they are not the same file
  }
}
