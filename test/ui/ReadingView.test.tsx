import { act, fireEvent, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { rowLocator } from '../../src/core/findings/index';
import type { Lang } from '../../src/core/model/index';
import { renderApp, shippedComparison, textsRegion } from './renderApp';

const FR_HEADLINE = 'Chine : aucune interdiction pour les services VPN destinés aux particuliers';
const EN_SUBHEADING = 'Officials deny the requirement to ban personal VPN services';

function claim(name: string | RegExp) {
  return within(textsRegion()).getByRole('link', { name });
}

function isLit(element: HTMLElement) {
  return element.classList.contains('claim--lit');
}

/** The alignment row that holds a finding's first quote in one language, from the core. */
function rowOf(findingId: string, lang: Lang): number {
  const comparison = shippedComparison();
  const span = comparison.relations.find((finding) => finding.id === findingId)?.[lang][0];
  if (!span) throw new Error(`no ${lang} quote for ${findingId}`);
  return rowLocator(comparison)(lang, span.start);
}

describe('ReadingView', () => {
  it('lights the English counterpart of a French claim pointed at, even in another row', async () => {
    const { user } = await renderApp();
    expect(rowOf('headline-no-ban', 'fr')).not.toBe(rowOf('headline-no-ban', 'en'));
    const french = claim(FR_HEADLINE);
    const english = claim(EN_SUBHEADING);
    expect(isLit(english)).toBe(false);

    await user.hover(french);
    expect(isLit(english)).toBe(true);
    expect(isLit(french)).toBe(true);

    await user.unhover(french);
    expect(isLit(english)).toBe(false);
  });

  it('lights the counterpart of a focused claim, and puts it out on blur', async () => {
    await renderApp();
    const french = claim(FR_HEADLINE);
    const english = claim(EN_SUBHEADING);

    act(() => french.focus());
    expect(isLit(english)).toBe(true);

    act(() => french.blur());
    expect(isLit(english)).toBe(false);
  });

  it('lights the counterparts of every finding a shared stretch belongs to', async () => {
    const { user } = await renderApp();
    // This French stretch is judged twice: a match ("lawful-operation") and a lost negation.
    const shared = within(textsRegion()).getByRole('link', { name: /^ne les empêchera pas davantage/, description: /Part of 2 findings/ });
    const matchCounterpart = claim('VPN legal operation is not affected');
    const negationCounterpart = claim('Normal operation has an impact.');
    const unrelated = claim(EN_SUBHEADING);

    await user.hover(shared);

    expect(isLit(matchCounterpart)).toBe(true);
    expect(isLit(negationCounterpart)).toBe(true);
    expect(isLit(unrelated)).toBe(false);
  });

  it('names every kind of the findings a shared stretch belongs to, and explains the number beside it', async () => {
    await renderApp();
    // A match ("lawful-operation") and a discrepancy ("lost-negation") share these French words.
    const shared = within(textsRegion()).getByRole('link', { name: /^ne les empêchera pas davantage/, description: 'Part of 2 findings: Match and Discrepancy' });
    expect(shared.getAttribute('title')).toBe('Part of 2 findings: Match and Discrepancy');
    expect(within(textsRegion()).getByText(/^A raised number beside a claim counts the findings that share those words/)).toBeTruthy();
  });

  it('names them in French for a French reader', async () => {
    await renderApp('/?lang=fr');
    const shared = within(textsRegion()).getByRole('link', { name: /^ne les empêchera pas davantage/, description: 'Fait partie de 2 constats\u00a0: Concordance et Divergence' });
    expect(shared.getAttribute('title')).toBe('Fait partie de 2 constats\u00a0: Concordance et Divergence');
  });

  it('describes each claim by its kind without replacing its words', async () => {
    await renderApp();
    expect(within(textsRegion()).getByRole('link', { name: EN_SUBHEADING, description: 'Discrepancy' })).toBeTruthy();
    expect(within(textsRegion()).getByRole('link', { name: 'le cyber-régulateur chinois', description: 'Only in the French source' })).toBeTruthy();
  });

  it('puts a labelled empty cell opposite a paragraph found in one source only', async () => {
    await renderApp();
    const beads = shippedComparison().alignment;
    const onlyEnglish = beads.filter((bead) => bead.fr.length === 0).length;
    const onlyFrench = beads.filter((bead) => bead.en.length === 0).length;
    expect([onlyEnglish, onlyFrench]).toEqual([9, 2]);
    expect(within(textsRegion()).getAllByText('No paragraph opposite in the French source')).toHaveLength(onlyEnglish);
    expect(within(textsRegion()).getAllByText('No paragraph opposite in the English source')).toHaveLength(onlyFrench);
  });

  it('draws headings as headings and marks every text with its language', async () => {
    await renderApp();
    const texts = textsRegion();
    expect(within(texts).getByRole('heading', { name: FR_HEADLINE }).lang).toBe('fr');
    expect(within(texts).getByRole('heading', { name: EN_SUBHEADING }).lang).toBe('en');
    // Every body paragraph that is not a heading, plus each source's title above its column.
    const { sources } = shippedComparison();
    const paragraphsIn = (lang: Lang) => within(texts).getAllByRole('paragraph').filter((paragraph) => paragraph.lang === lang);
    expect(paragraphsIn('fr')).toHaveLength(sources.fr.paragraphs.length - sources.fr.headings.length + 1);
    expect(paragraphsIn('en')).toHaveLength(sources.en.paragraphs.length - sources.en.headings.length + 1);
  });

  it("heads each column with its source's particulars, dates in the interface language", async () => {
    await renderApp();
    const texts = textsRegion();
    expect(within(texts).getByText('14 July 2017')).toBeTruthy();
    expect(within(texts).getByText('5 May 2020')).toBeTruthy();
    expect(within(texts).getByText('le Quotidien du Peuple en ligne')).toBeTruthy();
    expect(within(texts).getByText('Guangqi CUI and Wei SHAN')).toBeTruthy();
    expect(within(texts).getAllByText('No byline')).toHaveLength(2);
    expect(within(texts).getByText('Blog post reporting a press conference')).toBeTruthy();
    expect(within(texts).getByText('8 pieces of page chrome left out')).toBeTruthy();
    expect(within(texts).getByText("Page d'accueil>>Société").lang).toBe('fr');
    expect(within(texts).getByText('Site navigation')).toBeTruthy();
  });

  // jsdom lays nothing out: these tests place the two claims where a browser might.
  function place(element: HTMLElement, y: number) {
    vi.spyOn(element, 'getBoundingClientRect').mockReturnValue(DOMRect.fromRect({ x: 0, y, width: 300, height: 24 }));
  }

  it('scrolls the counterpart of a focused claim into view when it is just off screen', async () => {
    await renderApp();
    const french = claim(FR_HEADLINE);
    const english = claim(EN_SUBHEADING);
    place(french, window.innerHeight - 200);
    place(english, window.innerHeight + 40);
    const scrollIntoView = vi.fn();
    english.scrollIntoView = scrollIntoView;

    act(() => french.focus());

    expect(scrollIntoView).toHaveBeenCalledWith({ block: 'nearest' });
  });

  it('centres a counterpart too far away to show both, keeping focus on the claim', async () => {
    await renderApp();
    const french = claim(FR_HEADLINE);
    const english = claim(EN_SUBHEADING);
    place(french, 100);
    place(english, window.innerHeight + 2000);
    const scrollIntoView = vi.fn();
    english.scrollIntoView = scrollIntoView;

    act(() => french.focus());

    expect(scrollIntoView).toHaveBeenCalledWith({ block: 'center' });
    expect(document.activeElement).toBe(french);
    expect(isLit(english)).toBe(true);
  });

  it('leaves the page still when a click, not the keyboard, focuses the claim', async () => {
    await renderApp();
    const french = claim(FR_HEADLINE);
    const english = claim(EN_SUBHEADING);
    place(french, 100);
    place(english, window.innerHeight + 2000);
    const scrollIntoView = vi.fn();
    english.scrollIntoView = scrollIntoView;

    fireEvent.pointerDown(french);
    act(() => french.focus());

    expect(scrollIntoView).not.toHaveBeenCalled();
    expect(isLit(english)).toBe(true);
  });

  it('leaves the page still when the counterpart is already on screen', async () => {
    await renderApp();
    const english = claim(EN_SUBHEADING);
    const scrollIntoView = vi.fn();
    english.scrollIntoView = scrollIntoView;

    act(() => claim(FR_HEADLINE).focus());

    expect(scrollIntoView).not.toHaveBeenCalled();
  });
});
