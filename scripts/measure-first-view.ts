/**
 * Measures the first view as a reader gets it: the built app served by `vite preview`, opened in
 * Debian's Chromium. Measures the JavaScript the first view loads (raw and gzip, each file gzipped
 * at level 9 as a static host would serve it) and the time from navigation start to the comparison
 * being visible (the first French paragraph laid out in the reading view), over several cold loads.
 * The page shows the build's snapshot of the first view before the app's script has run
 * (scripts/firstViewSnapshot.ts); the time until the app has taken it over, and answers the
 * reader, is printed beside it.
 *
 *     npm run build && npm run measure
 *
 * Exits 1 when a budget is exceeded: 110 kB gzip of JavaScript, 1 s to the comparison. The same
 * measurement, with these budgets, is part of `npm run budgets` (scripts/check-budgets.ts).
 */
import { gzipSync } from 'node:zlib';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_INSTALL, CHROMIUM_PATH, hasChromium } from './chromium';

/** The first view's budgets: JavaScript in kB (1024 bytes) gzip, and milliseconds to the comparison. */
export const FIRST_VIEW_BUDGET = { gzipKb: 110, visibleMs: 1000 } as const;

// A sentence of the French body: visible means the reading view has rendered the comparison.
const VISIBLE_TEXT = "Le Ministère de l'industrie et des technologies de l'information";

/** One measured figure and the budget it is held to: at most `limit`, or at least. */
export interface BudgetFigure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly bound: 'at most' | 'at least';
  readonly limit: number;
  /** What else the reader of the figure should know: raw size, spread of the runs. */
  readonly detail: string;
}

/** Whether a figure keeps to its budget. */
export function isWithinBudget(figure: BudgetFigure): boolean {
  return figure.bound === 'at most' ? figure.value <= figure.limit : figure.value >= figure.limit;
}

/** One line per figure: `ok   first-view JavaScript: 105.7 kB gzip (at most 110 kB gzip); …`. */
export function formatFigure(figure: BudgetFigure): string {
  const unit = figure.unit === '' ? '' : ` ${figure.unit}`;
  const value = Number.isInteger(figure.value) ? String(figure.value) : figure.value.toFixed(1);
  return `${isWithinBudget(figure) ? 'ok  ' : 'OVER'} ${figure.name}: ${value}${unit} (${figure.bound} ${figure.limit}${unit})${figure.detail ? `; ${figure.detail}` : ''}`;
}

/** The median of a non-empty list: the middle value, or the lower middle of an even count. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted[Math.floor((sorted.length - 1) / 2)];
  if (middle === undefined) throw new Error('median of no values; this is a bug');
  return middle;
}

/** The built app in `outDir`, served on 127.0.0.1 from `port` or the next free port. */
export async function servePreview(outDir: string, port: number): Promise<{ readonly url: string; readonly close: () => Promise<void> }> {
  const server = await preview({ build: { outDir }, preview: { host: '127.0.0.1', port, strictPort: false }, logLevel: 'silent' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview started without an address; this is a bug');
  return { url, close: () => new Promise<void>((resolve) => server.httpServer.close(() => resolve())) };
}

/** What the first view loaded and how long it took, over every cold load. */
export interface FirstView {
  readonly scripts: readonly { readonly path: string; readonly raw: number; readonly gzip: number }[];
  /** Milliseconds from navigation start to the comparison painted, one per cold load. */
  readonly timings: readonly number[];
  /** Milliseconds from navigation start to the app having taken over the snapshot, one per cold load. */
  readonly liveTimings: readonly number[];
}

/** Opens `url` in `runs` fresh browser contexts (cold caches) and measures the first view. */
export async function measureFirstView(url: string, runs: number): Promise<FirstView> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  try {
    const bodies = new Map<string, Promise<Buffer>>();
    const timings: number[] = [];
    const liveTimings: number[] = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      if (run === 0) {
        page.on('response', (response) => {
          if (response.request().resourceType() === 'script') bodies.set(response.url(), response.body());
        });
      }
      // Watch the DOM from the very start; record when the French body text first appears, and when
      // the live view has taken over the snapshot (#root then no longer carries data-first-view).
      await page.addInitScript((text: string) => {
        const seen = window as unknown as { __visibleAt?: number; __liveAt?: number };
        const observer = new MutationObserver(() => {
          if (!document.body?.innerText.includes(text)) return;
          seen.__visibleAt ??= performance.now();
          if (document.querySelector('[data-first-view]') === null) {
            seen.__liveAt = performance.now();
            observer.disconnect();
          }
        });
        // The app's hand-over takes the snapshot's mark off #root: an attribute, not a child.
        observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['data-first-view'] });
      }, VISIBLE_TEXT);
      await page.goto(url, { waitUntil: 'load' });
      await page.getByText(VISIBLE_TEXT, { exact: false }).first().waitFor({ state: 'visible' });
      await page.locator('[data-first-view]').waitFor({ state: 'detached' });
      // Paint follows the DOM change; wait for the next frame so the figure includes it.
      const seen = await page.evaluate(
        () =>
          new Promise<{ visibleAt: number; liveAt: number }>((resolve) =>
            requestAnimationFrame(() => {
              const { __visibleAt, __liveAt } = window as unknown as { __visibleAt: number; __liveAt: number };
              resolve({ visibleAt: __visibleAt, liveAt: __liveAt });
            }),
          ),
      );
      timings.push(seen.visibleAt);
      liveTimings.push(seen.liveAt);
      await context.close();
    }
    const scripts = await Promise.all(
      [...bodies].map(async ([name, body]) => {
        const bytes = await body;
        return { path: new URL(name).pathname, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
      }),
    );
    return { scripts, timings, liveTimings };
  } finally {
    await browser.close();
  }
}

