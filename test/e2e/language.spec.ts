/**
 * Toggling language: one control switches the interface between French and English, everywhere at
 * once (labels, dates, the note, the page's language and title), keeps the reader's place, and is
 * remembered in the address and for the next visit. A French browser opens in French.
 */
import { QUOTES, WORDS, expect, expectAccessible, expectGoodConduct, openApp, test, watchContext, withParam } from './journey';

test('a reader switches the interface to French and back, keeping the finding open', async ({ page, browser, baseURL }) => {
  const html = page.locator('html');
  const appName = page.getByRole('heading', { level: 1 });
  const switcher = page.getByRole('group', { name: 'Langue / Language' });
  const french = switcher.getByRole('button', { name: 'Français' });
  const english = switcher.getByRole('button', { name: 'English' });
  const texts = (lang: 'en' | 'fr') => page.getByRole('region', { name: WORDS[lang].texts });
  const panel = (lang: 'en' | 'fr') => page.getByRole('complementary', { name: WORDS[lang].finding(WORDS[lang].discrepancy) });

  await test.step('an English browser opens in English, and the address says so', async () => {
    await openApp(page, '/?finding=january-which-year');
    await expect(html).toHaveAttribute('lang', 'en');
    await expect(appName).toHaveText(WORDS.en.appName);
    await expect(page).toHaveURL(withParam('lang', 'en'));
    await expect(english).toHaveAttribute('aria-pressed', 'true');
    await expect(panel('en').getByText(QUOTES.enJanuary, { exact: true })).toBeVisible();
  });

  await test.step('the switch turns every label, date and note to French, and keeps the finding', async () => {
    await french.click();
    await expect(html).toHaveAttribute('lang', 'fr');
    await expect(page).toHaveTitle(WORDS.fr.title);
    await expect(appName).toHaveText(WORDS.fr.appName);
    await expect(french).toHaveAttribute('aria-pressed', 'true');
    await expect(english).toHaveAttribute('aria-pressed', 'false');
    await expect(page).toHaveURL(withParam('lang', 'fr'));
    await expect(page).toHaveURL(withParam('finding', 'january-which-year'));
    await expect(texts('fr').getByText(WORDS.fr.frenchMeta[1])).toBeVisible();
    await expect(panel('fr').getByText(QUOTES.frJanuary, { exact: true })).toBeVisible();
    await expect(panel('fr').getByText(WORDS.fr.otherNote)).toBeVisible();
    await expect(page.getByRole('navigation', { name: WORDS.fr.findings })).toBeVisible();
    await expect(page.getByRole('button', { name: WORDS.fr.help })).toBeVisible();
  });

  await test.step('the choice holds through a reload and on the next visit without ?lang=', async () => {
    await page.reload();
    await expect(html).toHaveAttribute('lang', 'fr');
    await expect(panel('fr')).toBeVisible();
    await openApp(page, '/');
    await expect(html).toHaveAttribute('lang', 'fr');
    await expect(appName).toHaveText(WORDS.fr.appName);
    await expect(page).toHaveURL(withParam('lang', 'fr'));
  });

  await test.step('and back to English', async () => {
    await english.click();
    await expect(html).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle(WORDS.en.title);
    await expect(appName).toHaveText(WORDS.en.appName);
    await expect(english).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(withParam('lang', 'en'));
    await expect(texts('en').getByText(WORDS.en.frenchMeta[1])).toBeVisible();
  });

  await test.step('the texts show as written, in the reader’s language, or both', async () => {
    const modes = page.getByRole('group', { name: 'Show the texts' });
    const frenchHeadline = texts('en').getByRole('link', { name: QUOTES.frHeadline, exact: true });
    const translatedHeadline = texts('en').getByRole('link', { name: QUOTES.frHeadlineInEnglish, exact: true });
    await expect(modes.getByRole('radio', { name: 'Original' })).toBeChecked();
    await expect(translatedHeadline).toHaveCount(0);
    await modes.getByRole('radio', { name: 'In English' }).check();
    await expect(page).toHaveURL(withParam('mode', 'translation'));
    await expect(translatedHeadline).toBeVisible();
    await expect(frenchHeadline).toHaveCount(0);
    await modes.getByRole('radio', { name: 'Both' }).check();
    await expect(page).toHaveURL(withParam('mode', 'both'));
    await expect(translatedHeadline).toBeVisible();
    await expect(frenchHeadline).toBeVisible();
    await expectAccessible(page, 'both texts with their translations (en)');
    await modes.getByRole('radio', { name: 'Original' }).check();
    await expect(page).toHaveURL(withParam('mode', 'original'));
    await expect(translatedHeadline).toHaveCount(0);
    await expect(frenchHeadline).toBeVisible();
  });

  await test.step('a browser set to French opens in French', async () => {
    const context = await browser.newContext({ locale: 'fr-FR', baseURL });
    const misconduct = watchContext(context);
    const frenchPage = await context.newPage();
    await openApp(frenchPage, '/');
    await expect(frenchPage.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(frenchPage.getByRole('heading', { level: 1 })).toHaveText(WORDS.fr.appName);
    await expect(frenchPage).toHaveURL(withParam('lang', 'fr'));
    await context.close();
    expectGoodConduct(misconduct);
  });
});
