/**
 * The entry point: fetches the shipped comparison while the interface's words start, then draws
 * the reading view, or a clear message when the file cannot be had or is not valid. The comparison
 * travels as JSON data beside the script rather than inside it: the first view's JavaScript stays
 * small, and JSON parses faster than the same object written as code.
 *
 * The shipped file is validated when the app is built (vite.config.ts refuses to build a broken
 * one), so the first view trusts it and does not carry the validator; the full check, and its
 * located messages, load only if the file read here is not a comparison after all.
 */
import type { ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import shippedUrl from '../sources/miit-vpn/comparison.json?url';
import { loadComparisonParser } from './core/comparisonFile/index';
import { COMPARISON_FORMAT, type Comparison } from './core/model/index';
import { createI18n } from './i18n/i18n';
import { Root } from './ui/Root';
import { Workbench } from './ui/Workbench';
import './ui/styles/base.css';
import './ui/styles/layout.css';
import './ui/styles/reading.css';
import './ui/styles/findings.css';
import './ui/styles/exchange.css';
import './ui/styles/proposal.css';
import './ui/styles/translation.css';

const SHIPPED_FILE = 'sources/miit-vpn/comparison.json';

/** What to draw, and whether it is the view the build's snapshot of the first view shows (scripts/firstViewSnapshot.ts). */
interface LoadedView {
  readonly view: ReactNode;
  readonly asSnapshot: boolean;
}

async function loadView(): Promise<LoadedView> {
  let text: string;
  try {
    const response = await fetch(shippedUrl);
    if (!response.ok) throw new Error(`${SHIPPED_FILE}: the server answered ${response.status} ${response.statusText}`);
    text = await response.text();
    const comparison = JSON.parse(text) as Comparison;
    if (comparison.format === COMPARISON_FORMAT) return { view: <Workbench initial={comparison} />, asSnapshot: true };
  } catch (error) {
    return { view: await showLoadError(error), asSnapshot: false };
  }
  // Not what the build validated (a stale cache, a proxy's page): say precisely what is wrong.
  const parseComparison = await loadComparisonParser();
  try {
    return { view: <Workbench initial={parseComparison(text)} />, asSnapshot: false };
  } catch (error) {
    return { view: await showLoadError(error), asSnapshot: false };
  }
}

async function showLoadError(error: unknown): Promise<ReactNode> {
  console.error(error);
  const { LoadError } = await import('./ui/components/LoadError');
  return <LoadError error={error} file={SHIPPED_FILE} />;
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element; this is a bug');

// The page may show the build's snapshot of the first view (ui/firstView/), in the language #root
// names. Drawn by the same components for the same comparison and language, it is hydrated: React
// keeps its elements and brings them to life, with no second layout. Anything else replaces it.
const snapshotLang = container.dataset['firstView'];

void Promise.all([loadView(), createI18n()]).then(([{ view, asSnapshot }, i18n]) => {
  const app = <Root i18n={i18n}>{view}</Root>;
  if (asSnapshot && snapshotLang !== undefined && snapshotLang === i18n.resolvedLanguage) hydrateRoot(container, app);
  else createRoot(container).render(app);
});
