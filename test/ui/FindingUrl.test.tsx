import { act, screen, waitFor, within } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeFindingId, encodeFindingId } from '../../src/ui/findingUrl';
import { openFinding, renderApp, shippedComparison, textsRegion } from './renderApp';

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

describe('a finding whose id holds a lone surrogate', () => {
  // Valid JSON, and so a valid comparison file: `"headline\ud800"`.
  const ID = 'headline\ud800';
  const comparison = () => {
    const shipped = shippedComparison();
    return { ...shipped, relations: shipped.relations.map((finding) => (finding.id === 'headline-no-ban' ? { ...finding, id: ID } : finding)) };
  };

  it('gets a link, opens with a click, and comes back with Back', async () => {
    const { user } = await renderApp('/?lang=en', comparison());
    const claim = within(textsRegion()).getByRole('link', { name: 'Officials deny the requirement to ban personal VPN services' });
    expect(claim.getAttribute('href')).toBe('?lang=en&finding=headline%5Cud800');

    await user.click(claim);
    expect(openHeading()).toBe('Finding: Discrepancy');
    await user.click(within(textsRegion()).getByRole('link', { name: 'le cyber-régulateur chinois' }));
    act(() => window.history.back());
    await waitFor(() => expect(openHeading()).toBe('Finding: Discrepancy'));
  });

  it('opens from a deep link', async () => {
    await renderApp('/?lang=en&finding=headline%5Cud800', comparison());
    expect(openHeading()).toBe('Finding: Discrepancy');
  });
});

describe('encodeFindingId', () => {
  const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
  const anyUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 12 }).map((units) => String.fromCharCode(...units));

  it('writes well-formed text that decodeFindingId reads back exactly, whatever the id', () => {
    fc.assert(
      fc.property(fc.oneof(anyUnits, fc.string()), (id) => {
        const written = encodeFindingId(id);
        expect(written).not.toMatch(LONE_SURROGATE);
        expect(decodeFindingId(written)).toBe(id);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves an id without a backslash or a lone surrogate as it is', () => {
    expect(encodeFindingId('core-denial')).toBe('core-denial');
    expect(encodeFindingId('déni 😀')).toBe('déni 😀');
  });
});

