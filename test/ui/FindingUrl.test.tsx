import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openFinding, renderApp, textsRegion } from './renderApp';

function openHeading(): string | null {
  const panel = openFinding();
  return panel ? within(panel).getByRole('heading', { level: 2 }).textContent : null;
}

describe('the finding in the address', () => {
  it('opens the finding a deep link names, on first render', async () => {
    await renderApp('/?finding=core-denial');
    expect(openHeading()).toBe('Finding: Match');
    expect(within(textsRegion()).getByRole('link', { name: /^a nié avoir interdit/ }).getAttribute('aria-current')).toBe('true');
  });

  it('goes back to the previous finding, then to none, with Back', async () => {
    const { user } = await renderApp();
    await user.click(within(textsRegion()).getByRole('link', { name: 'le cyber-régulateur chinois' }));
    await user.click(within(textsRegion()).getByRole('link', { name: 'Officials deny the requirement to ban personal VPN services' }));
    expect(openHeading()).toBe('Finding: Discrepancy');
    expect(window.location.search).toContain('finding=headline-no-ban');

    act(() => window.history.back());
    await waitFor(() => expect(openHeading()).toBe('Finding: Only in the French source'));
    expect(window.location.search).toContain('finding=cyber-regulator');

    act(() => window.history.back());
    await waitFor(() => expect(openFinding()).toBeNull());

    act(() => window.history.forward());
    await waitFor(() => expect(openHeading()).toBe('Finding: Only in the French source'));
  });

  it('keeps the other parameters of the address', async () => {
    const { user } = await renderApp('/?lang=en');
    await user.click(within(textsRegion()).getByRole('link', { name: 'le cyber-régulateur chinois' }));
    const params = new URLSearchParams(window.location.search);
    expect(params.get('lang')).toBe('en');
    expect(params.get('finding')).toBe('cyber-regulator');
  });

  it('gives every claim a real link to its finding', async () => {
    await renderApp('/?lang=en');
    const link = within(textsRegion()).getByRole('link', { name: 'le cyber-régulateur chinois' });
    expect(link.getAttribute('href')).toBe('?lang=en&finding=cyber-regulator');
  });

  it('says so when the address names a finding that does not exist', async () => {
    const { user } = await renderApp('/?finding=no-such-thing');
    const notice = screen.getByRole('status');
    expect(within(notice).getByText('The address names a finding that does not exist: “no-such-thing”.')).toBeTruthy();

    await user.click(within(notice).getByRole('button', { name: 'Close' }));

    expect(screen.queryByRole('status')).toBeNull();
    expect(window.location.search).not.toContain('finding=');
  });
});
