/**
 * Exporting, as a reader does it: every format through the Export menu, each downloaded file read
 * back and checked for what a colleague or a tool will need; the HTML report opened from disk with
 * its highlights; and "only what is shown" after filtering to one kind.
 */
import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import type { Download, Page } from '@playwright/test';
import { WORDS, expect, openApp, test } from './journey';

const SHIPPED_JSON = readFileSync('sources/miit-vpn/comparison.json', 'utf8');
const FILE_NAME = (extension: string) => new RegExp(`^miit-vpn-\\d{4}-\\d{2}-\\d{2}\\.${extension}$`);

const FORMATS = [
  { label: 'HTML report', extension: 'html' },
  { label: 'Markdown note', extension: 'md' },
  { label: 'Comparison file (JSON)', extension: 'json' },
  { label: 'W3C Web Annotations', extension: 'jsonld' },
  { label: 'Translation memory (TMX)', extension: 'tmx' },
  { label: 'Findings as CSV', extension: 'csv' },
] as const;

/** Chooses a format in the Export menu and returns the download it starts, saved to disk. */
async function exportAs(page: Page, label: string): Promise<{ download: Download; path: string; text: string }> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label, exact: true }).click()]);
  const path = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(path);
  return { download, path, text: readFileSync(path, 'utf8') };
}

test('a reader exports the comparison in every format and reads each file', async ({ page, context }) => {
  await openApp(page, '/?lang=en');
  const files = new Map<string, { path: string; text: string; name: string }>();

  await test.step('every format downloads through the menu, named after the comparison and the day', async () => {
    for (const { label, extension } of FORMATS) {
      const { download, path, text } = await exportAs(page, label);
      expect(download.suggestedFilename(), label).toMatch(FILE_NAME(extension));
      expect(text.length, label).toBeGreaterThan(500);
      files.set(extension, { path, text, name: download.suggestedFilename() });
    }
  });

  await test.step('the JSON is the comparison file itself, byte for byte', async () => {
    expect(files.get('json')?.text).toBe(SHIPPED_JSON);
  });

  await test.step('the Web Annotations hold one annotation per finding', async () => {
    const collection = JSON.parse(files.get('jsonld')?.text ?? '{}') as { type: string; total: number; first: { items: unknown[] } };
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.first.items).toHaveLength(23);
  });

  await test.step('the TMX is well-formed XML with the matched sentence pairs only', async () => {
    const errors: string[] = [];
    const document = new DOMParser({ onError: (level, message) => errors.push(`${level}: ${message}`) }).parseFromString(files.get('tmx')?.text ?? '', 'text/xml');
    expect(errors).toEqual([]);
    // core-denial's two sentence pairs: the other matches quote places that cannot be paired one to one.
    expect(document.getElementsByTagName('tu').length).toBe(2);
    expect(files.get('tmx')?.text).not.toContain('Chuanglian');
    expect(files.get('tmx')?.text).not.toContain('<prop type="x-relation-kind">discrepancy</prop>');
  });

  await test.step('the CSV starts with a byte-order mark and has a row per finding', async () => {
    const bytes = readFileSync(files.get('csv')?.path ?? '');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = files.get('csv')?.text ?? '';
    for (const id of ['core-denial', 'chuanglian-rumour', 'fine-15000']) expect(csv).toContain(`\r\n${id},`);
  });

  await test.step('the Markdown note groups the findings under headings, with both quotes', async () => {
    const markdown = files.get('md')?.text ?? '';
    expect(markdown).toMatch(/^# /);
    expect(markdown).toContain('Chuanglian VPN');
    expect(markdown).toContain('15,000 yuan');
  });

  await test.step('the HTML report opens from disk, highlights visible, and runs no script', async () => {
    const report = await context.newPage();
    await report.goto(`file://${files.get('html')?.path ?? ''}`);
    await expect(report.getByText('Chine : aucune interdiction pour les services VPN destinés aux particuliers').first()).toBeVisible();
    const ranScripts = await report.evaluate(() => document.scripts.length);
    expect(ranScripts).toBe(0);
    await expect(report.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
    await report.close();
  });

  await test.step('"only what is shown" exports just the kinds the legend shows', async () => {
    const words = WORDS.en;
    const legend = page.getByRole('group', { name: words.legend });
    for (const kind of words.kinds) {
      if (kind !== words.discrepancy) await legend.getByRole('button', { name: kind }).click();
    }
    await expect(legend.getByRole('button', { pressed: true })).toHaveCount(1);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('checkbox', { name: /^Only what is shown \(7 of 23 findings\)$/ }).check();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const { text } = await exportAs(page, 'Findings as CSV');
    const ids = [...text.matchAll(/\r\n([a-z0-9-]+),(match|discrepancy|only-fr|only-en),/g)].map((match) => match[2]);
    expect(ids).toHaveLength(7);
    expect(new Set(ids)).toEqual(new Set(['discrepancy']));
  });
});
