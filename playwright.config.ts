/**
 * The browser journeys (test/e2e/*.spec.ts) run in Debian's Chromium against the built app, served
 * by `vite preview` on 127.0.0.1, as a reader would get it from a static host. `npm test` runs them
 * after the unit and component tests (scripts/test-all.ts); `npm run test:e2e` runs them alone.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium';

// A port, a build folder and an output folder of this run's own, so that two runs in one checkout,
// a developer's preview or a `vite build` into dist/ meanwhile do not meet (Playwright empties its
// output folder as it starts). Set here, in the runner's process, the port reaches the workers,
// which read this file again.
process.env['E2E_PORT'] ??= String(4300 + (process.pid % 600));
const port = Number(process.env['E2E_PORT']);
const outDir = join(tmpdir(), `source-comparison-e2e-${port}`);
// CI=true (or any value but false or 0), as CI services set it; scripts/test-all.ts reads it alike.
const onCi = !['', 'false', '0'].includes(process.env['CI'] ?? '');

// .ci/run sets TEST_REPORT_DIR and counts the tests of every runner from the JSON reports there.
const testReportDir = process.env['TEST_REPORT_DIR'];

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '*.spec.ts',
  // Traces of failed journeys land here; passing ones leave nothing.
  outputDir: `test-results/e2e-${port}`,
  // Few, long journeys: each may take a while on a 2-core machine, and they run side by side.
  timeout: 120_000,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: onCi,
  reporter: testReportDir ? [['list'], ['json', { outputFile: `${testReportDir}/playwright.json` }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] },
    locale: 'en-GB',
    timezoneId: 'Europe/Paris',
    viewport: { width: 1440, height: 900 },
    trace: 'retain-on-failure',
    // Highlights fade in and out; under load a half-finished fade made a style check flaky (CI saw a
    // box-shadow of 0.0008px). With reduced motion, which the app honours, every style is final at once.
    reducedMotion: 'reduce',
  },
  webServer: {
    // The app as shipped: built, then served as static files; the build goes when the server does.
    command: [
      `trap 'rm -rf ${outDir}' EXIT`,
      `trap 'exit 0' TERM INT`,
      `node_modules/.bin/vite build --logLevel warn --outDir ${outDir} --emptyOutDir && node_modules/.bin/vite preview --outDir ${outDir} --host 127.0.0.1 --port ${port} --strictPort`,
    ].join('; '),
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !onCi,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
