import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openFinding, renderApp, shippedComparison, textsRegion } from './renderApp';

function finding(id: string) {
  const found = shippedComparison().relations.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no finding ${id}`);
  return found;
}

function panel(): HTMLElement {
  const found = openFinding();
  if (!found) throw new Error('no finding is open');
  return found;
}

describe('FindingPanel', () => {
  it('opens a chosen claim with both quotes, the verdict, the aspects and the note', async () => {
    const { user } = await renderApp();
    const whoWhenWhere = finding('who-when-where');
    expect(openFinding()).toBeNull();

    await user.click(within(textsRegion()).getByRole('link', { name: whoWhenWhere.en[0]?.quote }));

    const shown = panel();
    expect(within(shown).getByRole('heading', { name: 'Finding: Discrepancy' })).toBeTruthy();
    expect(within(shown).getByText(whoWhenWhere.fr[0]?.quote ?? '').lang).toBe('fr');
    expect(within(shown).getByText(whoWhenWhere.en[0]?.quote ?? '').lang).toBe('en');
    const aspects = within(shown).getAllByRole('listitem').map((item) => item.textContent);
    expect(aspects).toEqual(['Actor', 'Venue', 'Date']);
    expect(within(shown).getByText(whoWhenWhere.note.en).lang).toBe('en');
    expect(within(shown).getByText('Curated by hand')).toBeTruthy();
    expect(window.location.search).toContain('finding=who-when-where');
  });

  it('keeps the note in the other language one click away, marked with its language', async () => {
    const { user } = await renderApp('/?finding=headline-no-ban');
    const note = finding('headline-no-ban').note;
    const toggle = within(panel()).getByText('Note in French');
    const details = toggle.parentElement as HTMLDetailsElement;
    expect(details.open).toBe(false);

    await user.click(toggle);

    expect(details.open).toBe(true);
    // Testing Library reads the page's no-break spaces (before « : », inside guillemets) as plain spaces.
    expect(within(panel()).getByText(note.fr.replace(/\s+/g, ' ')).lang).toBe('fr');
  });

  it('says plainly when a claim has no counterpart in the other source', async () => {
    await renderApp('/?finding=cyber-regulator');
    expect(within(panel()).getByRole('heading', { name: 'Finding: Only in the French source' })).toBeTruthy();
    expect(within(panel()).getByText('No counterpart in the English source.')).toBeTruthy();
    expect(within(panel()).getByText('le cyber-régulateur chinois').lang).toBe('fr');
  });

  it('marks the open finding in the texts and links to the findings that share its quotes', async () => {
    const { user } = await renderApp('/?finding=lost-negation');
    const current = within(textsRegion()).getByRole('link', { name: 'Normal operation has an impact.' });
    expect(current.getAttribute('aria-current')).toBe('true');

    const related = within(panel()).getByRole('link', { name: /^Match VPN legal operation is not affected/ });
    await user.click(related);

    expect(within(panel()).getByRole('heading', { name: 'Finding: Match' })).toBeTruthy();
    expect(window.location.search).toContain('finding=lawful-operation');
    expect(current.getAttribute('aria-current')).toBeNull();
  });

  it('steps to the next and previous findings and closes with its buttons', async () => {
    const { user } = await renderApp('/?finding=headline-no-ban');
    expect(within(panel()).getByText('1 of 23 shown')).toBeTruthy();

    await user.click(within(panel()).getByRole('button', { name: 'Next finding' }));
    expect(within(panel()).getByText('2 of 23 shown')).toBeTruthy();

    await user.click(within(panel()).getByRole('button', { name: 'Previous finding' }));
    expect(within(panel()).getByText('1 of 23 shown')).toBeTruthy();

    await user.click(within(panel()).getByRole('button', { name: 'Close the finding' }));
    expect(openFinding()).toBeNull();
    expect(window.location.search).not.toContain('finding=');
  });

  it('opens a finding chosen in the list, grouped by kind in reading order', async () => {
    const { user } = await renderApp();
    const list = screen.getByRole('navigation', { name: 'All findings' });
    const groups = within(list).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(groups).toEqual(['Match 4', 'Discrepancy 7', 'Only in the French source 3', 'Only in the English source 9']);

    await user.click(within(list).getByRole('link', { name: 'Officials deny the requirement to ban personal VPN services Attribution' }));

    expect(within(panel()).getByRole('heading', { name: 'Finding: Discrepancy' })).toBeTruthy();
    expect(within(panel()).getByText('Attribution')).toBeTruthy();
  });

  it('takes focus when the reader opens it and gives it back to the claim on close', async () => {
    const { user } = await renderApp();
    const claim = within(textsRegion()).getByRole('link', { name: 'le cyber-régulateur chinois' });

    await user.click(claim);
    expect(document.activeElement).toBe(within(panel()).getByRole('heading', { level: 2 }));

    await user.keyboard('{Escape}');
    expect(openFinding()).toBeNull();
    expect(document.activeElement).toBe(claim);
  });

  it('leaves focus alone when a deep link opens it', async () => {
    await renderApp('/?finding=cyber-regulator');
    expect(openFinding()).not.toBeNull();
    expect(document.activeElement).toBe(document.body);
  });

  it('gives the origin and confidence of an automatic judgement', async () => {
    const shipped = shippedComparison();
    const automatic = {
      ...shipped,
      relations: shipped.relations.map((candidate) =>
        candidate.id === 'january-which-year' ? { ...candidate, origin: 'automatic' as const, confidence: 0.93 } : candidate,
      ),
    };
    await renderApp('/?finding=january-which-year', automatic);
    expect(within(panel()).getByText('Found automatically')).toBeTruthy();
    expect(within(panel()).getByText('93%')).toBeTruthy();
  });

  it('leaves the confidence out of a curated judgement, which has none', async () => {
    await renderApp('/?finding=january-which-year');
    expect(within(panel()).getByText('Curated by hand')).toBeTruthy();
    expect(within(panel()).queryByText('Confidence')).toBeNull();
  });
});
