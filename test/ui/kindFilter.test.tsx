import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FINDING_KINDS } from '../../src/core/model/index';
import { readShownKinds, withShownKinds } from '../../src/ui/kindFilter';
import { findingList, renderApp } from './renderApp';

describe('readShownKinds and withShownKinds', () => {
  it('read every kind as shown from a bare address, and leave it bare', () => {
    expect([...readShownKinds('')]).toEqual([...FINDING_KINDS]);
    expect(withShownKinds('http://x.test/?lang=fr', new Set(FINDING_KINDS))).toBe('http://x.test/?lang=fr');
  });

  it('name the kinds hidden, and read them back, ignoring names they do not know', () => {
    const href = withShownKinds('http://x.test/?lang=fr', new Set(['discrepancy', 'only-fr']));
    expect(href).toBe('http://x.test/?lang=fr&hide=match%2Conly-en');
    expect([...readShownKinds(new URL(href).search)]).toEqual(['discrepancy', 'only-fr']);
    expect([...readShownKinds('?hide=nonsense,match')]).toEqual(['discrepancy', 'only-fr', 'only-en']);
  });
});

describe('the legend as a filter, in the address', () => {
  const legend = () => screen.getByRole('group', { name: 'Show or hide findings by kind' });

  it('opens filtered as the address says', async () => {
    await renderApp('/?hide=match,only-en');
    expect(within(legend()).getByRole('button', { name: /^Match/ }).getAttribute('aria-pressed')).toBe('false');
    expect(within(legend()).getByRole('button', { name: /^Discrepancy/ }).getAttribute('aria-pressed')).toBe('true');
    expect(within(findingList()).queryByRole('heading', { name: /^Match/ })).toBeNull();
    expect(within(findingList()).getByRole('heading', { name: /^Discrepancy/ })).toBeTruthy();
  });

  it('writes each change to the address, and clears it when every kind shows again', async () => {
    const { user } = await renderApp('/?lang=en');
    await user.click(within(legend()).getByRole('button', { name: /^Only in the French source/ }));
    expect(new URLSearchParams(window.location.search).get('hide')).toBe('only-fr');
    await user.click(within(legend()).getByRole('button', { name: /^Match/ }));
    expect(new URLSearchParams(window.location.search).get('hide')).toBe('match,only-fr');
    expect(window.location.search).toContain('lang=en');

    await user.click(within(legend()).getByRole('button', { name: /^Match/ }));
    await user.click(within(legend()).getByRole('button', { name: /^Only in the French source/ }));
    expect(window.location.search).not.toContain('hide=');
  });
});
