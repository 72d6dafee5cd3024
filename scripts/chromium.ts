/**
 * The one browser every browser-driving tool of the project uses: Debian's Chromium (never a
 * browser downloaded by Playwright), found at CHROME_PATH or /usr/bin/chromium, started with the
 * same flags by the browser tests (playwright.config.ts), the first-view measurement and Lighthouse
 * (scripts/measure-first-view.ts, scripts/check-budgets.ts).
 */
import { accessSync, constants } from 'node:fs';

/** Where Chromium is looked for: CHROME_PATH (Lighthouse reads the same variable), else Debian's. */
export const CHROMIUM_PATH = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';

/**
 * Flags for a quiet, reproducible browser: no sandbox (CI runs as root), no GPU, and nothing that
 * talks to Google's servers, so that every request a test sees comes from the page itself.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The line that installs the browser on the CI image, for messages that say it is missing. */
export const CHROMIUM_INSTALL = 'apt-get install -y chromium';

/** Whether an executable Chromium is at CHROMIUM_PATH. */
export function hasChromium(): boolean {
  try {
    accessSync(CHROMIUM_PATH, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
