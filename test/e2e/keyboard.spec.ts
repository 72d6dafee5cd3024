/**
 * Keyboard only: Tab reaches every control, claim, mark and finding entry once, in reading order,
 * and each shows where focus is; j/k reach every finding; Enter opens a claim, Escape closes and
 * gives focus back; the help and the language switch work without a mouse.
 */
import type { Locator, Page } from '@playwright/test';
import { QUOTES, WORDS, expect, openApp, test, withParam } from './journey';

const TOTAL = 23;

// The walk reads each focused element's place right after Tab; smooth scrolling (focusing a claim
// brings its counterpart into view) would have it read mid-flight. Readers may ask for no motion too.
test.use({ reducedMotion: 'reduce' });

/** What the walk learns of the element that has focus after one Tab. */
interface Stop {
  /** Its place among the page's focusable elements in document order; -1 when focus left them. */
  readonly index: number;
  readonly label: string;
  /** Whether a focus indicator is drawn: an outline or a box shadow. */
  readonly indicated: boolean;
  /** What covers it at every point tried, when it is on screen and covered; else null. */
  readonly coveredBy: string | null;
}

/** Lists the page's focusable elements in document order; the walk then tells where focus stands among them. */
async function listFocusables(page: Page): Promise<number> {
  return page.evaluate(() => {
    const candidates = document.querySelectorAll<HTMLElement>('a[href], button, summary, input, select, textarea, [tabindex]');
    // A group of radio buttons is one Tab stop, its checked button; arrow keys move within it.
    const isOtherRadio = (element: HTMLElement) =>
      element instanceof HTMLInputElement && element.type === 'radio' && !element.checked && document.querySelector(`input[type=radio][name="${CSS.escape(element.name)}"]:checked`) !== null;
    const focusables = [...candidates].filter(
      (element) => element.tabIndex >= 0 && !element.matches(':disabled') && element.checkVisibility({ visibilityProperty: true }) && !isOtherRadio(element),
    );
    (window as unknown as { focusables: HTMLElement[] }).focusables = focusables;
    return focusables.length;
  });
}

async function tabOnce(page: Page): Promise<Stop> {
  await page.keyboard.press('Tab');
  return page.evaluate(() => {
    const focused = document.activeElement;
    const focusables = (window as unknown as { focusables: HTMLElement[] }).focusables;
    if (!(focused instanceof HTMLElement)) return { index: -1, label: String(focused), indicated: false, coveredBy: null };
    // A control hidden inside its label (a file input drawn as a button) shows its focus on the label.
    const hiddenBox = focused.getBoundingClientRect();
    const label = focused instanceof HTMLInputElement && hiddenBox.width <= 1 && hiddenBox.height <= 1 ? focused.labels?.[0] : undefined;
    const shown = label ?? focused;
    const style = getComputedStyle(shown);
    const indicated = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    // Try the centre and four inner corners of its first line box; one of them must reach it.
    const box = shown.getClientRects()[0] ?? shown.getBoundingClientRect();
    const points = [
      [box.left + box.width / 2, box.top + box.height / 2],
      [box.left + 2, box.top + 2],
      [box.right - 2, box.top + 2],
      [box.left + 2, box.bottom - 2],
      [box.right - 2, box.bottom - 2],
    ] as const;
    const onScreen = points.filter(([x, y]) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight);
    const hits = onScreen.map(([x, y]) => document.elementFromPoint(x, y));
    const covered = hits.length > 0 && hits.every((hit) => !shown.contains(hit));
    const describe = (element: Element | null) => (element ? `<${element.tagName.toLowerCase()} class="${element.className}">` : 'nothing');
    const name = (focused.getAttribute('aria-label') ?? shown.textContent ?? '').trim().slice(0, 60);
    return {
      index: focusables.indexOf(focused),
      label: `<${focused.tagName.toLowerCase()}> ${name}`,
      indicated,
      coveredBy: covered ? `${hits.map(describe).join(', ')} at top ${Math.round(box.top)}` : null,
    };
  });
}

/** Tabs from the top of the page until focus leaves the page's elements or comes back to the first. */
async function walkTabOrder(page: Page): Promise<{ count: number; stops: Stop[] }> {
  const count = await listFocusables(page);
  const stops: Stop[] = [];
  for (let step = 0; step <= count; step++) {
    const stop = await tabOnce(page);
    if (stop.index === -1 || (stop.index === 0 && stops.length > 0)) break;
    stops.push(stop);
  }
  return { count, stops };
}

