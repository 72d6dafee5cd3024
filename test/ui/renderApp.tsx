/**
 * Renders the reading view as the browser would: the shipped comparison read through the core,
 * a real i18next instance made from the real locale files, and an address to start from.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import shipped from '../../sources/miit-vpn/comparison.json';
import { parseComparison } from '../../src/core/comparisonFile/index';
import type { Comparison } from '../../src/core/model/index';
import { createI18n } from '../../src/i18n/i18n';
import { App } from '../../src/ui/App';
import { Workbench } from '../../src/ui/Workbench';

/** The shipped comparison, validated as the app validates it. */
export function shippedComparison(): Comparison {
  return parseComparison(shipped);
}

/** Renders the app at `url` (a path with its query), by default on the shipped comparison. */
export async function renderApp(url = '/', comparison: Comparison = shippedComparison()) {
  window.history.replaceState(null, '', url);
  const i18n = await createI18n();
  const user = userEvent.setup();
  const view = render(
    <I18nextProvider i18n={i18n}>
      <App comparison={comparison} />
    </I18nextProvider>,
  );
  return { ...view, user, i18n, comparison };
}

/** Renders the app as main.tsx does: the Workbench on the shipped comparison, at `url`, with a real i18next. */
export async function renderWorkbench(url = '/') {
  window.history.replaceState(null, '', url);
  const i18n = await createI18n();
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={i18n}>
      <Workbench initial={shippedComparison()} />
    </I18nextProvider>,
  );
  return { user, i18n };
}

/** The section that holds both texts. */
export function textsRegion(): HTMLElement {
  return screen.getByRole('region', { name: /two texts, aligned|deux textes, alignés/i });
}

/** The list of all findings. */
export function findingList(): HTMLElement {
  return screen.getByRole('navigation', { name: /all findings|tous les constats/i });
}

/** The open finding's panel, or null when none is open. */
export function openFinding(): HTMLElement | null {
  return screen.queryByRole('complementary', { name: /^(finding|constat)/i });
}
