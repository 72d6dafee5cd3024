/**
 * The HTML report as a colleague opens it: a file on disk, double-clicked into Chromium, offline.
 * The spec writes the report itself with the core (no server involved), from the shipped
 * comparison with hostile notes and a hostile title slipped in, then checks what the reader sees
 * (both texts, highlights told apart by underline and glyph, the findings, the print and dark
 * styles) and what must never happen: a request, a script run, an error in the console.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
// The writers themselves, not the core's index: that one brings the engine, whose JSON data
// Playwright's loader will not import without an import attribute.
import { writeExport } from '../../src/core/export/writeExport';
import { parseComparison } from '../../src/core/comparisonFile/format';
import { LANGS, type Comparison } from '../../src/core/model/types';

const SHIPPED_PATH = new URL('../../sources/miit-vpn/comparison.json', import.meta.url);

/** Would run if the report let markup through: each sets a flag, asks for a dialog or fetches. */
const PAYLOADS = [
  '<script>window.__pwned = "script"</script>',
  '"><img src=x onerror="window.__pwned = \'img\'; alert(1)">',
  '<img src="http://127.0.0.1:9/beacon.png">',
  '</style><style>body { background: url(http://127.0.0.1:9/css.png) }</style>',
  '<a href="javascript:alert(2)">click</a>',
];

/** The shipped comparison with the payloads in a note of each language and in the French title. */
function hostileShipped(): Comparison {
  const draft = JSON.parse(readFileSync(SHIPPED_PATH, 'utf8')) as {
    sources: { fr: { title: string } };
    relations: { id: string; note: { fr: string; en: string } }[];
  };
  const finding = draft.relations.find((candidate) => candidate.id === 'who-when-where');
  if (!finding) throw new Error('the shipped comparison has no finding "who-when-where"; update this spec');
  finding.note.en = `${finding.note.en} ${PAYLOADS.join(' ')}`;
  finding.note.fr = `${finding.note.fr} ${PAYLOADS.join(' ')}`;
  draft.sources.fr.title = `${draft.sources.fr.title} ${PAYLOADS[0]}`;
  return parseComparison(draft);
}

let folder: string;
const reports = { fr: '', en: '' };

test.beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'export-html-'));
  const comparison = hostileShipped();
  for (const lang of LANGS) {
    const file = writeExport(comparison, 'html', { lang, readingMode: 'original', exportedOn: '2026-11-22', kinds: null });
    reports[lang] = join(folder, `${lang}-${file.fileName}`);
    writeFileSync(reports[lang], file.text);
  }
});

test.afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

/** Everything the page does that it must not: requests, console errors and warnings, dialogs, uncaught errors. */
function watch(page: Page) {
  const seen = { requests: [] as string[], console: [] as string[], dialogs: [] as string[] };
  page.on('request', (request) => seen.requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') seen.console.push(message.text());
  });
  page.on('pageerror', (error) => seen.console.push(error.message));
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return seen;
}

test('the HTML report opens from disk with its highlights, and nothing runs or loads', async ({ page }) => {
  const seen = watch(page);
  const url = pathToFileURL(reports.en).href;
  await page.goto(url);

  await test.step('shows the report: title, summary, both sources, both texts, the findings', async () => {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('miit-vpn');
    await expect(page.getByRole('heading', { name: 'Findings at a glance' })).toBeVisible();
    await expect(page.locator('table.counts tbody tr')).toHaveText([/Match\s*4/, /Discrepancy\s*7/, /Only in the French source\s*3/, /Only in the English source\s*9/]);
    await expect(page.getByRole('heading', { name: /French source$/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: /English source$/ })).toBeVisible();
    await expect(page.locator('article.finding')).toHaveCount(23);
  });

  await test.step('marks claims by kind with more than colour: underline style and glyph', async () => {
    const expected = { match: ['solid', '✓'], discrepancy: ['wavy', '≠'], 'only-fr': ['dashed', '◧'], 'only-en': ['dotted', '◨'] } as const;
    for (const [kind, [style, glyph]] of Object.entries(expected)) {
      const claim = page.locator(`table.texts a.claim.kind-${kind}`).first();
      await expect(claim).toBeVisible();
      expect(await claim.evaluate((element) => getComputedStyle(element).textDecorationStyle)).toBe(style);
      await expect(page.locator(`table.texts a.claim.kind-${kind} .glyph`).first()).toHaveText(glyph);
    }
  });

  await test.step('leads from a claim to its finding, inside the page', async () => {
    const claim = page.locator('table.texts a.claim.kind-discrepancy').first();
    const target = (await claim.getAttribute('href')) ?? '';
    await claim.click();
    // A jump inside the page is not a navigation the click waits for: the assertions retry.
    await expect(page).toHaveURL(new RegExp(`\\.html${target}$`));
    await expect(page.locator(`[id="${decodeURIComponent(target.slice(1))}"]`)).toBeInViewport();
  });

  await test.step('shows the hostile notes and title as text, and runs none of them', async () => {
    const article = page.locator('#finding-who-when-where');
    await expect(article.locator('.note')).toContainText(PAYLOADS[0] ?? '');
    await expect(article.locator('.note')).toContainText(PAYLOADS[1] ?? '');
    await expect(page.locator('.source-title').first()).toContainText(PAYLOADS[0] ?? '');
    expect(await page.locator('script, img, iframe, object, embed, link').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  });

  await test.step('prints on clean pages, rows and findings never cut', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('table.texts tbody tr').first().evaluate((row) => getComputedStyle(row).breakInside)).toBe('avoid');
    expect(await page.locator('article.finding').first().evaluate((article) => getComputedStyle(article).breakInside)).toBe('avoid');
    expect(await page.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  await test.step('follows a dark colour scheme', async () => {
    await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
    expect(await page.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor)).toBe('rgb(20, 23, 28)');
  });

  expect(seen.requests).toEqual([url]);
  expect(seen.console).toEqual([]);
  expect(seen.dialogs).toEqual([]);
});

test('the French report is in French, and as inert', async ({ page }) => {
  const seen = watch(page);
  const url = pathToFileURL(reports.fr).href;
  await page.goto(url);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('miit-vpn');
  await expect(page.getByRole('heading', { name: 'Constats', exact: true })).toBeVisible();
  await expect(page.locator('#finding-who-when-where .note')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('table.texts a.claim').first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(seen.requests).toEqual([url]);
  expect(seen.console).toEqual([]);
  expect(seen.dialogs).toEqual([]);
});
