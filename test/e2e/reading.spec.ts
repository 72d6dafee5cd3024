/**
 * Side-by-side reading, as a reader takes it: open the app, weigh both sources, point at a claim
 * and see its counterpart, open a finding, step through findings by keyboard, filter to one kind,
 * and share a link to a finding that opens again after a reload, with Back and Forward working.
 */
import { LANGS, QUOTES, WORDS, expect, expectAccessible, openApp, saveScreenshot, test, withParam } from './journey';

const TOTAL = 23;
const DISCREPANCIES = 7;

for (const lang of LANGS) {
  test(`a reader compares the two accounts side by side (${lang})`, async ({ page }) => {
    const words = WORDS[lang];
    const texts = page.getByRole('region', { name: words.texts });
    const findings = page.getByRole('navigation', { name: words.findings });
    const panel = (kind: string) => page.getByRole('complementary', { name: words.finding(kind) });

    await test.step('opens on both texts, each under its source’s particulars', async () => {
      await openApp(page, `/?lang=${lang}`);
      await expect(page).toHaveTitle(words.title);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.appName);
      await expect(page.getByText(words.total(TOTAL))).toBeVisible();
      const meta = (heading: string) => texts.locator('header').filter({ has: page.getByRole('heading', { name: heading }) });
      await expect(meta(words.frenchSource).getByRole('definition')).toHaveText([...words.frenchMeta]);
      await expect(meta(words.englishSource).getByRole('definition')).toHaveText([...words.englishMeta]);
      await expect(texts.getByRole('heading', { name: QUOTES.frHeadline, exact: true })).toBeVisible();
      await expect(findings.getByRole('link')).toHaveCount(TOTAL);
      await saveScreenshot(page, `reading-view-${lang}.png`);
      await expectAccessible(page, `initial view (${lang})`);
    });

    const frenchHeadline = texts.getByRole('link', { name: QUOTES.frHeadline, exact: true });
    const englishSubheading = texts.getByRole('link', { name: QUOTES.enSubheading, exact: true });

    await test.step('pointing at a French claim lights its English counterpart', async () => {
      await expect(englishSubheading).toHaveCSS('box-shadow', 'none');
      await frenchHeadline.hover();
      await expect(englishSubheading).toHaveClass(/claim--lit/);
      await expect(englishSubheading).not.toHaveCSS('box-shadow', 'none');
      await page.mouse.move(0, 0);
      await expect(englishSubheading).not.toHaveClass(/claim--lit/);
      await expect(englishSubheading).toHaveCSS('box-shadow', 'none');
    });

    await test.step('choosing the claim opens its finding: both quotes, what differs, the note', async () => {
      await frenchHeadline.click();
      const finding = panel(words.discrepancy);
      await expect(finding).toBeVisible();
      await expect(page).toHaveURL(withParam('finding', 'headline-no-ban'));
      await expect(finding.getByText(words.position(1, TOTAL))).toBeVisible();
      await expect(finding.getByRole('listitem')).toHaveText([words.aspectAttribution]);
      await expect(finding.getByText(QUOTES.frHeadline, { exact: true })).toBeVisible();
      await expect(finding.getByText(QUOTES.enSubheading, { exact: true })).toBeVisible();
      await expect(finding.getByRole('heading', { name: words.note, exact: true })).toBeVisible();
      await expect(finding.getByText(words.otherNote)).toBeVisible();
      await expect(frenchHeadline).toHaveAttribute('aria-current', 'true');
      await expectAccessible(page, `finding open (${lang})`);
    });

    await test.step('j and k step through the findings in reading order', async () => {
      await page.keyboard.press('j');
      await expect(page.getByText(words.position(2, TOTAL))).toBeVisible();
      await expect(page).not.toHaveURL(/finding=headline-no-ban/);
      await page.keyboard.press('j');
      await expect(page.getByText(words.position(3, TOTAL))).toBeVisible();
      await page.keyboard.press('k');
      await page.keyboard.press('k');
      await expect(page.getByText(words.position(1, TOTAL))).toBeVisible();
      await expect(page).toHaveURL(withParam('finding', 'headline-no-ban'));
    });

    await test.step('the legend filters to one kind: discrepancies only', async () => {
      const legend = page.getByRole('group', { name: words.legend });
      for (const kind of words.kinds) {
        if (kind !== words.discrepancy) await legend.getByRole('button', { name: kind }).click();
      }
      await expect(legend.getByRole('button', { pressed: true })).toHaveCount(1);
      await expect(legend.getByRole('button', { name: words.discrepancy })).toHaveAttribute('aria-pressed', 'true');
      await expect(findings.getByRole('heading', { level: 3 })).toHaveText([`${words.discrepancy} ${DISCREPANCIES}`]);
      await expect(findings.getByRole('link')).toHaveCount(DISCREPANCIES);
      await expect(texts.getByRole('link', { name: QUOTES.frOnly })).toHaveCount(0);
      await expect(page.getByText(words.position(1, DISCREPANCIES))).toBeVisible();
      await expectAccessible(page, `filtered to discrepancies (${lang})`);
      // Stepping keeps to the kinds shown.
      await page.keyboard.press('j');
      await expect(page.getByText(words.position(2, DISCREPANCIES))).toBeVisible();
      await expect(panel(words.discrepancy)).toBeVisible();
      await page.getByRole('button', { name: words.showAll }).click();
      await expect(findings.getByRole('link')).toHaveCount(TOTAL);
      await expect(legend.getByRole('button', { pressed: true })).toHaveCount(4);
    });

    await test.step('? opens the keyboard help, Escape closes it', async () => {
      await page.keyboard.press('?');
      const help = page.getByRole('dialog', { name: words.help });
      await expect(help).toBeVisible();
      await expectAccessible(page, `help dialog open (${lang})`);
      await page.keyboard.press('Escape');
      await expect(help).toBeHidden();
    });

    await test.step('a link to a finding opens it, again after a reload; Back and Forward follow', async () => {
      await openApp(page, `/?lang=${lang}&finding=january-which-year`);
      const january = panel(words.discrepancy);
      await expect(january.getByText(QUOTES.frJanuary, { exact: true })).toBeVisible();
      await expect(january.getByText(QUOTES.enJanuary, { exact: true })).toBeVisible();
      await expect(january.getByRole('listitem')).toHaveText([words.aspectDate]);
      if (lang === 'en') await saveScreenshot(page, 'finding-open-en.png');
      await page.reload();
      await expect(january.getByText(QUOTES.frJanuary, { exact: true })).toBeVisible();
      await expect(page).toHaveURL(withParam('lang', lang));

      const firstEntry = findings.getByRole('link').first();
      await firstEntry.click();
      await expect(firstEntry).toHaveAttribute('aria-current', 'true');
      await expect(page).not.toHaveURL(/finding=january-which-year/);
      await page.goBack();
      await expect(page).toHaveURL(withParam('finding', 'january-which-year'));
      await expect(january.getByText(QUOTES.frJanuary, { exact: true })).toBeVisible();
      await page.goForward();
      await expect(firstEntry).toHaveAttribute('aria-current', 'true');
    });
  });
}
