import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { filterByKind, orderFindings } from '../../src/core/findings/index';
import type { Finding } from '../../src/core/model/index';
import { openFinding, renderApp, shippedComparison, textsRegion } from './renderApp';

/** The words of the quote the panel shows first, to tell which finding is open. */
function firstQuote(finding: Finding | undefined): string {
  const span = finding?.fr[0] ?? finding?.en[0];
  if (!span) throw new Error('a finding without a quote');
  return span.quote;
}

function openQuotes(): string[] {
  const panel = openFinding();
  if (!panel) return [];
  return within(panel).getAllByRole('blockquote').map((quote) => quote.textContent ?? '');
}

describe('keyboard shortcuts', () => {
  it('step through the findings in reading order with j and k, and n and p', async () => {
    const { user } = await renderApp();
    const ordered = orderFindings(shippedComparison());
    expect(ordered[0]?.id).toBe('headline-no-ban');

    await user.keyboard('j');
    expect(openQuotes()[0]).toBe(firstQuote(ordered[0]));
    expect(window.location.search).toContain(`finding=${ordered[0]?.id}`);

    await user.keyboard('j');
    expect(openQuotes()[0]).toBe(firstQuote(ordered[1]));

    await user.keyboard('n');
    expect(openQuotes()[0]).toBe(firstQuote(ordered[2]));

    await user.keyboard('k');
    expect(openQuotes()[0]).toBe(firstQuote(ordered[1]));

    await user.keyboard('p');
    await user.keyboard('p');
    // Stepping back from the first finding wraps around to the last.
    expect(openQuotes()[0]).toBe(firstQuote(ordered[ordered.length - 1]));
  });

  it('close the open finding with Escape', async () => {
    const { user } = await renderApp('/?finding=core-denial');
    expect(openFinding()).not.toBeNull();

    await user.keyboard('{Escape}');

    expect(openFinding()).toBeNull();
    expect(window.location.search).not.toContain('finding=');
  });

  it('give focus back to the claim of the finding reached when Escape closes it after stepping', async () => {
    const { user } = await renderApp();
    const ordered = orderFindings(shippedComparison());
    const [first, , third] = ordered;
    const claimOf = (finding: Finding | undefined) => within(textsRegion()).getAllByRole('link').find((link) => link.getAttribute('href')?.includes(`finding=${finding?.id ?? ''}`));
    const firstClaim = claimOf(first);
    if (!firstClaim) throw new Error('the first finding has no claim in the texts');
    await user.click(firstClaim);
    expect(openQuotes()[0]).toBe(firstQuote(first));

    await user.keyboard('j');
    await user.keyboard('j');
    expect(openQuotes()[0]).toBe(firstQuote(third));
    await user.keyboard('{Escape}');

    expect(openFinding()).toBeNull();
    expect(document.activeElement).toBe(claimOf(third));
    expect(document.activeElement).not.toBe(firstClaim);
  });

  it('step only through the kinds shown', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: /^Match/ }));
    await user.click(screen.getByRole('button', { name: /^Only in the English source/ }));
    const shown = filterByKind(orderFindings(shippedComparison()), new Set(['discrepancy', 'only-fr']));

    for (const expected of shown.slice(0, 4)) {
      await user.keyboard('j');
      expect(openQuotes()[0]).toBe(firstQuote(expected));
      expect(['discrepancy', 'only-fr']).toContain(expected.kind);
    }
  });

  it('stay silent while the reader types in a field', async () => {
    const { user } = await renderApp();
    render(<input aria-label="Search" />);

    await user.type(screen.getByRole('textbox', { name: 'Search' }), 'jkn');

    expect(openFinding()).toBeNull();
  });

  it('open the help with ? and close it with Escape, leaving the finding open', async () => {
    const { user } = await renderApp('/?finding=core-denial');
    expect(screen.queryByRole('dialog')).toBeNull();

    await user.keyboard('?');
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(help).getByText('Next finding')).toBeTruthy();
    expect(within(help).getByText('Previous finding')).toBeTruthy();

    await user.keyboard('j');
    await user.keyboard('{Escape}');

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(openFinding()).not.toBeNull();
    expect(window.location.search).toContain('finding=core-denial');
  });

  it('open the help from its button too', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });

    await user.click(within(help).getByRole('button', { name: 'Close' }));

    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
