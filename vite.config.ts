import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import type * as Format from './src/core/comparisonFile/format';
import { firstViewSnapshot } from './scripts/firstViewSnapshot';

const SHIPPED_COMPARISON = 'sources/miit-vpn/comparison.json';

/**
 * The app trusts the shipped comparison without validating it in the browser (src/main.tsx), so
 * the build (and the dev server) validates it instead and refuses to produce an app around a
 * broken file.
 *
 * The core's format module is loaded through Vite's module runner, not imported by this file: an
 * import here would bundle the app's own modules into the config, whose extensionless imports Vite
 * then warns about at every start (they are not what Node's native loader accepts). It is loaded
 * once the config is resolved, before the build starts: in a build hook, the half second the
 * runner takes to start made Rolldown print a plugin-timings notice.
 */
function validateShippedComparison(): Plugin {
  return {
    name: 'validate-shipped-comparison',
    // Vitest's tests read the shipped comparison through the same loader (test/core, test/ui).
    apply: () => process.env['VITEST'] === undefined,
    async configResolved(config) {
      const formatModule = fileURLToPath(new URL('./src/core/comparisonFile/format.ts', import.meta.url));
      const { module: format } = await runnerImport<typeof Format>(formatModule, { root: config.root, logLevel: 'warn' });
      try {
        format.parseComparison(readFileSync(join(config.root, SHIPPED_COMPARISON), 'utf8'));
      } catch (error) {
        const detail = error instanceof format.ComparisonFormatError ? error.issues.map(format.describeIssue).join('\n') : String(error);
        throw new Error(`${SHIPPED_COMPARISON} is not a valid comparison file:\n${detail}`, { cause: error });
      }
    },
  };
}

/**
 * The app fetches the shipped comparison as JSON (src/main.tsx). Left alone, the browser would ask
 * for it only once the script has run; a preload link in the page starts both downloads at once.
 */
function preloadShippedComparison(): Plugin {
  return {
    name: 'preload-shipped-comparison',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const asset = Object.values(context.bundle ?? {}).find(
          (file) => file.type === 'asset' && /^assets\/comparison-[\w-]+\.json$/.test(file.fileName),
        );
        if (!asset) throw new Error('the shipped comparison is not in the build; src/main.tsx should import it with ?url');
        return [{ tag: 'link', attrs: { rel: 'preload', href: `/${asset.fileName}`, as: 'fetch', crossorigin: '' }, injectTo: 'head' }];
      },
    },
  };
}

// .ci/run sets TEST_REPORT_DIR and counts the tests of every runner from the JSON reports there.
const testReportDir = process.env['TEST_REPORT_DIR'];

export default defineConfig({
  plugins: [react(), validateShippedComparison(), preloadShippedComparison(), firstViewSnapshot(SHIPPED_COMPARISON)],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every browser the app targets preloads modules natively.
    modulePreload: { polyfill: false },
    // The engine's chunks (the worker's, and the proposal's on the main thread) carry the French-English
    // dictionary, about 1.7 MB (580 kB gzip): they load only when a reader compares, never with the first
    // view, whose own budget (110 kB gzip) npm run budgets enforces. Warn only past that size.
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      // yaml declares no `sideEffects`, so it would be bundled whole although only the command line
      // reads front matter; importing it has no effect, so the browser bundle may leave it out.
      // The core's doors (src/core/<room>/index.ts) only re-export: known to be free of effects, they
      // are skipped when chunks are made, so that what a door re-exports for others (the engine and its
      // lexicon, the comparison file's validator) is not pulled into the first view's chunk when a
      // lazily loaded chunk uses it too.
      treeshake: {
        moduleSideEffects: [
          { test: /\/node_modules\/yaml\//, sideEffects: false },
          // jsdiff makes its differs at load (`new WordDiff()`), which a bundler takes for an effect: only
          // the finding's word-by-word comparison, loaded on demand, uses it.
          { test: /\/node_modules\/diff\//, sideEffects: false },
          { test: /\/src\/core\/[^/]+\/index\.ts$/, sideEffects: false },
        ],
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1' },
  test: {
    ...(testReportDir ? { reporters: ['default', 'json'], outputFile: { json: `${testReportDir}/vitest.json` } } : {}),
    // Only unit and component tests: Playwright's specs under test/e2e run with their own runner.
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          include: ['test/core/**/*.test.ts', 'test/cli/**/*.test.ts', 'test/docs/**/*.test.ts', 'test/scripts/**/*.test.ts', 'test/*.test.ts'],
          environment: 'node',
          setupFiles: ['test/propertySeed.ts'],
          // Time limits catch a test that hangs, not a slow machine: on two cores shared with other
          // work, a property test that takes 1.5 s alone takes several.
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          include: ['test/ui/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['test/propertySeed.ts', 'test/ui/setup.ts'],
          // Each test renders the whole reading view in jsdom, and some wait for the translations and
          // lazily loaded parts: alone that takes up to 6 s (a long comparison), and several times
          // that on a busy 2-core machine. The limits are there to catch a hang.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
