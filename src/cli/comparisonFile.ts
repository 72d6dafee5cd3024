/**
 * Loads a comparison file for the command line: read as text (inputFile.ts), then validated by the
 * core, with each problem printed on its own line behind the file's name.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ComparisonFormatError, parseComparison } from '../core/comparisonFile/index';
import type { Comparison } from '../core/model/index';
import { CliError } from './cliError';
import { COMPARISON_FILE_LIMIT, readTextFile } from './inputFile';

const SHIPPED_NAME = 'sources/miit-vpn/comparison.json';

/**
 * The comparison that ships with the product, found from this module so that the cwd does not
 * matter: in the nearest folder above it that holds it, since the module runs from src/cli/ under
 * tsx and from build/cli/ (or a chunk folder below it) once compiled.
 */
export const SHIPPED_COMPARISON = { path: findAbove(SHIPPED_NAME, dirname(fileURLToPath(import.meta.url))), name: SHIPPED_NAME } as const;

/** The path of `relative` in `folder` or the nearest folder above that has it; where it would be in `folder` when none has. */
function findAbove(relative: string, folder: string): string {
  for (let current = folder; ; current = dirname(current)) {
    const candidate = join(current, relative);
    if (existsSync(candidate)) return candidate;
    // The file system's root: the caller's message ("no such file") then names where it was looked for first.
    if (dirname(current) === current) return join(folder, relative);
  }
}

/** A broken file may have hundreds of problems; the first ones are enough to start fixing. */
const MAX_ISSUE_LINES = 20;

/** Reads and validates the comparison file at `path`; `name` is how messages call it. */
export function loadComparisonFile(path: string, name: string = path): Comparison {
  const text = readTextFile(path, COMPARISON_FILE_LIMIT);
  try {
    return parseComparison(text);
  } catch (error) {
    if (!(error instanceof ComparisonFormatError)) throw error;
    const { issues } = error;
    const more = issues.length - MAX_ISSUE_LINES;
    throw new CliError((words) => [
      ...issues.slice(0, MAX_ISSUE_LINES).map((issue) => words.formatIssue(name, issue)),
      ...(more > 0 ? [words.moreProblems(name, more)] : []),
    ]);
  }
}
