/**
 * Sums the tests of every runner from the JSON reports in one folder and prints one line,
 * `N passed, N failed`; exits with 1 when a test failed or when no test ran at all.
 *
 *     tsx scripts/count-tests.ts "$TEST_REPORT_DIR"
 *
 * Each runner writes its report there when TEST_REPORT_DIR is set: vitest to vitest.json (see
 * vite.config.ts); Playwright to playwright.json, with in playwright.config.ts
 *
 *     reporter: process.env.TEST_REPORT_DIR
 *       ? [['list'], ['json', { outputFile: `${process.env.TEST_REPORT_DIR}/playwright.json` }]]
 *       : 'list',
 *
 * A report this script cannot read counts as one failure, so that a broken runner is not a green run.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

interface Count {
  readonly passed: number;
  readonly failed: number;
}

/** Vitest's JSON report, as Jest shapes it; only the fields counted here. */
interface VitestReport {
  readonly numPassedTests: number;
  readonly numFailedTests: number;
  readonly testResults: readonly { readonly status: string; readonly assertionResults: readonly { readonly status: string }[] }[];
}

/** Playwright's JSON report; only the fields counted here. */
interface PlaywrightReport {
  readonly stats: { readonly expected: number; readonly unexpected: number; readonly flaky: number };
  readonly errors?: readonly unknown[];
}

function isVitestReport(report: unknown): report is VitestReport {
  return typeof report === 'object' && report !== null && 'numPassedTests' in report && 'testResults' in report;
}

function isPlaywrightReport(report: unknown): report is PlaywrightReport {
  return typeof report === 'object' && report !== null && 'stats' in report && typeof report.stats === 'object' && report.stats !== null && 'unexpected' in report.stats;
}

/** Counts one report; a test file that failed to load or whose hooks failed counts as one failed test. */
function countReport(report: unknown, file: string): Count {
  if (isVitestReport(report)) {
    const brokenFiles = report.testResults.filter((result) => result.status === 'failed' && !result.assertionResults.some((test) => test.status === 'failed')).length;
    return { passed: report.numPassedTests, failed: report.numFailedTests + brokenFiles };
  }
  if (isPlaywrightReport(report)) {
    // A flaky test passed on a retry; errors outside any test (a global setup that threw) are failures.
    return { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected + (report.errors?.length ?? 0) };
  }
  console.error(`count-tests: ${file}: not a vitest or Playwright JSON report; counted as one failure`);
  return { passed: 0, failed: 1 };
}

function readReport(path: string): Count {
  try {
    return countReport(JSON.parse(readFileSync(path, 'utf8')), path);
  } catch (error) {
    console.error(`count-tests: ${path}: cannot be read (${(error instanceof Error ? error.message : String(error)).split('\n')[0]}); counted as one failure`);
    return { passed: 0, failed: 1 };
  }
}

/** The report files in `folder`, in a stable order; none when the folder is missing. */
function listReports(folder: string): string[] {
  try {
    return readdirSync(folder).filter((name) => name.endsWith('.json')).sort();
  } catch {
    return [];
  }
}

const folder = process.argv[2];
if (!folder) {
  console.error('usage: tsx scripts/count-tests.ts REPORT_FOLDER');
  process.exit(2);
}
const files = listReports(folder);
if (files.length === 0) console.error(`count-tests: no JSON test report in ${folder}; did the test runners write theirs (TEST_REPORT_DIR)?`);
const total = files.map((name) => readReport(join(folder, name))).reduce((sum, count) => ({ passed: sum.passed + count.passed, failed: sum.failed + count.failed }), { passed: 0, failed: 0 });
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exitCode = total.failed === 0 && total.passed > 0 ? 0 : 1;
