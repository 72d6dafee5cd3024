import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { textsRegion } from '../renderApp';
import {
  claim,
  councilComparison,
  MAYOR_FR,
  openClaim,
  panel,
  POOL_FR,
  redoButton,
  renderEditing,
  select,
  selectWords,
  SESSION_EN,
  startEditing,
  stepLine,
  textHolding,
  tools,
  undoButton,
} from './editingHarness';

function createButton(): HTMLElement {
  return within(tools()).getByRole('button', { name: 'Create claim from selection' });
}

/** Expects `message` on the line under the tools, which screen readers hear when it changes. */
function expectSaid(message: string): void {
  expect(screen.getByText(message).getAttribute('aria-live')).toBe('polite');
}

describe('EditingTools, Create claim from selection', () => {
  it('makes the words selected in one paragraph a claim, opens it, and undoes and redoes it', async () => {
    const { user, changes } = await startEditing();
    expect(within(textsRegion()).queryByRole('link', { name: 'travaux commenceront' })).toBeNull();

    selectWords(claim(MAYOR_FR), 'travaux commenceront');
    await user.click(createButton());

    // Its finding opens: a claim of the French text alone, quoting the words selected.
    expect(within(panel()).getByRole('heading', { level: 2 }).textContent).toMatch(/^Finding: Only in the French source/);
    expect(within(panel()).getByText('travaux commenceront').lang).toBe('fr');
    // In the text, the words are a claim of their own, inside the sentence's, so in two findings.
    expect(claim('travaux commenceront', /Part of 2 findings/)).toBeTruthy();
    expect(stepLine().textContent).toBe('Done: create a claim.');
    const created = changes.at(-1)?.relations.at(-1);
    const { text } = councilComparison().sources.fr;
    expect(created).toMatchObject({ kind: 'only-fr', origin: 'curated', en: [] });
    expect(created?.fr).toEqual([{ start: text.indexOf('travaux'), end: text.indexOf('travaux') + 'travaux commenceront'.length, quote: 'travaux commenceront' }]);

    await user.click(undoButton());
    expect(within(textsRegion()).queryByRole('link', { name: 'travaux commenceront' })).toBeNull();
    // Its finding closed with it, rather than reporting a finding that does not exist.
    expect(screen.queryByRole('complementary', { name: /^Finding/ })).toBeNull();
    expect(screen.queryByText(/does not exist/)).toBeNull();

    await user.click(redoButton());
    expect(claim('travaux commenceront')).toBeTruthy();
    expect(changes).toHaveLength(3);
  });

  it('trims the spaces around a sloppy selection', async () => {
    const { user, changes } = await startEditing();
    const { node, at } = textHolding(claim(SESSION_EN), 'session will');

    // " session will " with a space either side, as a drag from one gap to the next selects.
    select({ node, offset: at - 1 }, { node, offset: at + 'session will'.length + 1 });
    await user.click(createButton());

    expect(within(panel()).getByText('session will').lang).toBe('en');
    expect(changes.at(-1)?.relations.at(-1)?.en[0]?.quote).toBe('session will');
  });

  it('says why a selection across two paragraphs makes no claim, and changes nothing', async () => {
    const { user, changes } = await startEditing();
    const from = textHolding(claim(MAYOR_FR), 'travaux');
    const to = textHolding(claim(POOL_FR), 'piscine');

    select({ node: from.node, offset: from.at }, { node: to.node, offset: to.at + 'piscine'.length });
    await user.click(createButton());

    expectSaid('The selection spans more than one paragraph. A claim is read in one place: select words in a single paragraph.');
    expect(changes).toHaveLength(0);
    expect(undoButton()).toHaveProperty('disabled', true);
  });

  it('says why a selection across both texts, or no selection, makes no claim', async () => {
    const { user, changes } = await startEditing();
    const from = textHolding(claim(POOL_FR), 'piscine');
    const to = textHolding(claim(SESSION_EN), 'session');

    select({ node: from.node, offset: from.at }, { node: to.node, offset: to.at + 'session'.length });
    await user.click(createButton());
    expectSaid('The selection runs across both texts. A claim quotes one text: select words in one paragraph of one text.');

    document.getSelection()?.removeAllRanges();
    await user.click(createButton());
    expectSaid('Select some words in one paragraph of a text first, then create the claim.');
    expect(changes).toHaveLength(0);
  });

  it("does not open a claim's finding when a press selected words of it, nor on a plain click on its words; Enter opens it", async () => {
    const { user } = await startEditing();
    const mayor = claim(MAYOR_FR);
    selectWords(mayor, 'travaux commenceront');

    // The click that ends a drag across the words: user-event would move the caret first, as a plain press does.
    fireEvent.click(mayor);
    expect(screen.queryByRole('complementary', { name: /^Finding/ })).toBeNull();

    // While editing, a click on the words places the caret: the first click of a double-click must not open the finding.
    document.getSelection()?.removeAllRanges();
    await user.click(mayor);
    expect(screen.queryByRole('complementary', { name: /^Finding/ })).toBeNull();

    await openClaim(user, MAYOR_FR);
    expect(within(panel()).getByRole('heading', { level: 2 }).textContent).toMatch(/^Finding: Match/);
  });

  it('speaks French to a French reader', async () => {
    const { user } = await startEditingInFrench();
    selectWords(claim(POOL_FR), 'piscine municipale');

    await user.click(screen.getByRole('button', { name: 'Créer une affirmation à partir de la sélection' }));

    expect(within(panel()).getByRole('heading', { level: 2 }).textContent).toMatch(/^Constat\s:\sSeulement dans la source française/);
    // French puts a no-break space before a colon; names are matched as computed, so with \s.
    expect(screen.getByRole('button', { name: /^Annuler\s:\scréer une affirmation$/ })).toBeTruthy();
    expect(screen.getByText('Fait : créer une affirmation.')).toBeTruthy();
    expect(within(panel()).getByRole('textbox', { name: 'Note en anglais' }).lang).toBe('en');
  });
});

async function startEditingInFrench() {
  const rendered = await renderEditing(councilComparison(), '/?lang=fr');
  await rendered.user.click(screen.getByRole('button', { name: 'Modifier' }));
  return rendered;
}
