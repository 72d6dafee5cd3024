import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { readSelection } from '../../../src/ui/editing/selectionRange';
import { findingList, renderApp, shippedComparison, textsRegion } from '../renderApp';
import { select, selectWords, textHolding } from './editingHarness';

const SHARED_STRETCH = "ne les empêchera pas davantage d'effectuer des opérations commerciales légales";

function claimLink(name: string | RegExp): HTMLElement {
  return within(textsRegion()).getByRole('link', { name });
}

function read() {
  return readSelection(document.getSelection());
}

describe('readSelection', () => {
  it('maps words selected inside a claim to their offsets in the source text', async () => {
    await renderApp();
    const { text } = shippedComparison().sources.en;
    const quote = 'spokesperson and chief engineer';

    selectWords(claimLink(/^At the press conference of the State Council/), quote);

    expect(read()).toEqual({ stretch: { lang: 'en', start: text.indexOf(quote), end: text.indexOf(quote) + quote.length } });
  });

  it('counts the claim glyphs and the counts of findings as no text', async () => {
    await renderApp();
    const { text } = shippedComparison().sources.fr;
    const shared = claimLink(SHARED_STRETCH);
    // The stretch is in two findings: it carries a glyph and the count "2", which are not the source's.
    expect(shared.textContent).toMatch(/2$/);
    const paragraph = shared.parentElement as HTMLElement;
    const from = textHolding(paragraph, 'accès');
    const last = textHolding(paragraph, 'légales');
    const after = last.node.nextSibling === null ? textHolding(paragraph.lastChild as Node, '.') : null;

    // From "accès", across the shared claim and its count, to the paragraph's last full stop.
    select({ node: from.node, offset: from.at }, after ? { node: after.node, offset: after.at + 1 } : { node: paragraph, offset: paragraph.childNodes.length });

    const start = text.indexOf('accès');
    const end = text.indexOf(SHARED_STRETCH) + SHARED_STRETCH.length + 1;
    expect(text.slice(end - 1, end)).toBe('.');
    expect(read()).toEqual({ stretch: { lang: 'fr', start, end } });
  });

  it('reads a whole claim selected by its element as exactly its quote', async () => {
    await renderApp();
    const finding = shippedComparison().relations.find((candidate) => candidate.id === 'who-when-where');
    const span = finding?.fr[0];
    if (!span) throw new Error('the shipped comparison lost "who-when-where"');
    const link = claimLink(span.quote);

    select({ node: link, offset: 0 }, { node: link, offset: link.childNodes.length });

    expect(read()).toEqual({ stretch: { lang: 'fr', start: span.start, end: span.end } });
  });

  it('says when a selection runs across both texts', async () => {
    await renderApp();
    const french = textHolding(claimLink(SHARED_STRETCH), 'empêchera');
    // Further down the page than the French words: a selection runs forward.
    const english = textHolding(claimLink('Normal operation has an impact.'), 'operation');

    select({ node: french.node, offset: french.at }, { node: english.node, offset: english.at });

    expect(read()).toEqual({ problem: 'two-sources' });
  });

  it('says when nothing is selected, or the selection is outside the texts', async () => {
    await renderApp();
    expect(read()).toEqual({ problem: 'none' });

    const words = textHolding(claimLink(SHARED_STRETCH), 'empêchera');
    select({ node: words.node, offset: words.at }, { node: words.node, offset: words.at });
    expect(read()).toEqual({ problem: 'none' });

    selectWords(findingList(), 'All findings');
    expect(read()).toEqual({ problem: 'outside' });
  });

  it('says when the selection is in a translation, which a claim cannot quote', async () => {
    await renderApp('/?mode=both');
    const badges = await waitFor(() => within(textsRegion()).getAllByText('Translation'), { timeout: 10_000 });
    const translated = badges[0]?.parentElement as HTMLElement;

    // Its words, after the badge that labels it.
    select({ node: translated, offset: 1 }, { node: translated, offset: translated.childNodes.length });

    expect(read()).toEqual({ problem: 'translation' });
    expect(screen.getByRole('radio', { name: 'Both' })).toHaveProperty('checked', true);
  });
});
