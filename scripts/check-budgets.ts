/**
 * Holds the built app to its budgets and prints every figure, whether within or over:
 *
 *   - JavaScript the first view loads: at most 110 kB gzip;
 *   - navigation to the comparison visible: at most 1 s, median of 9 cold loads;
 *   - Lighthouse performance, accessibility, best practices and SEO: each at least 95, the median
 *     of 3 runs (desktop preset, its simulated throttling), since one run on a busy 2-core
 *     machine can be off by a few points.
 *
 *     npm run budgets
 *
 * It builds the app into a folder of its own (so that a `vite build` into dist/ meanwhile changes
 * nothing), serves it with `vite preview` on 127.0.0.1, measures the first view with
 * scripts/measure-first-view.ts and runs Lighthouse's command line against it, in Debian's
 * Chromium (CHROME_PATH). Exits 1 when a budget is exceeded, 2 when it cannot measure.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_INSTALL, CHROMIUM_PATH, hasChromium } from './chromium';
import { firstViewFigures, formatFigure, isWithinBudget, measureFirstView, median, printFirstView, servePreview, type BudgetFigure } from './measure-first-view';

const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type LighthouseCategory = (typeof LIGHTHOUSE_CATEGORIES)[number];
const LIGHTHOUSE_MINIMUM = 95;
const LIGHTHOUSE_RUNS = Number(process.env['LIGHTHOUSE_RUNS'] ?? 3);
// Nine, not five: on a shared 2-core machine the median of five cold loads of one build moved by 300 ms from run to run (c574b68: 688 to 935 ms).
const FIRST_VIEW_RUNS = Number(process.env['MEASURE_RUNS'] ?? 9);

/** What one Lighthouse run scored, 0 to 100 per category, and the audits that cost points. */
interface LighthouseRun {
  readonly scores: Readonly<Record<LighthouseCategory, number>>;
  readonly failing: readonly string[];
}

/** Lighthouse's JSON report; only the fields read here. */
interface LighthouseReport {
  readonly categories: Record<string, { readonly score: number | null; readonly auditRefs: readonly { readonly id: string; readonly weight: number }[] }>;
  readonly audits: Record<string, { readonly score: number | null; readonly title: string; readonly displayValue?: string }>;
}

/** Runs Lighthouse's command line once against `url` in a fresh headless Chromium. */
async function runLighthouse(url: string): Promise<LighthouseRun> {
  const { stdout } = await promisify(execFile)(
    'node_modules/.bin/lighthouse',
    [
      url,
      '--preset=desktop',
      `--only-categories=${LIGHTHOUSE_CATEGORIES.join(',')}`,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      `--chrome-flags=--headless ${CHROMIUM_ARGS.join(' ')}`,
    ],
    { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(stdout) as LighthouseReport;
  const scores = Object.fromEntries(
    LIGHTHOUSE_CATEGORIES.map((category) => {
      const score = report.categories[category]?.score;
      if (score === null || score === undefined) throw new Error(`Lighthouse gave no ${category} score`);
      return [category, Math.round(score * 100)];
    }),
  ) as Record<LighthouseCategory, number>;
  // Every weighted audit that did not score full marks: what to look at when a score drops.
  const failing = LIGHTHOUSE_CATEGORIES.flatMap((category) =>
    (report.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => ({ category, id: ref.id, audit: report.audits[ref.id] }))
      .filter(({ audit }) => audit?.score !== null && audit?.score !== undefined && audit.score < 1)
      .map(({ category, id, audit }) => `${category}: ${id} (${audit?.title}${audit?.displayValue ? `, ${audit.displayValue}` : ''})`),
  );
  return { scores, failing };
}

function lighthouseFigures(runs: readonly LighthouseRun[]): BudgetFigure[] {
  return LIGHTHOUSE_CATEGORIES.map((category) => ({
    name: `Lighthouse ${category}`,
    value: median(runs.map((run) => run.scores[category])),
    unit: '',
    bound: 'at least',
    limit: LIGHTHOUSE_MINIMUM,
    detail: `median of ${runs.map((run) => run.scores[category]).join(', ')}`,
  }));
}

async function main(): Promise<number> {
  if (!hasChromium()) {
    console.error(`budgets: no Chromium at ${CHROMIUM_PATH}; install it with "${CHROMIUM_INSTALL}" or set CHROME_PATH`);
    return 2;
  }
  const outDir = await mkdtemp(join(tmpdir(), 'source-comparison-budgets-'));
  try {
    await build({ build: { outDir, emptyOutDir: true }, logLevel: 'warn' });
    const server = await servePreview(outDir, 4179);
    try {
      console.log(`budgets: the built app, served at ${server.url}`);
      const view = await measureFirstView(`${server.url}?lang=en`, FIRST_VIEW_RUNS);
      const figures = firstViewFigures(view);
      printFirstView(view, figures);

      const runs: LighthouseRun[] = [];
      for (let run = 1; run <= LIGHTHOUSE_RUNS; run++) {
        const result = await runLighthouse(server.url);
        console.log(`  Lighthouse run ${run}: ${LIGHTHOUSE_CATEGORIES.map((category) => `${category} ${result.scores[category]}`).join(', ')}`);
        runs.push(result);
      }
      const lighthouse = lighthouseFigures(runs);
      for (const figure of lighthouse) console.log(formatFigure(figure));
      const lost = [...new Set(runs.flatMap((run) => run.failing))];
      if (lost.length > 0) console.log(`  Lighthouse audits short of full marks:\n    ${lost.join('\n    ')}`);

      const over = [...figures, ...lighthouse].filter((figure) => !isWithinBudget(figure));
      if (over.length > 0) {
        console.error(`budgets: ${over.length} exceeded: ${over.map((figure) => figure.name).join(', ')}`);
        return 1;
      }
      console.log(`budgets: all ${figures.length + lighthouse.length} within budget`);
      return 0;
    } finally {
      await server.close();
    }
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(`budgets: could not measure: ${error instanceof Error ? error.message : String(error)}`);
  return 2;
});
