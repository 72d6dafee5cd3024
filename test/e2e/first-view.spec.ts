/**
 * The page shows the build's snapshot of the first view before the app's script has run
 * (scripts/firstViewSnapshot.ts): the two texts are on screen, in the reader's language, and inert;
 * once the script runs, the app hydrates them and answers the reader. The app's script is
 * held back here until the snapshot has been seen, so the order is the one a slow network gives.
 */
import { test, expect, WORDS } from './journey';

const FRENCH_BODY = "Le Ministère de l'industrie et des technologies de l'information";

test('the two texts show before the app has run, inert, and the app brings them to life', async ({ page }) => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  // Neither the load event nor DOMContentLoaded comes while the app's module script is held.
  await page.goto('/?lang=fr', { waitUntil: 'commit' });
  const snapshot = page.locator('#root[data-first-view="fr"]');

  await test.step('the snapshot, in French, before any of the app has run', async () => {
    await expect(page.getByText(FRENCH_BODY).first()).toBeVisible();
    await expect(snapshot).toHaveAttribute('inert', '');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    // Out of the accessibility tree: nothing in it can be reached or pressed yet.
    await expect(page.getByRole('region', { name: WORDS.fr.texts })).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: WORDS.fr.findings })).toHaveCount(0);
  });

  await test.step('the same texts, hydrated, answering the reader', async () => {
    release();
    await expect(snapshot).toHaveCount(0);
    await expect(page.getByRole('region', { name: WORDS.fr.texts })).toBeVisible();
    await page.getByRole('navigation', { name: WORDS.fr.findings }).getByRole('link').first().click();
    await expect(page.getByRole('complementary', { name: /^Constat : / })).toBeVisible();
  });
});

test('an address naming a finding waits for the app rather than show the snapshot', async ({ page }) => {
  await page.goto('/?lang=en&finding=core-denial');
  await expect(page.getByRole('complementary', { name: WORDS.en.finding('Match') })).toBeVisible();
  await expect(page.locator('[data-first-view]')).toHaveCount(0);
});