/** Presses Tab until `target` has focus, at most `presses` times; the walk above proved it is on the way. */
async function tabTo(page: Page, target: Locator, presses = 15): Promise<void> {
  for (let press = 0; press < presses && !(await target.evaluate((element) => element === document.activeElement)); press++) {
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

function expectEveryStopReachedInOrder({ count, stops }: { count: number; stops: Stop[] }) {
  expect(count).toBeGreaterThan(50);
  expect(stops.map((stop) => stop.index), 'Tab reaches every focusable element once, in document order').toEqual([...Array(count).keys()]);
  expect(stops.filter((stop) => !stop.indicated).map((stop) => stop.label), 'focused without a visible outline or ring').toEqual([]);
  expect(
    stops.filter((stop) => stop.coveredBy !== null).map((stop) => `${stop.label} under ${stop.coveredBy}`),
    'focused but hidden under something else',
  ).toEqual([]);
}

test('Tab reaches every control, claim, mark and finding entry, and always shows where focus is', async ({ page }) => {
  const words = WORDS.en;
  const texts = page.getByRole('region', { name: words.texts });

  await test.step('Tab walks every control, claim, mark and entry in order, each with a visible focus', async () => {
    await openApp(page, '/?lang=en');
    await expect(texts.getByRole('heading', { name: QUOTES.frHeadline, exact: true })).toBeVisible();
    const walk = await walkTabOrder(page);
    expectEveryStopReachedInOrder(walk);
    expect(walk.stops[0]?.label).toContain(words.skip);
  });

  await test.step('with a finding open, its own controls join the order', async () => {
    // "lost-negation" shares its French quote with another finding, so its panel links to it.
    await openApp(page, '/?lang=en&finding=lost-negation');
    await expect(page.getByRole('complementary', { name: words.finding(words.discrepancy) })).toBeVisible();
    const walk = await walkTabOrder(page);
    expectEveryStopReachedInOrder(walk);
    const labels = walk.stops.map((stop) => stop.label);
    for (const control of [words.previous, words.next, words.close, words.otherNote]) {
      expect(labels.some((label) => label.includes(control)), `${control} is in the Tab order`).toBe(true);
    }
  });

});

test('a keyboard-only reader opens, steps through and closes findings, and switches language', async ({ page }) => {
  const words = WORDS.en;
  const texts = page.getByRole('region', { name: words.texts });

  await test.step('the skip link leads to the texts; Enter on a claim opens it; Escape gives focus back', async () => {
    await openApp(page, '/?lang=en');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: words.skip });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(texts).toBeFocused();
    const claim = texts.getByRole('link', { name: QUOTES.frHeadline, exact: true });
    // Past the texts' own controls (the sources' disclosures), the first claim of the French text.
    await tabTo(page, claim);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: words.finding(words.discrepancy) })).toBeFocused();
    await expect(page).toHaveURL(withParam('finding', 'headline-no-ban'));
    await page.keyboard.press('Escape');
    await expect(page.getByRole('complementary')).toHaveCount(0);
    await expect(claim).toBeFocused();
  });

  await test.step('? opens the help with focus inside; closing it gives focus back', async () => {
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: words.help });
    await expect(help.getByRole('button')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(help).toBeHidden();
    await expect(texts.getByRole('link', { name: QUOTES.frHeadline, exact: true })).toBeFocused();
  });

  await test.step('j reaches every finding, one after another, and k goes back', async () => {
    await openApp(page, '/?lang=en');
    const seen: string[] = [];
    for (let index = 1; index <= TOTAL; index++) {
      await page.keyboard.press('j');
      await expect(page.getByText(words.position(index, TOTAL))).toBeVisible();
      seen.push(new URL(page.url()).searchParams.get('finding') ?? '');
    }
    expect(new Set(seen).size, 'every finding, each once').toBe(TOTAL);
    await page.keyboard.press('k');
    await expect(page.getByText(words.position(TOTAL - 1, TOTAL))).toBeVisible();
  });

  await test.step('the language switch works from the keyboard and keeps focus', async () => {
    await openApp(page, '/?lang=en');
    const french = page.getByRole('button', { name: 'Français', exact: true });
    await tabTo(page, french);
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(french).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'English', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});
