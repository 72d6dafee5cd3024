/**
 * Hostile input, end to end: a web page full of hostile markup pasted as rich text, the same
 * payloads typed as plain text, compared, then pasted again as notes, and exported as an HTML
 * report. At every stage nothing may run or load: no dialog, no request beyond 127.0.0.1 (the
 * journey's watcher fails the test on one), no `window.__pwned`, in the app and in the report
 * opened from disk; and the payloads must still be there, as text the reader can read.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { expect, putText, test } from './journey';
import { HOSTILE_PAYLOADS, hostileEnglishText, hostilePage } from './hostilePayloads';

/** Every dialog a page opened, dismissed at once so that the test goes on and can say so. */
function recordDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

/** What a payload that ran would have left on the page. */
async function expectNothingRan(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
}

/** Pastes rich text into a box, as a browser does when a reader copies from a web page. */
async function pasteHtml(box: Locator, html: string): Promise<void> {
  await box.evaluate((element, markup) => {
    const data = new DataTransfer();
    data.setData('text/html', markup);
    data.setData('text/plain', 'plain text fallback');
    element.focus();
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
}

test('hostile payloads pasted as sources and as notes never run, in the app or in its HTML report', async ({ page, context }) => {
  expect(HOSTILE_PAYLOADS.length).toBeGreaterThanOrEqual(30);
  const dialogs = recordDialogs(page);
  await page.goto('/?lang=en');
  const texts = page.getByRole('region', { name: 'The two texts, aligned paragraph by paragraph' });
  await expect(texts).toBeVisible();

  await test.step('pastes a hostile web page as the French text and the payloads as the English text', async () => {
    await page.getByRole('button', { name: 'New comparison' }).click();
    const french = page.getByRole('textbox', { name: 'French text' });
    await pasteHtml(french, hostilePage());
    // The page's words arrive as text; its markup, scripts and handlers do not.
    await expect(french).toHaveValue(/Le porte-parole a déclaré le 1 mars 2024/);
    const pasted = await french.inputValue();
    expect(pasted).not.toContain('<script');
    expect(pasted).not.toContain('onerror');
    expect(pasted).not.toContain('plain text fallback');
    await putText(page.getByRole('textbox', { name: 'English text' }), hostileEnglishText());
    await expectNothingRan(page);
  });

  await test.step('compares, and shows the payloads as text', async () => {
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    const anyway = page.getByRole('button', { name: 'Compare anyway' });
    await expect(texts.or(anyway)).toBeVisible({ timeout: 30_000 });
    if (await anyway.isVisible()) await anyway.click();
    await expect(texts).toBeVisible({ timeout: 30_000 });
    await expect(texts.getByText(HOSTILE_PAYLOADS[0] ?? '', { exact: false }).first()).toBeVisible();
    // The app's own controls aside, the texts hold nothing but text, links to findings and their glyphs.
    const inTheTexts = texts.locator('.text-paragraph, .text-heading');
    await expect(inTheTexts.first()).toBeVisible();
    expect(await inTheTexts.locator('script, img, iframe, object, embed, svg:not([aria-hidden="true"]), style, link, meta, base, form, input, video').count()).toBe(0);
    await expectNothingRan(page);
  });

  const notes = HOSTILE_PAYLOADS.join('\n');
  await test.step('writes the payloads as notes of a finding, in both languages', async () => {
    await texts.locator('a.claim').first().click();
    const finding = page.getByRole('complementary', { name: /^Finding/ });
    await expect(finding).toBeVisible();
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await putText(finding.getByLabel('Note in French'), notes);
    await putText(finding.getByLabel('Note in English'), notes);
    // Leaving the fields saves the notes; then reading mode shows them as the reader will.
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await expect(finding.getByText(HOSTILE_PAYLOADS[1] ?? '', { exact: false }).first()).toBeVisible();
    expect(await finding.locator('script, img, iframe, object, embed, style, link').count()).toBe(0);
    await expectNothingRan(page);
  });

  let reportUrl = '';
  await test.step('exports the HTML report', async () => {
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'HTML report', exact: true }).click()]);
    const path = test.info().outputPath(download.suggestedFilename());
    await download.saveAs(path);
    const html = readFileSync(path, 'utf8');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;');
    reportUrl = pathToFileURL(path).href;
  });

  await test.step('opens the report from disk: the payloads are text, and nothing runs or loads', async () => {
    const report = await context.newPage();
    const reportDialogs = recordDialogs(report);
    const requests: string[] = [];
    report.on('request', (request) => requests.push(request.url()));
    await report.goto(reportUrl);
    await expect(report.getByText(HOSTILE_PAYLOADS[3] ?? '', { exact: false }).first()).toBeVisible();
    expect(await report.locator('script, img, iframe, object, embed, style:not(head style), link:not([rel="icon"]), base, form, input').count()).toBe(0);
    await expectNothingRan(report);
    expect(reportDialogs).toEqual([]);
    expect(requests).toEqual([reportUrl]);
    await report.close();
  });

  await expectNothingRan(page);
  expect(dialogs).toEqual([]);
});

// DOM clobbering: in Chromium, a form's named inputs shadow the form's own properties, and a
// named image the document's. Read through the elements, such a page threw in the reader.
const CLOBBERING_PAGE = `<!doctype html><html><head><title>Le ministère répond</title></head><body>
<img name="childNodes"><img name="nodeName">
<form><input name="nodeName"><input name="childNodes"><input name="nodeType"><input name="getAttribute"></form>
<p>Le porte-parole a déclaré le 1 mars 2024 que la règle ne change pas.</p>
</body></html>`;

test('a page whose elements shadow the DOM by name is read, pasted or chosen as a file', async ({ page }) => {
  await page.goto('/?lang=en');
  await page.getByRole('button', { name: 'New comparison' }).click();

  const french = page.getByRole('textbox', { name: 'French text' });
  await pasteHtml(french, CLOBBERING_PAGE);
  await expect(french).toHaveValue(/Le porte-parole a déclaré le 1 mars 2024 que la règle ne change pas\./);

  await page.getByLabel('Choose file for the English text').setInputFiles({
    name: 'page.html',
    mimeType: 'text/html',
    buffer: Buffer.from(CLOBBERING_PAGE.replace('Le porte-parole a déclaré le 1 mars 2024 que la règle ne change pas.', 'The spokesman said on 1 March 2024 that the rule stands.')),
  });
  await expect(page.getByRole('textbox', { name: 'English text' })).toHaveValue(/The spokesman said on 1 March 2024 that the rule stands\./);
});
