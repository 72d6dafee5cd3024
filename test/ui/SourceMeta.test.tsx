import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './renderApp';

/** The French source's particulars, as the reading view shows them. */
function frenchParticulars(): HTMLElement {
  const heading = screen.getByRole('heading', { level: 3, name: /^FR / });
  const header = heading.closest('header');
  if (!header) throw new Error('the French source has no particulars');
  return header;
}

describe('SourceMeta', () => {
  it("writes the page's publication and update times in English for an English reader, the page's words kept as the title", async () => {
    await renderApp('/?lang=en');
    const particulars = frenchParticulars();
    expect(within(particulars).getByText('14 July 2017, 11:05').getAttribute('title')).toBe('11h05 le 14/07');
    expect(within(particulars).getByText('11:03')).toBeTruthy();
    expect(within(particulars).queryByText('11h05 le 14/07')).toBeNull();
  });

  it('writes them the French way for a French reader', async () => {
    await renderApp('/?lang=fr');
    expect(within(frenchParticulars()).getByText('14 juillet 2017 à 11:05')).toBeTruthy();
  });
});
