/**
 * What every browser journey shares: a `test` that watches each page for console errors and for
 * requests that leave 127.0.0.1 (both fail the journey at its end), the accessibility check run on
 * each state a journey reaches, and the screenshots kept in public/screenshots/ for the README
 * (written only by `npm run screenshots`, so that running the tests never changes a tracked file).
 */
import { AxeBuilder } from '@axe-core/playwright';
import { test as base, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';

/** The WCAG 2.1 A and AA rules, as axe-core tags them. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const SCREENSHOTS = 'public/screenshots';

// Set by `npm run screenshots` (package.json): only then are the README's pictures rewritten.
const savingScreenshots = process.env['SAVE_SCREENSHOTS'] === '1';

/** What a context did that no journey may do, gathered while it runs. */
export interface Misconduct {
  readonly consoleErrors: string[];
  readonly externalRequests: string[];
}

/** Watches a browser context: console errors, uncaught exceptions, and any request to another host. */
export function watchContext(context: BrowserContext): Misconduct {
  const misconduct: Misconduct = { consoleErrors: [], externalRequests: [] };
  context.on('console', (message) => {
    if (message.type() === 'error') misconduct.consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  context.on('weberror', (error) => misconduct.consoleErrors.push(`uncaught: ${error.error().message}`));
  context.on('request', (request) => {
    const url = new URL(request.url());
    // data:, blob:, about: and file: URLs never leave the machine; every other one must stay on 127.0.0.1.
    if (['data:', 'blob:', 'about:', 'file:'].includes(url.protocol)) return;
    if (url.hostname !== '127.0.0.1') misconduct.externalRequests.push(request.url());
  });
  return misconduct;
}

/** Fails when a watched context logged an error or reached beyond 127.0.0.1. */
export function expectGoodConduct(misconduct: Misconduct): void {
  expect(misconduct.consoleErrors, 'console errors').toEqual([]);
  expect(misconduct.externalRequests, 'requests that left 127.0.0.1').toEqual([]);
}

/** The journeys' `test`: every page of the test's own context is watched, automatically. */
export const test = base.extend<{ conduct: undefined }>({
  conduct: [
    async ({ context }, use) => {
      const misconduct = watchContext(context);
      await use(undefined);
      expectGoodConduct(misconduct);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Runs axe-core's WCAG 2.1 A and AA rules on the page as it stands and fails on any violation,
 * listing each rule with the elements that break it. The state's name goes into the report.
 */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  await test.step(`axe: ${state}`, async () => {
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    const violations = results.violations.map(
      (violation) => `${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help}\n    ${violation.nodes.map((node) => node.target.join(' ')).join('\n    ')}`,
    );
    expect(violations, `axe-core violations, ${state}`).toEqual([]);
    // What axe could not decide (often colour contrast over a gradient) is left to a person; say what it was.
    const undecided = results.incomplete.map((rule) => `${rule.id} (${rule.nodes.length})`).join(', ') || 'none';
    test.info().annotations.push({ type: 'axe', description: `${state}: ${results.passes.length} rules passed, 0 violations; undecided: ${undecided}` });
  });
}

/**
 * Takes what the reader sees, with the pointer out of the way: saved as public/screenshots/NAME
 * under `npm run screenshots`, otherwise only attached to the test's report.
 */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.mouse.move(0, 0);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const options = { animations: 'disabled', caret: 'hide' } as const;
  if (savingScreenshots) {
    await page.screenshot({ ...options, path: `${SCREENSHOTS}/${name}` });
    return;
  }
  await test.info().attach(name, { body: await page.screenshot(options), contentType: 'image/png' });
}

/**
 * Opens the app at `path` and waits until the reader can use it: the page's load event comes
 * before the app has fetched the comparison and drawn it, and keys pressed before then go nowhere.
 */
export async function openApp(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('region', { name: new RegExp(`^(${WORDS.en.texts}|${WORDS.fr.texts})$`) })).toBeVisible();
}

/**
 * Puts text into a text box as a plain-text paste does, in one step: the value, then an input event.
 * Playwright's `fill` types half a megabyte in tens of seconds, and dozens of payloads key by key in minutes.
 */
export async function putText(box: Locator, text: string): Promise<void> {
  await box.evaluate((element, value) => {
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
    setter?.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

/** Matches an address whose query sets `name` to `value`, whatever else it holds. */
export function withParam(name: string, value: string): RegExp {
  return new RegExp(`[?&]${name}=${value}(&|#|$)`);
}

/** The interface's languages, each journey run in both where its words matter. */
export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * The words a reader sees, in each interface language, for the journeys to find things by. Kept
 * here, not read from the locale files, so that a changed label is a change a test notices.
 */
export const WORDS = {
  en: {
    appName: 'Source comparison workbench',
    title: 'Source comparison workbench: a French and an English account, side by side',
    texts: 'The two texts, aligned paragraph by paragraph',
    frenchSource: 'FR French source',
    englishSource: 'EN English source',
    frenchMeta: ['le Quotidien du Peuple en ligne', '14 July 2017 · 11:03', '14 July 2017, 11:05', 'No byline', 'Guangqi CUI and Wei SHAN', 'News article', 'French'],
    englishMeta: ['Not given', '5 May 2020', 'Not given', 'No byline', 'Not given', 'Blog post reporting a press conference', 'English'],
    finding: (kind: string) => `Finding: ${kind}`,
    discrepancy: 'Discrepancy',
    kinds: ['Match', 'Discrepancy', 'Only in the French source', 'Only in the English source'],
    position: (index: number, total: number) => `${index} of ${total} shown`,
    total: (count: number) => `${count} findings across the two accounts`,
    aspectDate: 'Date',
    aspectAttribution: 'Attribution',
    note: 'Note',
    otherNote: 'Note in French',
    next: 'Next finding',
    previous: 'Previous finding',
    close: 'Close the finding',
    findings: 'All findings',
    legend: 'Show or hide findings by kind',
    showAll: 'Show all kinds',
    help: 'Keyboard shortcuts',
    skip: 'Skip to the texts',
    switchTo: 'Français',
  },
  fr: {
    appName: 'Atelier de comparaison de sources',
    title: 'Atelier de comparaison de sources : un récit français et un récit anglais, côte à côte',
    texts: 'Les deux textes, alignés paragraphe par paragraphe',
    frenchSource: 'FR Source française',
    englishSource: 'EN Source anglaise',
    frenchMeta: ['le Quotidien du Peuple en ligne', '14 juillet 2017 · 11:03', '14 juillet 2017 à 11:05', 'Non signé', 'Guangqi CUI et Wei SHAN', 'Article de presse', 'Français'],
    englishMeta: ['Non indiqué', '5 mai 2020', 'Non indiqué', 'Non signé', 'Non indiqué', "Billet de blog rendant compte d'une conférence de presse", 'Anglais'],
    finding: (kind: string) => `Constat : ${kind}`,
    discrepancy: 'Divergence',
    kinds: ['Concordance', 'Divergence', 'Seulement dans la source française', 'Seulement dans la source anglaise'],
    position: (index: number, total: number) => `${index} sur ${total} affichés`,
    total: (count: number) => `${count} constats entre les deux récits`,
    aspectDate: 'Date',
    aspectAttribution: 'Attribution',
    note: 'Note',
    otherNote: 'Note en anglais',
    next: 'Constat suivant',
    previous: 'Constat précédent',
    close: 'Fermer le constat',
    findings: 'Tous les constats',
    legend: 'Afficher ou masquer les constats par type',
    showAll: 'Afficher tous les types',
    help: 'Raccourcis clavier',
    skip: 'Aller aux textes',
    switchTo: 'English',
  },
} as const satisfies Record<Lang, unknown>;

/** Quotes of the shipped comparison, as both texts give them (they are the same in both interfaces). */
export const QUOTES = {
  /** The French headline: a discrepancy with the English subheading (finding "headline-no-ban"). */
  frHeadline: 'Chine : aucune interdiction pour les services VPN destinés aux particuliers',
  enSubheading: 'Officials deny the requirement to ban personal VPN services',
  /** The French headline in the project's English translation (sources/miit-vpn/fr.en.md). */
  frHeadlineInEnglish: 'China: no ban on VPN services for individuals',
  /** The two datings of the January rule (finding "january-which-year"). */
  frJanuary: 'la réglementation sur les VPN publiée en janvier',
  enJanuary: 'in January this year',
  /** Who said it, when and where: a discrepancy of actor, venue and date (finding "who-when-where"). */
  frWhoWhenWhere: "a déclaré le ministère mercredi au média d'information national thepaper.cn",
  /** A claim only the French source makes (finding "cyber-regulator"). */
  frOnly: 'le cyber-régulateur chinois',
} as const;
