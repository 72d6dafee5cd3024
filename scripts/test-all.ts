/**
 * `npm test`: the unit, component and command-line tests (Vitest), then the browser journeys
 * (Playwright, in Debian's Chromium). Both run even when the first fails, so that one run reports
 * everything; the exit status is non-zero when either fails.
 *
 * Where no Chromium is found, it says so loudly, with the line that installs it, and skips only
 * the browser journeys; with CI=true a missing browser fails the run, since CI must run them all.
 * Each runner writes its JSON report to TEST_REPORT_DIR when that is set (see .ci/run).
 */
import { spawnSync } from 'node:child_process';
import { CHROMIUM_INSTALL, CHROMIUM_PATH, hasChromium } from './chromium';

/** Runs one of the project's own binaries, its output straight to ours; true when it passed. */
function run(binary: string, args: readonly string[]): boolean {
  const result = spawnSync(`node_modules/.bin/${binary}`, args, { stdio: 'inherit' });
  if (result.error) console.error(`test: could not start ${binary}: ${result.error.message}`);
  return result.status === 0;
}

// CI=true (or any value but false or 0), as CI services set it.
const onCi = !['', 'false', '0'].includes(process.env['CI'] ?? '');

function warnNoBrowser(): void {
  const lines = [
    `No Chromium at ${CHROMIUM_PATH}: the browser journeys (test/e2e) are SKIPPED.`,
    `Install it with:  ${CHROMIUM_INSTALL}   (as root, or with sudo; or set CHROME_PATH)`,
    onCi ? 'CI=true: a missing browser fails the run.' : 'Unit and component tests ran; the browser journeys did not.',
  ];
  const rule = '='.repeat(Math.max(...lines.map((line) => line.length)));
  console.error(['', rule, ...lines, rule, ''].join('\n'));
}

function runBrowserTests(): boolean {
  if (hasChromium()) return run('playwright', ['test']);
  warnNoBrowser();
  return !onCi;
}

const unitPassed = run('vitest', ['run']);
const browserPassed = runBrowserTests();
process.exitCode = unitPassed && browserPassed ? 0 : 1;
