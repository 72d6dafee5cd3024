/**
 * Loads a comparison file for the command line: read as text (inputFile.ts), then validated by the
 * core, with each problem printed on its own line behind the file's name.
 */
import { fileURLToPath } from 'node:url';
import { ComparisonFormatError, parseComparison, type Comparison } from '../core/index';
import { CliError } from './cliError';
import { COMPARISON_FILE_LIMIT, readTextFile } from './inputFile';

/** The comparison that ships with the product, found from this file so that the cwd does not matter. */
export const SHIPPED_COMPARISON = {
  path: fileURLToPath(new URL('../../sources/miit-vpn/comparison.json', import.meta.url)),
  name: 'sources/miit-vpn/comparison.json',
} as const;

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
