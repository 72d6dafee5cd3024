/** Where the command line's result goes: standard output, or the file named by `--out`. */
import { statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CliError } from './cliError';

/**
 * Refuses an `--out` path that is one of the input files: writing a summary over the comparison
 * it summarises would lose the person's data.
 */
export function checkOutPath(out: string, inputs: readonly string[]): void {
  for (const input of inputs) {
    if (sameFile(out, input)) throw new CliError([`compare: --out ${out} is the input file ${input}; writing there would replace it, choose another path`]);
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
    throw new CliError([`compare: cannot write ${out}: ${describeWriteError(code, out)}`]);
  }
}

function describeWriteError(code: string, out: string): string {
  switch (code) {
    case 'ENOENT':
      return `the folder ${dirname(out)} does not exist`;
    case 'ENOTDIR':
      return `a part of ${dirname(out)} is a file, not a folder`;
    case 'EISDIR':
      return 'it is a folder';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'permission denied';
    case 'ENOSPC':
      return 'the disk is full';
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
