/**
 * The header on a phone, 360 px wide, in French and in English: with each of its menus and dialogs
 * open, nothing runs off the screen and the page never scrolls sideways; its rows of buttons line
 * up with both edges of the screen rather than trailing raggedly. French words are the longer, and
 * the Export menu once widened the page to 579 px in French.
 */
import type { Locator, Page } from '@playwright/test';
import { LANGS, expect, openApp, test } from './journey';

const PHONE = { width: 360, height: 740 };

test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

const WORDS = {
  en: { export: 'Export', exportPanel: 'Export the comparison', library: 'Library', help: 'Keyboard shortcuts', editCopy: 'Edit a copy', rename: /^Rename/ },
  fr: { export: 'Exporter', exportPanel: 'Exporter la comparaison', library: 'Bibliothèque', help: 'Raccourcis clavier', editCopy: 'Modifier une copie', rename: /^Renommer/ },
} as const;

/** Fails when the page is wider than the screen, when it scrolled sideways, or when a part of `open` lies beyond either edge. */
async function expectWithinScreen(page: Page, open: Locator, state: string): Promise<void> {
  await page.evaluate(() => window.scrollTo({ left: 10_000, behavior: 'instant' }));
  const { scrollWidth, scrollX } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, scrollX: window.scrollX }));
  expect(scrollWidth, `${state}: the page's width`).toBeLessThanOrEqual(PHONE.width);
  expect(scrollX, `${state}: sideways scroll`).toBe(0);
  const outside = await open.evaluate((root, width) => {
    const parts = [root, ...root.querySelectorAll('*')];
    return parts
      .map((part) => ({ part, box: part.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.left < -0.5 || box.right > width + 0.5))
      .map(({ part, box }) => `${part.tagName.toLowerCase()} “${(part.textContent ?? '').trim().slice(0, 30)}” ${Math.round(box.left)}–${Math.round(box.right)}`);
  }, PHONE.width);
  expect(outside, `${state}: what lies off the screen`).toEqual([]);
}

for (const lang of LANGS) {
  test(`on a phone, the header and each of its menus fit the screen (${lang})`, async ({ page }) => {
    const words = WORDS[lang];
    await openApp(page, `/?lang=${lang}`);
    const header = page.getByRole('banner');

    await test.step('the rows of header buttons line up with both edges', async () => {
      const rows = await header.locator('.app-header__tools > *').evaluateAll((tools) => {
        const byTop = new Map<number, { left: number; right: number }>();
        for (const tool of tools) {
          const box = tool.getBoundingClientRect();
          const top = Math.round(box.top / 8); // tools of one row differ in height by a few pixels
          const row = byTop.get(top) ?? { left: Infinity, right: -Infinity };
          byTop.set(top, { left: Math.min(row.left, box.left), right: Math.max(row.right, box.right) });
        }
        return [...byTop.values()];
      });
      expect(rows.length).toBeGreaterThan(1);
      const edges = { left: Math.min(...rows.map((row) => row.left)), right: Math.max(...rows.map((row) => row.right)) };
      for (const row of rows) {
        expect.soft(Math.abs(row.left - edges.left), 'a row starts at the left edge').toBeLessThan(2);
        expect.soft(Math.abs(row.right - edges.right), 'a row ends at the right edge').toBeLessThan(2);
      }
      await expectWithinScreen(page, header, 'the header');
    });

    await test.step('the Export menu, open', async () => {
      await header.getByRole('button', { name: words.export, exact: true }).click();
      const panel = page.getByRole('group', { name: words.exportPanel });
      await expect(panel).toBeVisible();
      await expectWithinScreen(page, panel, 'the Export menu');
      await page.keyboard.press('Escape');
      await expect(panel).toBeHidden();
    });

    await test.step('the library, open', async () => {
      await header.getByRole('button', { name: words.library }).click();
      const dialog = page.getByRole('dialog', { name: words.library });
      await expect(dialog).toBeVisible();
      await expectWithinScreen(page, dialog, 'the library');
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    });

    await test.step('the keyboard help, open', async () => {
      await header.getByRole('button', { name: words.help }).click();
      const dialog = page.getByRole('dialog', { name: words.help });
      await expect(dialog).toBeVisible();
      await expectWithinScreen(page, dialog, 'the keyboard help');
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    });

    await test.step("a copy of the reader's own, its header saying where it is saved, and its Export menu open", async () => {
      await header.getByRole('button', { name: words.editCopy }).click();
      await expect(page.getByRole('button', { name: words.rename })).toBeVisible();
      await expectWithinScreen(page, header, "the header of the reader's own comparison");
      await header.getByRole('button', { name: words.export, exact: true }).click();
      const panel = page.getByRole('group', { name: words.exportPanel });
      await expect(panel).toBeVisible();
      await expectWithinScreen(page, panel, "the Export menu of the reader's own comparison");
    });
  });
}
