/**
 * Reading the texts in the reader's language: the reading-mode control shows each text as written,
 * in the interface language, or both, the original first; the translation loads on demand, claims
 * keep lighting their counterparts, and a finding sets both quotes side by side word by word.
 * Every state is checked against WCAG 2.1 A and AA.
 */
import { QUOTES, WORDS, expect, expectAccessible, openApp, test, withParam } from './journey';

test('a reader reads the French article in English, then both texts in French', async ({ page }) => {
  const texts = (lang: 'en' | 'fr') => page.getByRole('region', { name: WORDS[lang].texts });
  const modes = (name: string) => page.getByRole('group', { name });

  await test.step('both texts: the French original, its English translation beneath', async () => {
    await openApp(page, '/?lang=en');
    await modes('Show the texts').getByRole('radio', { name: 'Both' }).click();
    const translated = texts('en').getByRole('link', { name: QUOTES.frHeadlineInEnglish });
    await expect(translated).toBeVisible();
    await expect(texts('en').getByRole('heading', { name: QUOTES.frHeadline })).toBeVisible();
    await expect(texts('en').getByText('English translation: The Source comparison workbench project')).toBeVisible();
    await expect(page).toHaveURL(withParam('mode', 'both'));
    await expectAccessible(page, 'both texts, in English');
  });

  await test.step('the French article in English: its claims light their English counterparts', async () => {
    await modes('Show the texts').getByRole('radio', { name: 'In English' }).click();
    const translated = texts('en').getByRole('heading', { name: QUOTES.frHeadlineInEnglish });
    await expect(translated).toBeVisible();
    await expect(translated).toHaveAttribute('lang', 'en');
    await expect(texts('en').getByRole('heading', { name: QUOTES.frHeadline })).toHaveCount(0);
    await texts('en').getByRole('link', { name: QUOTES.frHeadlineInEnglish }).hover();
    await expect(texts('en').getByRole('link', { name: QUOTES.enSubheading })).toHaveClass(/claim--lit/);
    await expectAccessible(page, 'the texts in English');
  });

  await test.step('a finding sets both quotes side by side, word by word, in English', async () => {
    await texts('en').getByRole('link', { name: QUOTES.frHeadlineInEnglish }).click();
    const wording = page.getByRole('region', { name: 'Word by word, in English' });
    await expect(wording).toBeVisible();
    await expect(wording.getByRole('insertion').first()).toBeVisible();
    await expectAccessible(page, 'a finding with its word-by-word comparison');
  });

  await test.step('in French, the English text is the one translated, and the mode is kept', async () => {
    await page.getByRole('group', { name: 'Langue / Language' }).getByRole('button', { name: 'Français' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(modes('Afficher les textes').getByRole('radio', { name: 'En français' })).toBeChecked();
    await expect(texts('fr').getByRole('heading', { name: QUOTES.frHeadline })).toBeVisible();
    await expect(texts('fr').getByRole('heading', { name: "L'exploitation légale des VPN n'est pas affectée" })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Mot à mot, en français' })).toBeVisible();
    await expectAccessible(page, 'the texts in French');
  });
});