/** The first view's figures against its budgets. */
export function firstViewFigures(view: FirstView): BudgetFigure[] {
  const raw = view.scripts.reduce((sum, script) => sum + script.raw, 0);
  const gzip = view.scripts.reduce((sum, script) => sum + script.gzip, 0);
  const fastest = Math.min(...view.timings);
  const slowest = Math.max(...view.timings);
  return [
    {
      name: 'first-view JavaScript',
      value: Math.round((gzip / 1024) * 10) / 10,
      unit: 'kB gzip',
      bound: 'at most',
      limit: FIRST_VIEW_BUDGET.gzipKb,
      detail: `${(raw / 1024).toFixed(1)} kB raw in ${view.scripts.length} file(s)`,
    },
    {
      name: 'navigation to comparison visible',
      value: Math.round(median(view.timings)),
      unit: 'ms',
      bound: 'at most',
      limit: FIRST_VIEW_BUDGET.visibleMs,
      detail: `median of ${view.timings.length} cold loads, from ${fastest.toFixed(0)} to ${slowest.toFixed(0)} ms`,
    },
  ];
}

/** Prints each script the first view loads, then each figure. */
export function printFirstView(view: FirstView, figures: readonly BudgetFigure[]): void {
  for (const script of view.scripts) {
    console.log(`  script ${script.path}: ${(script.raw / 1024).toFixed(1)} kB, ${(script.gzip / 1024).toFixed(1)} kB gzip`);
  }
  for (const figure of figures) console.log(formatFigure(figure));
  const live = view.liveTimings;
  console.log(
    `  the app answering the reader, the snapshot taken over: ${Math.round(median(live))} ms; median of ${live.length}, from ${Math.min(...live).toFixed(0)} to ${Math.max(...live).toFixed(0)} ms`,
  );
}

async function main(): Promise<void> {
  if (!existsSync('dist/index.html')) {
    console.error('measure: dist/ is missing; run "npm run build" first');
    process.exit(2);
  }
  if (!hasChromium()) {
    console.error(`measure: no Chromium at ${CHROMIUM_PATH}; install it with "${CHROMIUM_INSTALL}" or set CHROME_PATH`);
    process.exit(2);
  }
  const server = await servePreview('dist', 4179);
  try {
    const view = await measureFirstView(`${server.url}?lang=en`, Number(process.env['MEASURE_RUNS'] ?? 5));
    const figures = firstViewFigures(view);
    printFirstView(view, figures);
    const over = figures.some((figure) => !isWithinBudget(figure));
    if (over) console.error('measure: a budget is exceeded');
    process.exitCode = over ? 1 : 0;
  } finally {
    await server.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
