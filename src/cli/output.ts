/** Where the command line's result goes: standard output, or the file named by `--out`. */
import { statSync, writeFileSync } from 'node:fs';
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

/** Writes `text` to the file `out` (created or replaced), or to standard output when `out` is null. */
export function writeOutput(text: string, out: string | null): void {
  if (out === null) {
    process.stdout.write(text);
    return;
  }
  try {
    writeFileSync(out, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (code === undefined) throw error;
    const problem = writeProblemOf(code);
    throw new CliError((words) => [words.cannotWrite(out, dirname(out), problem)]);
  }
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
