/**
 * Measures long comparisons as a reader meets them: the app built into a folder of its own, served
 * by `vite preview` on 127.0.0.1 and opened in Debian's Chromium at 1440×900, on the project's own
 * synthetic pair (src/ui/worker/syntheticPair.ts).
 *
 *     npm run measure:large
 *
 * 1. New comparison: for 100, 1,000 and 2,000 paragraphs a side, the two texts are filled into the
 *    new-comparison form and "Compare" is clicked; the time runs from the click (a capture-phase
 *    listener in the page, so Playwright's own work is not counted) to the first frame painted with
 *    the first paragraph of the texts in the reading view. Median of 3 runs, each in a fresh page.
 *    Twice: Compare clicked READER_PAUSE_MS after the paste, as a reader who looks the form over
 *    does (the form has started the comparison meanwhile: useHeadStart.ts), and Compare clicked at
 *    once, when nothing has started yet (the budget holds the first).
 * 2. Saved comparison: the same pair of 2,000 paragraphs compared in Node by the core and opened
 *    as a comparison file through the header's Open button; timed from the file input's change.
 * 3. Scrolling: on that comparison, the page is scrolled from top to bottom at a steady pace
 *    (SCROLL_SPEED px/s, a brisk scroll, driven by requestAnimationFrame) while every frame's
 *    duration is recorded; then `k` opens the last finding, which must come into view.
 *
 * Exits 1 when opening 2,000 paragraphs takes 2 s or more (either way of opening), when more than
 * 5% of the frames take over 33.4 ms, or when the last finding is not brought into view; 2 when it
 * cannot measure (no Chromium, or the app has no new-comparison form).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { serializeComparison } from '../src/core/comparisonFile/index';
import { compareTexts } from '../src/core/engine/index';
import { syntheticPair } from '../src/ui/worker/syntheticPair';
import { CHROMIUM_ARGS, CHROMIUM_INSTALL, CHROMIUM_PATH, hasChromium } from './chromium';
import { median, servePreview } from './measure-first-view';

const SIZES = [100, 1000, 2000] as const;
const RUNS = Number(process.env['MEASURE_RUNS'] ?? 3);
const OPEN_BUDGET_MS = 2000;
const SLOW_FRAME_MS = 33.4;
const FRAME_MS = 16.7;
const SLOW_FRAMES_ALLOWED = 0.05;
const SCROLL_SPEED = Number(process.env['MEASURE_SCROLL_SPEED'] ?? 6000);
const VIEWPORT = { width: 1440, height: 900 } as const;
const TEXTS_REGION = 'The two texts, aligned paragraph by paragraph';

/** The first words of the French text's first body paragraph: seen in the rows, the comparison is open. */
function firstParagraphOf(fr: string): string {
  const paragraph = fr.split('\n\n')[1];
  if (!paragraph) throw new Error('the synthetic pair has no body; this is a bug');
  return paragraph.slice(0, 60);
}

/**
 * Arms the page to time the next `trigger` event (`click` or `change`, seen in the capture phase)
 * until the first frame painted after the rows of the reading view hold `marker`.
 */
async function armTimer(page: Page, trigger: 'click' | 'change', marker: string): Promise<void> {
  await page.evaluate(
    ([event, text]) => {
      const slot = window as unknown as { __opened?: Promise<number> };
      slot.__opened = new Promise<number>((resolve) => {
        let startedAt = Number.NaN;
        document.addEventListener(event, () => (startedAt = performance.now()), { capture: true, once: true });
        const shows = () => document.querySelector('.texts__rows')?.textContent?.includes(text) === true;
        const observer = new MutationObserver(() => {
          if (!shows()) return;
          observer.disconnect();
          // requestAnimationFrame runs just before the frame is painted; a message posted from it
          // is handled right after it.
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(performance.now() - startedAt);
            channel.port2.postMessage(null);
          });
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      });
    },
    [trigger, marker] as const,
  );
}

/** Waits for the armed timer, and checks that a person would see the paragraph in the texts' region. */
async function openedAfter(page: Page, marker: string): Promise<number> {
  const elapsed = await page.evaluate(() => (window as unknown as { __opened: Promise<number> }).__opened);
  await page.getByRole('region', { name: TEXTS_REGION }).getByText(marker.slice(0, 40)).first().waitFor({ state: 'visible', timeout: 10_000 });
  if (!Number.isFinite(elapsed)) throw new Error('the starting event was not seen in the page; this is a bug');
  return elapsed;
}

