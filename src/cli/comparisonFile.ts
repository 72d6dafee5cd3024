/**
 * Loads a comparison file for the command line: read as text (inputFile.ts), then validated by the
 * core, with each problem printed on its own line behind the file's name.
 */
import { fileURLToPath } from 'node:url';
import { ComparisonFormatError, describeIssue, parseComparison, type Comparison, type FormatIssue } from '../core/index';
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
    const lines = error.issues.slice(0, MAX_ISSUE_LINES).map((issue) => `compare: ${name}: ${describeFileIssue(issue)}`);
    const more = error.issues.length - MAX_ISSUE_LINES;
    if (more > 0) lines.push(`compare: ${name}: … and ${more} more ${more === 1 ? 'problem' : 'problems'}`);
    throw new CliError(lines);
  }
}

/** A problem with the file as a whole (not JSON at all) needs no field path before it. */
function describeFileIssue(issue: FormatIssue): string {
  return issue.path === '' && issue.relationId === null ? issue.message : describeIssue(issue);
}
