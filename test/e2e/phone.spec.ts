/**
 * The reading journey on a phone, 360 × 740: nothing wider than the screen, each French paragraph
 * directly above its English counterpart, and a finding that opens as a sheet the reader can
 * read, step through and close with a thumb.
 */
import { LANGS, QUOTES, WORDS, expect, expectAccessible, openApp, saveScreenshot, test, withParam } from './journey';

const PHONE = { width: 360, height: 740 };

test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

for (const lang of LANGS) {
  test(`a reader compares the two accounts on a phone (${lang})`, async ({ page }) => {
    const words = WORDS[lang];
    const texts = page.getByRole('region', { name: words.texts });

    await test.step('the page fits the screen; each pair of paragraphs stands together, French above English', async () => {
      await openApp(page, `/?lang=${lang}`);
      await expect(texts.getByRole('heading', { name: QUOTES.frHeadline, exact: true })).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      // The layout is what this step is about, so it reads the boxes of each row (one alignment
      // bead) and of its two cells, each row scrolled to first: rows out of sight are not laid out.
      const rows = await texts.locator('.aligned-row').evaluateAll(async (elements) => {
        const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
        const boxOf = (element: Element | null) => {
          const box = element?.getBoundingClientRect();
          return box ? { top: box.top, bottom: box.bottom, left: box.left, right: box.right } : null;
        };
        const boxes = [];
        for (const row of elements) {
          row.scrollIntoView({ block: 'start', behavior: 'instant' });
          await nextFrame();
          await nextFrame();
          boxes.push({ row: boxOf(row), fr: boxOf(row.querySelector('.cell--fr')), en: boxOf(row.querySelector('.cell--en')) });
        }
        window.scrollTo({ top: 0, behavior: 'instant' });
        return boxes;
      });
      expect(rows.length).toBeGreaterThan(10);
      for (const [index, { row, fr, en }] of rows.entries()) {
        if (!row || !fr || !en) throw new Error(`row ${index} lacks a cell`);
        expect.soft(fr.top, `row ${index}: the French cell is in its row`).toBeGreaterThanOrEqual(row.top - 1);
        expect.soft(en.bottom, `row ${index}: the English cell is in its row`).toBeLessThanOrEqual(row.bottom + 1);
        expect.soft(en.top - fr.bottom, `row ${index}: English right under French`).toBeGreaterThanOrEqual(-1);
        expect.soft(en.top - fr.bottom, `row ${index}: English right under French`).toBeLessThan(2);
        expect.soft(Math.abs(en.left - fr.left), `row ${index}: one column`).toBeLessThan(2);
        expect.soft(en.right, `row ${index}: within the screen`).toBeLessThanOrEqual(PHONE.width);
      }
      await expectAccessible(page, `phone, initial view (${lang})`);
    });

    const finding = page.getByRole('complementary', { name: words.finding(words.discrepancy) });

    await test.step('tapping a claim opens its finding as a sheet, with the claim still in sight', async () => {
      const claim = texts.getByRole('link', { name: QUOTES.frWhoWhenWhere, exact: true });
      await claim.tap();
      await expect(finding).toBeVisible();
      await expect(page).toHaveURL(withParam('finding', 'who-when-where'));
      await expect(finding).toBeInViewport({ ratio: 1 });
      const sheet = await finding.boundingBox();
      if (!sheet) throw new Error('the sheet has no box');
      expect(sheet.x).toBeGreaterThanOrEqual(0);
      expect(sheet.x + sheet.width).toBeLessThanOrEqual(PHONE.width);
      expect(sheet.height, 'the sheet leaves room for the text').toBeLessThan(PHONE.height * 0.6);
      // The page may still be scrolling the claim into view; it ends flush above the sheet, give or
      // take a fraction of a pixel.
      await expect
        .poll(async () => {
          const box = await claim.boundingBox();
          return box !== null && box.y >= 0 && box.y + box.height <= sheet.y + 1;
        }, { message: 'the claim is on screen, above the sheet' })
        .toBe(true);
      if (lang === 'en') await saveScreenshot(page, 'phone-en.png');
      await expectAccessible(page, `phone, finding open (${lang})`);
    });

    await test.step('the sheet scrolls to its note, steps to the next finding and closes', async () => {
      const note = finding.getByRole('heading', { name: words.note, exact: true });
      await note.scrollIntoViewIfNeeded();
      await expect(note).toBeInViewport();
      await expect(finding.getByText(words.position(5, 23))).toBeVisible();
      await finding.getByRole('button', { name: words.next }).tap();
      await expect(page.getByRole('complementary').getByText(words.position(6, 23))).toBeVisible();
      await expect(page).not.toHaveURL(/finding=who-when-where/);
      await page.getByRole('complementary').getByRole('button', { name: words.close }).tap();
      await expect(page.getByRole('complementary')).toHaveCount(0);
      await expect(page).not.toHaveURL(/finding=/);
    });

    await test.step('the list of findings opens one too', async () => {
      const entry = page.getByRole('navigation', { name: words.findings }).getByRole('link').first();
      await entry.scrollIntoViewIfNeeded();
      await entry.tap();
      await expect(page.getByRole('complementary')).toBeInViewport({ ratio: 1 });
      await expect(entry).toHaveAttribute('aria-current', 'true');
    });
  });
}
