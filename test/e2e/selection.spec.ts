/**
 * Making a claim of words that already stand in a claim, as a reader editing a comparison does:
 * with the mouse (a drag, a double-click), with the keyboard alone (Enter on a claim, then "Pick
 * words"), and on a touch screen. In the shipped comparison, as in an automatic one, most sentences
 * are claims already: the words picked here all stand inside the claim of finding "who-when-where".
 */
import type { Locator, Page } from '@playwright/test';
import { QUOTES, WORDS, expect, expectAccessible, openApp, test } from './journey';

/** Opens a copy of the shipped comparison, which a reader may edit, and switches editing on. */
async function editACopy(page: Page, press: (target: Locator) => Promise<void>): Promise<void> {
  await openApp(page, '/?lang=en');
  await press(page.getByRole('button', { name: 'Edit a copy' }));
  await expect(page).toHaveURL(/[?&]c=[\w-]+/);
  const edit = page.getByRole('button', { name: 'Edit', exact: true });
  await press(edit);
  await expect(edit).toHaveAttribute('aria-pressed', 'true');
}

/** Where `words` are drawn inside `element`: the box of their first and of their last character, in page coordinates. */
async function placeOfWords(element: Locator, words: string) {
  return element.evaluate((node, wanted) => {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text !== null; text = walker.nextNode()) {
      const at = (text as Text).data.indexOf(wanted);
      if (at === -1) continue;
      const box = (from: number) => {
        const range = document.createRange();
        range.setStart(text, from);
        range.setEnd(text, from + 1);
        const { left, right, top, bottom } = range.getBoundingClientRect();
        return { left, right, middle: (top + bottom) / 2 };
      };
      return { first: box(at), last: box(at + wanted.length - 1) };
    }
    throw new Error(`"${wanted}" is not drawn in one piece of text here`);
  }, words);
}

function selectedText(page: Page): Promise<string> {
  return page.evaluate(() => document.getSelection()?.toString() ?? '');
}

const finding = (page: Page) => page.getByRole('complementary', { name: /^Finding/ });
const claimOfWhoWhenWhere = (page: Page) => page.getByRole('region', { name: WORDS.en.texts }).getByRole('link', { name: QUOTES.frWhoWhenWhere, exact: true });

