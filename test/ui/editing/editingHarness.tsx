/**
 * Renders the app as the workbench will for a comparison being edited: a component that holds the
 * edits with `useEditHistory` and gives them to `<App>`, with a real i18next instance. Also a small
 * comparison made by the engine from two short texts written for these tests, so that it has
 * automatic findings of every kind, rows of several paragraphs, and one-sided claims on both sides.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { expect } from 'vitest';
import { compareTexts } from '../../../src/core/engine/index';
import type { Comparison, Finding } from '../../../src/core/model/index';
import { createI18n } from '../../../src/i18n/i18n';
import { App } from '../../../src/ui/App';
import { useEditHistory } from '../../../src/ui/editing/useEditHistory';
import { openFinding, textsRegion } from '../renderApp';

export const COUNCIL_FR = `# Le conseil municipal vote le budget

Le conseil municipal de Lyon a voté mardi un budget de 12 millions d'euros pour les écoles.

Le maire a déclaré que les travaux commenceront en septembre. Ils dureront deux ans.

La piscine municipale restera fermée pendant tout l'été.

La prochaine séance aura lieu le 3 octobre.`;

export const COUNCIL_EN = `# City council passes the budget

Dozens of parents gathered outside the town hall before the vote.

The Lyon city council voted on Tuesday a budget of 15 million euros for schools.

The mayor said the works will begin in September.

They will last two years.

The next session will be held on 3 October.`;

/**
 * The engine's comparison of the two texts above. The tests lean on what it finds, checked here
 * so that a change in the engine fails with a clear message rather than a missing button: six rows
 * (the second English only, the fourth one French paragraph to two English ones, the fifth French
 * only), a discrepancy on the budget, a claim only in each text, and matches.
 */
export function councilComparison(): Comparison {
  const comparison = compareTexts(COUNCIL_FR, COUNCIL_EN, { name: 'council' });
  expect(comparison.alignment.map((bead) => [bead.fr.length, bead.en.length])).toEqual([
    [1, 1],
    [0, 1],
    [1, 1],
    [1, 2],
    [1, 0],
    [1, 1],
  ]);
  expect(summarise(comparison, BUDGET_FR)).toEqual({ kind: 'discrepancy', aspects: ['number'], status: 'automatic' });
  expect(summarise(comparison, POOL_FR)).toMatchObject({ kind: 'only-fr', status: 'automatic' });
  expect(summarise(comparison, PARENTS_EN)).toMatchObject({ kind: 'only-en', status: 'automatic' });
  expect(summarise(comparison, SESSION_FR)).toMatchObject({ kind: 'match', status: 'automatic' });
  return comparison;
}

export const BUDGET_FR = "Le conseil municipal de Lyon a voté mardi un budget de 12 millions d'euros pour les écoles.";
export const BUDGET_EN = 'The Lyon city council voted on Tuesday a budget of 15 million euros for schools.';
export const POOL_FR = "La piscine municipale restera fermée pendant tout l'été.";
export const PARENTS_EN = 'Dozens of parents gathered outside the town hall before the vote.';
export const MAYOR_FR = 'Le maire a déclaré que les travaux commenceront en septembre.';
export const SESSION_FR = 'La prochaine séance aura lieu le 3 octobre.';
export const SESSION_EN = 'The next session will be held on 3 October.';

/** The finding that quotes `quote` (in either text). */
export function findingQuoting(comparison: Comparison, quote: string): Finding {
  const found = comparison.relations.find((finding) => [...finding.fr, ...finding.en].some((span) => span.quote === quote));
  if (!found) throw new Error(`no finding quotes "${quote}"`);
  return found;
}

function summarise(comparison: Comparison, quote: string) {
  const { kind, aspects, status } = findingQuoting(comparison, quote);
  return { kind, aspects, status };
}

function Workbench({ initial, onChange }: { initial: Comparison; onChange: (comparison: Comparison) => void }) {
  const editing = useEditHistory(initial, onChange);
  return <App comparison={initial} editing={editing} />;
}

/**
 * Renders the app editing `comparison` (by default the council's) at `url`, once the editing tools
 * have loaded; `changes` collects every comparison `onChange` hears, in order.
 */
export async function renderEditing(comparison: Comparison = councilComparison(), url = '/') {
  window.history.replaceState(null, '', url);
  const i18n = await createI18n();
  const user = userEvent.setup();
  const changes: Comparison[] = [];
  const view = render(
    <I18nextProvider i18n={i18n}>
      <Workbench initial={comparison} onChange={(next) => changes.push(next)} />
    </I18nextProvider>,
  );
  // The editing code loads after the first view; the first load in a test file transforms it, which takes a while.
  await screen.findByRole('button', { name: /^(Edit|Modifier)$/ }, { timeout: 15_000 });
  return { ...view, user, i18n, changes, comparison };
}

/** Renders the app editing `comparison` and switches editing on. */
export async function startEditing(comparison?: Comparison, url?: string) {
  const rendered = await renderEditing(comparison, url);
  await rendered.user.click(screen.getByRole('button', { name: 'Edit' }));
  return rendered;
}

/** The editing tools' group: Undo, Redo, Create claim from selection. */
export function tools(): HTMLElement {
  return screen.getByRole('group', { name: 'Editing tools' });
}

export function undoButton(): HTMLElement {
  return within(tools()).getByRole('button', { name: /^Undo/ });
}

export function redoButton(): HTMLElement {
  return within(tools()).getByRole('button', { name: /^Redo/ });
}

/** The line that says what the last step did. */
export function stepLine(): HTMLElement {
  return screen.getByText(/^(Done|Undone|Redone): /);
}

/** The open finding's panel; fails when none is open. */
export function panel(): HTMLElement {
  const found = openFinding();
  if (!found) throw new Error('no finding is open');
  return found;
}

/** The claim in the texts whose words are `name`. */
export function claim(name: string | RegExp, description?: RegExp): HTMLElement {
  return within(textsRegion()).getByRole('link', description ? { name, description } : { name });
}

/**
 * Opens the finding of the claim whose words are `name` as a reader does while editing, when a
 * click on a claim's words is for selecting them: focus on the claim, then Enter.
 */
export async function openClaim(user: ReturnType<typeof userEvent.setup>, name: string | RegExp): Promise<void> {
  claim(name).focus();
  await user.keyboard('{Enter}');
}

/** The text node under `element` that holds `words`, and where they start in it. */
export function textHolding(element: Node, words: string): { node: Text; at: number } {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(words);
    if (at !== -1) return { node: node as Text, at };
  }
  throw new Error(`no text node holds "${words}"`);
}

/** Selects from one boundary point to another with the DOM Selection API, as a reader's drag does. */
export function select(from: { node: Node; offset: number }, to: { node: Node; offset: number }): void {
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  const selection = document.getSelection();
  if (!selection) throw new Error('jsdom has no selection');
  selection.removeAllRanges();
  selection.addRange(range);
}

/** Selects `words` inside one text node of `element`. */
export function selectWords(element: Node, words: string): void {
  const { node, at } = textHolding(element, words);
  select({ node, offset: at }, { node, offset: at + words.length });
}
