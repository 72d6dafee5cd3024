/**
 * The editing tools above the texts, as a reader first meets them in a copy of the shipped
 * comparison: Undo and Redo look unavailable until there is something to undo or redo (by more
 * than colour), and the toolbar stays where it is when the first edit is made, rather than
 * jumping under the pointer.
 */
import type { Locator } from '@playwright/test';
import { expect, expectAccessible, openApp, test } from './journey';

/** How a button shows whether it can be pressed: what a sighted reader sees of it. */
async function looks(button: Locator) {
  return button.evaluate((element) => {
    const style = getComputedStyle(element);
    return { borderStyle: style.borderTopStyle, cursor: style.cursor, opacity: style.opacity, color: style.color };
  });
}

test('the editing tools: Undo and Redo look unavailable when they are, and the toolbar does not move after the first edit', async ({ page }) => {
  await openApp(page, '/?lang=en');
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const tools = page.getByRole('group', { name: 'Editing tools' });
  const undo = tools.getByRole('button', { name: /^Undo/ });
  const redo = tools.getByRole('button', { name: /^Redo/ });
  const create = tools.getByRole('button', { name: 'Create claim from selection' });
  const toggle = page.getByRole('button', { name: 'Edit', exact: true });

  await test.step('before any edit, Undo and Redo look unlike a button that works', async () => {
    await expect(undo).toBeDisabled();
    const enabled = await looks(create);
    for (const button of [undo, redo]) {
      const disabled = await looks(button);
      expect(disabled.borderStyle).not.toBe(enabled.borderStyle);
      expect(disabled.cursor).toBe('not-allowed');
      expect(Number(disabled.opacity)).toBeLessThan(Number(enabled.opacity));
    }
    await expectAccessible(page, 'editing tools before the first edit');
  });

  await test.step('the first edit leaves the toolbar where it was, and Undo then looks like the other buttons', async () => {
    // Where it stands on the page, not in the window: pressing a row's control scrolls the window.
    const place = () => toggle.evaluate((element) => ({ x: element.getBoundingClientRect().left, y: element.getBoundingClientRect().top + window.scrollY }));
    const before = await place();
    await page.getByRole('button', { name: /^Join with next row/ }).first().click();
    await expect(undo).toBeEnabled();
    await expect(page.getByText(/^Done: join row 1 with row 2/)).toBeVisible();
    expect(await place()).toEqual(before);
    expect(await looks(undo)).toEqual(await looks(create));
  });
});