test('with the mouse, a drag and a double-click inside a claim select words, and the words become a claim', async ({ page }) => {
  await editACopy(page, (target) => target.click());
  const claim = claimOfWhoWhenWhere(page);
  await claim.scrollIntoViewIfNeeded();

  await test.step('a drag across two words of the claim selects them and opens nothing', async () => {
    const { first, last } = await placeOfWords(claim, 'ministère mercredi');
    // From the left half of the first letter to the right half of the last: the selection holds both words whole.
    await page.mouse.move(first.left + 1, first.middle);
    await page.mouse.down();
    await page.mouse.move(last.right - 1, last.middle, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => selectedText(page)).toBe('ministère mercredi');
    await expect(finding(page)).toHaveCount(0);
  });

  await test.step('the bar at the foot of the window shows them and makes them a claim of their own, and opens it', async () => {
    const bar = page.getByRole('button', { name: 'Make these words a claim' });
    await expect(bar).toBeInViewport();
    await expect(page.getByText('ministère mercredi', { exact: true })).toBeVisible();
    await bar.click();
    await expect(bar).toHaveCount(0);
    await expect(finding(page).getByRole('heading', { level: 2 })).toHaveText(/^Finding: Only in the French source/);
    await expect(finding(page).getByText('ministère mercredi', { exact: true })).toBeVisible();
  });

  // The claim now stands in three pieces: before the new claim, the new claim, and after it.
  const texts = page.getByRole('region', { name: WORDS.en.texts });
  await test.step('a double-click on a word of the claim selects the word, and leaves the open finding as it was', async () => {
    const { first } = await placeOfWords(texts.getByRole('link', { name: /au média d'information national thepaper\.cn$/ }), 'thepaper');
    await page.mouse.dblclick(first.left + 2, first.middle);
    await expect.poll(async () => (await selectedText(page)).trim()).toMatch(/^thepaper/);
    await expect(finding(page).getByText('ministère mercredi', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Create claim from selection' }).click();
    await expect(finding(page).getByText(/^thepaper/)).toBeVisible();
  });

  await test.step('the kind mark, not the words, opens a claim’s finding while editing', async () => {
    const start = texts.getByRole('link', { name: 'a déclaré le', exact: true });
    const { first } = await placeOfWords(start, 'déclaré');
    await page.mouse.click(first.left + 2, first.middle);
    await expect(finding(page).getByText(/^thepaper/)).toBeVisible();
    await start.getByTitle(/^Open this finding/).click();
    await expect(finding(page).getByRole('heading', { level: 2 })).toHaveText(/^Finding: Discrepancy/);
    await expectAccessible(page, 'editing, claims made from words inside a claim');
  });
});

test('with the keyboard alone, Enter opens a claim and "Pick words" makes a claim of some of its words', async ({ page }) => {
  await editACopy(page, async (target) => {
    await target.focus();
    await page.keyboard.press('Enter');
  });
  const claim = claimOfWhoWhenWhere(page);

  await test.step('Enter on a focused claim opens its finding', async () => {
    await claim.focus();
    await page.keyboard.press('Enter');
    await expect(finding(page).getByRole('heading', { level: 2 })).toHaveText(/^Finding: Discrepancy/);
  });

  const picker = page.getByRole('region', { name: 'Pick words for a new claim' });
  await test.step('"Pick words" starts on the open finding’s French quote, whole', async () => {
    await page.getByRole('button', { name: 'Pick words…' }).focus();
    await page.keyboard.press('Enter');
    await expect(picker).toBeVisible();
    await expect(picker.getByRole('radio', { name: 'French' })).toBeChecked();
    await expect(picker.getByText(QUOTES.frWhoWhenWhere, { exact: true })).toBeVisible();
    await expectAccessible(page, 'word picker open');
  });

  await test.step('arrow keys narrow it to some of the words, and the claim is made', async () => {
    // From the heading the picker took focus on: the language, the paragraph, then the first word.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(picker.getByRole('combobox', { name: 'First word' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await expect(picker.getByRole('combobox', { name: 'Last word' })).toBeFocused();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(picker.getByText('déclaré le ministère', { exact: true })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(picker.getByRole('button', { name: 'Create the claim' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(picker).toHaveCount(0);
    await expect(finding(page).getByRole('heading', { level: 2 })).toHaveText(/^Finding: Only in the French source/);
    await expect(finding(page).getByText('déclaré le ministère', { exact: true })).toBeVisible();
  });

  await test.step('Escape closes the picker and gives focus back to its button, the finding staying open', async () => {
    await page.getByRole('button', { name: 'Pick words…' }).focus();
    await page.keyboard.press('Enter');
    await expect(picker).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(picker).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Pick words…' })).toBeFocused();
    await expect(finding(page)).toBeVisible();
  });
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  test('a tap on a claim’s words opens nothing, its mark opens it, and words picked become a claim', async ({ page }) => {
    await editACopy(page, (target) => target.tap());
    const claim = claimOfWhoWhenWhere(page);
    await claim.scrollIntoViewIfNeeded();

    await test.step('a tap on the words leaves them to select; a tap on the mark opens the finding', async () => {
      const { first } = await placeOfWords(claim, 'ministère');
      await page.touchscreen.tap(first.left + 2, first.middle);
      await expect(finding(page)).toHaveCount(0);
      await claim.getByTitle(/^Open this finding/).tap();
      await expect(finding(page).getByRole('heading', { level: 2 })).toHaveText(/^Finding: Discrepancy/);
    });

    await test.step('words selected as a long press selects them survive the tap on the bar that makes them a claim', async () => {
      // A long press selects a word through the browser's own gestures, which the test cannot make: the Selection API stands in for it.
      await claim.evaluate((node) => {
        const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
        for (let text = walker.nextNode(); text !== null; text = walker.nextNode()) {
          const at = (text as Text).data.indexOf('média');
          if (at === -1) continue;
          const range = document.createRange();
          range.setStart(text, at);
          range.setEnd(text, at + 'média'.length);
          document.getSelection()?.removeAllRanges();
          document.getSelection()?.addRange(range);
          return;
        }
      });
      const bar = page.getByRole('button', { name: 'Make these words a claim' });
      await expect(bar).toBeInViewport();
      await bar.tap();
      await expect(finding(page).getByRole('heading', { level: 2 })).toHaveText(/^Finding: Only in the French source/);
      await expect(finding(page).getByText('média', { exact: true })).toBeVisible();
      await expect(bar).toHaveCount(0);
    });

    await test.step('"Pick words" works by taps too', async () => {
      await page.getByRole('button', { name: 'Pick words…' }).tap();
      const picker = page.getByRole('region', { name: 'Pick words for a new claim' });
      await expect(picker.getByText('média', { exact: true })).toBeVisible();
      await picker.getByRole('radio', { name: 'English' }).tap();
      await picker.getByRole('combobox', { name: 'Last word' }).selectOption({ index: 2 });
      await picker.getByRole('button', { name: 'Create the claim' }).tap();
      await expect(finding(page).getByRole('heading', { level: 2 })).toHaveText(/^Finding: Only in the English source/);
      await expectAccessible(page, 'touch screen, a claim picked by taps');
    });
  });
});
