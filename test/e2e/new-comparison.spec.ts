/**
 * The engine in its worker, in a real browser: a long pair shows its progress while the page stays
 * responsive, Cancel stops it and gives the form back as it was, and the same texts compared again
 * open in the reading view (in the French interface); and a comparison started ahead of Compare
 * never stands for texts the reader changed since (in the English one).
 */
import { syntheticPair } from '../../src/ui/worker/syntheticPair';
import { HEAD_START_DELAY_MS } from '../../src/ui/intake/useHeadStart';
import { expect, openApp, putText, test } from './journey';

test('a long comparison runs in its worker with progress, can be cancelled, and opens when run again', async ({ page }) => {
  await openApp(page, '/?lang=fr');
  await page.getByRole('button', { name: 'Nouvelle comparaison' }).click();
  const french = page.getByRole('textbox', { name: 'Texte français' });
  const english = page.getByRole('textbox', { name: 'Texte anglais' });
  const pair = syntheticPair(2000);
  await putText(french, pair.fr);
  await putText(english, pair.en);

  await test.step('shows its progress, and the page answers while the engine works', async () => {
    await page.getByRole('button', { name: 'Comparer', exact: true }).click();
    const progress = page.getByRole('progressbar', { name: 'Comparaison des textes' });
    await expect(progress).toBeVisible();
    // The page paints a frame while the progress is still shown: the engine is not on the page's
    // thread, or the frame would come only once it had finished. What a reader sees, not a
    // duration: on a busy machine a frame may come late, but it comes before the comparison ends.
    const paintedDuringWork = await page.evaluate(
      () => new Promise<boolean>((resolve) => requestAnimationFrame(() => resolve(document.querySelector('[role="progressbar"]') !== null))),
    );
    expect(paintedDuringWork).toBe(true);
    await expect(page.getByRole('button', { name: 'Annuler' })).toBeFocused();
  });

  await test.step('Cancel stops it and leaves the form as it was', async () => {
    await page.getByRole('button', { name: 'Annuler' }).click();
    await expect(page.getByRole('progressbar')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Comparer', exact: true })).toBeFocused();
    expect(await french.inputValue()).toBe(pair.fr);
    expect(await english.inputValue()).toBe(pair.en);
    await expect(page).not.toHaveURL(/[?&]c=/);
  });

  await test.step('compared again, it opens in the reading view', async () => {
    await page.getByRole('button', { name: 'Comparer', exact: true }).click();
    const texts = page.getByRole('region', { name: 'Les deux textes, alignés paragraphe par paragraphe' });
    await expect(texts).toBeVisible({ timeout: 30_000 });
    await expect(page).toHaveURL(/[?&]c=[\w-]+/);
    await expect(texts.getByText(pair.fr.split('\n\n')[1]?.slice(0, 50) ?? '').first()).toBeVisible();
  });
});

test('texts changed after their comparison started ahead of Compare are compared as they are at the click', async ({ page }) => {
  await openApp(page, '/?lang=en');
  await page.getByRole('button', { name: /^New comparison/ }).first().click();
  const pair = syntheticPair(40);
  await putText(page.getByRole('textbox', { name: 'French text', exact: true }), pair.fr);
  const english = page.getByRole('textbox', { name: 'English text', exact: true });
  await putText(english, pair.en);
  // The texts stay as they are for a while, as a reader's do before Compare: the form starts their
  // comparison meanwhile (useHeadStart.ts). What follows holds whether or not it has started.
  await page.waitForTimeout(3 * HEAD_START_DELAY_MS);
  const added = 'The harbour master added that the ferry to the islands would run again on Friday.';
  await putText(english, `${pair.en}\n\n${added}`);
  await page.getByRole('button', { name: 'Compare', exact: true }).click();

  const texts = page.getByRole('region', { name: 'The two texts, aligned paragraph by paragraph' });
  await expect(texts.getByText(added)).toBeVisible({ timeout: 30_000 });
  await expect(texts.getByText(pair.fr.split('\n\n')[1]?.slice(0, 50) ?? '').first()).toBeVisible();
});