async function freshPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB' });
  // tsx keeps function names by wrapping them in `__name(…)`, a helper the page does not have:
  // the functions this script runs in the page name their inner functions.
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
  await page.goto(`${url}?lang=en`, { waitUntil: 'load' });
  await page.getByRole('region', { name: TEXTS_REGION }).waitFor({ state: 'visible' });
  return page;
}

/** Puts a text into a box of the form as a plain-text paste does: the value, then an input event. */
async function putText(page: Page, label: string, text: string): Promise<void> {
  await page.getByRole('textbox', { name: label, exact: true }).evaluate((element, value) => {
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
    setter?.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

/** How long a reader is taken to look the form over between pasting the texts and pressing Compare. */
const READER_PAUSE_MS = 1000;

/** Pastes a pair into the new-comparison form, waits `pauseMs`, and times Compare; null when the app has no such form. */
async function timePaste(browser: Browser, url: string, pair: { fr: string; en: string }, pauseMs: number): Promise<number | null> {
  const page = await freshPage(browser, url);
  try {
    const open = page.getByRole('button', { name: /^New comparison/ });
    if ((await open.count()) === 0) return null;
    await open.first().click();
    // Playwright's fill types half a megabyte in tens of seconds; a paste puts it in at once, and
    // the value set as a paste sets it is what the form sees. Neither is what is timed.
    await putText(page, 'French text', pair.fr);
    await putText(page, 'English text', pair.en);
    // A reader looks the form over before Compare: the worker prepared meanwhile has compiled the
    // engine, and the comparison of the texts has started (useHeadStart.ts). With no pause, neither.
    if (pauseMs > 0) await page.waitForTimeout(pauseMs);
    const marker = firstParagraphOf(pair.fr);
    await armTimer(page, 'click', marker);
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    return await openedAfter(page, marker);
  } finally {
    await page.context().close();
  }
}

/** Opens a comparison file through the header's Open button; returns the page, on the comparison, and the time. */
async function timeImport(browser: Browser, url: string, file: Buffer, marker: string): Promise<{ page: Page; elapsed: number }> {
  const page = await freshPage(browser, url);
  await armTimer(page, 'change', marker);
  await page.locator('input[type="file"][accept*="json"]').setInputFiles({ name: 'synthetic-2000.json', mimeType: 'application/json', buffer: file });
  return { page, elapsed: await openedAfter(page, marker) };
}

/** Frame durations while the page scrolls from top to bottom at `speed` px/s. */
async function scrollFrames(page: Page, speed: number): Promise<number[]> {
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  return page.evaluate(
    (pxPerMs) =>
      new Promise<number[]>((resolve) => {
        const frames: number[] = [];
        let last: number | null = null;
        const tick = (now: number) => {
          if (last !== null) {
            frames.push(now - last);
            window.scrollBy({ top: pxPerMs * (now - last), behavior: 'instant' });
          }
          last = now;
          const bottom = document.documentElement.scrollHeight - window.innerHeight;
          if (window.scrollY >= bottom - 1 && frames.length > 0) resolve(frames);
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    speed / 1000,
  );
}

/** Opens the last finding with `k` from the top of the page; whether its claim is then in the window. */
async function lastFindingComesIntoView(page: Page): Promise<boolean> {
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  await page.keyboard.press('Escape');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('k');
  const claim = page.getByRole('region', { name: TEXTS_REGION }).locator('[aria-current="true"]').first();
  await claim.waitFor({ state: 'attached', timeout: 5000 });
  // The jump and the gentle scroll after it settle within a few frames.
  await page.waitForTimeout(500);
  return claim.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight && window.scrollY > window.innerHeight;
  });
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const pad = (text: string, width: number) => text.padEnd(width);

async function main(): Promise<void> {
  if (!hasChromium()) {
    console.error(`measure:large: no Chromium at ${CHROMIUM_PATH}; install it with "${CHROMIUM_INSTALL}" or set CHROME_PATH`);
    process.exit(2);
  }
  const outDir = await mkdtemp(join(tmpdir(), 'source-comparison-large-'));
  const failures: string[] = [];
  let unmeasured = false;
  try {
    await build({ build: { outDir, emptyOutDir: true }, logLevel: 'warn' });
    // Figures from a busy machine run long: say how busy it was.
    console.log(`Load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores\n`);
    const server = await servePreview(outDir, 4181);
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
    try {
      console.log(`Opening a new comparison: from "Compare" to the first row painted (median of ${RUNS} runs)`);
      for (const pauseMs of [READER_PAUSE_MS, 0]) {
        console.log(pauseMs > 0 ? `  Compare pressed ${pauseMs} ms after the paste` : '  Compare pressed at once after the paste');
        console.log(`  ${pad('paragraphs a side', 19)}${pad('median', 12)}runs`);
        for (const size of SIZES) {
          const pair = syntheticPair(size);
          const timings: number[] = [];
          for (let run = 0; run < RUNS; run++) {
            const elapsed = await timePaste(browser, server.url, pair, pauseMs);
            if (elapsed === null) break;
            timings.push(elapsed);
          }
          if (timings.length === 0) {
            console.log(`  ${pad(size.toLocaleString('en'), 19)}not measured: the app has no "New comparison" button`);
            unmeasured = true;
            continue;
          }
          const middle = median(timings);
          console.log(`  ${pad(size.toLocaleString('en'), 19)}${pad(ms(middle), 12)}${timings.map((t) => t.toFixed(0)).join(', ')} ms`);
          if (pauseMs > 0 && size === 2000 && middle >= OPEN_BUDGET_MS) failures.push(`a new comparison of 2,000 paragraphs opens in ${ms(middle)} (budget: under ${OPEN_BUDGET_MS} ms)`);
        }
      }

      const pair = syntheticPair(2000);
      const started = performance.now();
      const comparison = compareTexts(pair.fr, pair.en, { name: 'synthetic-2000' });
      const file = Buffer.from(serializeComparison(comparison), 'utf8');
      console.log(
        `\nOpening a saved comparison file of 2,000 paragraphs a side (${comparison.alignment.length} rows, ${comparison.relations.length} findings, ` +
          `${(file.length / 1024 / 1024).toFixed(1)} MB; compared in Node in ${(performance.now() - started).toFixed(0)} ms)`,
      );
      const marker = firstParagraphOf(pair.fr);
      const timings: number[] = [];
      let page: Page | null = null;
      for (let run = 0; run < RUNS; run++) {
        if (page) await page.context().close();
        const opened = await timeImport(browser, server.url, file, marker);
        page = opened.page;
        timings.push(opened.elapsed);
      }
      const middle = median(timings);
      console.log(`  from the file chosen to the first row painted: ${ms(middle)} (runs: ${timings.map((t) => t.toFixed(0)).join(', ')} ms)`);
      if (middle >= OPEN_BUDGET_MS) failures.push(`a saved comparison of 2,000 paragraphs opens in ${ms(middle)} (budget: under ${OPEN_BUDGET_MS} ms)`);
      if (!page) throw new Error('no run opened the comparison; this is a bug');

      const frames = await scrollFrames(page, SCROLL_SPEED);
      const over16 = frames.filter((frame) => frame > FRAME_MS).length;
      const over33 = frames.filter((frame) => frame > SLOW_FRAME_MS).length;
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      console.log(`\nScrolling that comparison from top to bottom (${(height / 1000).toFixed(0)}000 px at ${SCROLL_SPEED} px/s, ${frames.length} frames)`);
      console.log(`  ${pad('median frame', 22)}${ms(median(frames))}`);
      console.log(`  ${pad('95th percentile', 22)}${ms(percentile(frames, 95))}`);
      console.log(`  ${pad('slowest frame', 22)}${ms(Math.max(...frames))}`);
      console.log(`  ${pad(`frames over ${FRAME_MS} ms`, 22)}${over16} (${((over16 / frames.length) * 100).toFixed(1)}%)`);
      console.log(`  ${pad(`frames over ${SLOW_FRAME_MS} ms`, 22)}${over33} (${((over33 / frames.length) * 100).toFixed(1)}%)`);
      if (over33 > frames.length * SLOW_FRAMES_ALLOWED) {
        failures.push(`${((over33 / frames.length) * 100).toFixed(1)}% of the frames take over ${SLOW_FRAME_MS} ms while scrolling (allowed: ${SLOW_FRAMES_ALLOWED * 100}%)`);
      }

      const revealed = await lastFindingComesIntoView(page);
      console.log(`\n${revealed ? 'ok  ' : 'FAIL'} k from the top opens the last finding and brings its claim into view`);
      if (!revealed) failures.push('the last finding, opened with k, is not in view');
      await page.context().close();
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
  console.log(`\nLoad average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores`);
  for (const failure of failures) console.error(`measure:large: ${failure}`);
  if (unmeasured) console.error('measure:large: opening a new comparison could not be measured');
  process.exitCode = failures.length > 0 ? 1 : unmeasured ? 2 : 0;
}

await main();
