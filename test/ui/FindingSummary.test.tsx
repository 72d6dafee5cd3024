import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { countFindingsByKind } from '../../src/core/findings/findings';
import { FINDING_KINDS } from '../../src/core/model/index';
import { findingList, renderApp, shippedComparison, textsRegion } from './renderApp';

const KIND_NAMES = {
  match: 'Match',
  discrepancy: 'Discrepancy',
  'only-fr': 'Only in the French source',
  'only-en': 'Only in the English source',
} as const;

function legend() {
  return screen.getByRole('group', { name: 'Show or hide findings by kind' });
}

describe('FindingSummary', () => {
  it('shows, for each kind, the number of findings the shipped comparison holds', async () => {
    await renderApp();
    const counts = countFindingsByKind(shippedComparison().relations);
    // The curated file's own numbers, so that a change in counting and in the data cannot cancel out.
    expect(counts).toEqual({ match: 4, discrepancy: 7, 'only-fr': 3, 'only-en': 9 });
    for (const kind of FINDING_KINDS) {
      const toggle = within(legend()).getByRole('button', { name: `${KIND_NAMES[kind]} ${counts[kind]}` });
      expect(toggle.getAttribute('aria-pressed')).toBe('true');
    }
    expect(screen.getByText('23 findings across the two accounts')).toBeTruthy();
  });

  it('hides the highlights and list entries of a kind switched off, and brings them back', async () => {
    const { user } = await renderApp();
    const discrepancies = () => within(textsRegion()).queryAllByRole('link', { description: /^Discrepancy/ });
    const entries = () => within(findingList()).queryAllByRole('link');
    expect(discrepancies().length).toBeGreaterThan(0);
    expect(entries()).toHaveLength(23);
    expect(within(findingList()).getByRole('heading', { name: /^Discrepancy/ })).toBeTruthy();

    const toggle = within(legend()).getByRole('button', { name: /^Discrepancy/ });
    await user.click(toggle);

    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(discrepancies()).toHaveLength(0);
    expect(entries()).toHaveLength(23 - 7);
    expect(within(findingList()).queryByRole('heading', { name: /^Discrepancy/ })).toBeNull();
    // The words stay: only their highlight goes.
    expect(within(textsRegion()).getByText('Officials deny the requirement to ban personal VPN services')).toBeTruthy();
    expect(within(textsRegion()).queryByRole('link', { name: 'Officials deny the requirement to ban personal VPN services' })).toBeNull();

    await user.click(toggle);

    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(discrepancies().length).toBeGreaterThan(0);
    expect(entries()).toHaveLength(23);
    expect(within(textsRegion()).getByRole('link', { name: 'Officials deny the requirement to ban personal VPN services' })).toBeTruthy();
  });

  it('offers to show every kind again once one is hidden', async () => {
    const { user } = await renderApp();
    expect(screen.queryByRole('button', { name: 'Show all kinds' })).toBeNull();
    await user.click(within(legend()).getByRole('button', { name: /^Match/ }));
    await user.click(within(legend()).getByRole('button', { name: /^Only in the English source/ }));
    expect(within(findingList()).queryAllByRole('link')).toHaveLength(23 - 4 - 9);

    await user.click(screen.getByRole('button', { name: 'Show all kinds' }));

    expect(within(findingList()).queryAllByRole('link')).toHaveLength(23);
    for (const toggle of within(legend()).getAllByRole('button')) expect(toggle.getAttribute('aria-pressed')).toBe('true');
  });
});
