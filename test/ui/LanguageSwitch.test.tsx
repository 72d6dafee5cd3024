import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LANG_STORAGE_KEY } from '../../src/i18n/i18n';
import { renderApp, textsRegion } from './renderApp';

function languageSwitch() {
  return screen.getByRole('group', { name: 'Langue / Language' });
}

describe('LanguageSwitch', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('switches every label to French, and the page language with it', async () => {
    const { user } = await renderApp();
    expect(document.documentElement.lang).toBe('en');
    expect(within(languageSwitch()).getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');

    await user.click(within(languageSwitch()).getByRole('button', { name: 'Français' }));

    // The French words arrive with their own chunk: the page changes once they are there.
    expect(await screen.findByRole('heading', { name: 'Les constats en bref' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('fr');
    expect(within(languageSwitch()).getByRole('button', { name: 'Français' }).getAttribute('aria-pressed')).toBe('true');
    const legend = screen.getByRole('group', { name: 'Afficher ou masquer les constats par type' });
    expect(within(legend).getByRole('button', { name: 'Divergence 7' })).toBeTruthy();
    expect(within(legend).getByRole('button', { name: 'Seulement dans la source anglaise 9' })).toBeTruthy();
    expect(within(textsRegion()).getAllByText('Aucun paragraphe en regard dans la source française')).toHaveLength(9);
    expect(within(textsRegion()).getByText('14 juillet 2017')).toBeTruthy();
    expect(within(textsRegion()).getByText('Guangqi CUI et Wei SHAN')).toBeTruthy();
    expect(within(textsRegion()).getByRole('link', { name: 'Officials deny the requirement to ban personal VPN services', description: 'Divergence' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Raccourcis clavier' })).toBeTruthy();
  });

  it('keeps the open finding, the filters, the reading mode and the scroll position', async () => {
    const { user } = await renderApp('/?lang=en&finding=core-denial&mode=both');
    await within(textsRegion()).findByRole('link', { name: 'China: no ban on VPN services for individuals' });
    await user.click(screen.getByRole('button', { name: 'Only in the English source 9' }));
    // The reader has scrolled down; nothing may move the page when the language changes.
    Object.defineProperty(window, 'scrollY', { configurable: true, value: 1234 });
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    const scrollIntoView = vi.fn();
    Element.prototype.scrollIntoView = scrollIntoView;

    try {
      await user.click(within(languageSwitch()).getByRole('button', { name: 'Français' }));

      expect(await screen.findByRole('complementary', { name: 'Constat : Concordance' })).toBeTruthy();
      expect(document.documentElement.lang).toBe('fr');
      const legend = screen.getByRole('group', { name: 'Afficher ou masquer les constats par type' });
      expect(within(legend).getByRole('button', { name: 'Seulement dans la source anglaise 9' }).getAttribute('aria-pressed')).toBe('false');
      expect(within(legend).getByRole('button', { name: 'Divergence 7' }).getAttribute('aria-pressed')).toBe('true');
      expect(screen.getByRole('radio', { name: 'Les deux' })).toHaveProperty('checked', true);
      // The translation follows the reader: now the English text, in French, beneath its original.
      expect(await within(textsRegion()).findByRole('link', { name: "L'exploitation légale des VPN n'est pas affectée" })).toBeTruthy();
      expect(within(textsRegion()).queryByRole('link', { name: 'China: no ban on VPN services for individuals' })).toBeNull();
      expect(new URLSearchParams(window.location.search).get('finding')).toBe('core-denial');
      expect(new URLSearchParams(window.location.search).get('mode')).toBe('both');
      expect(window.scrollY).toBe(1234);
      expect(scrollTo).not.toHaveBeenCalled();
      expect(scrollIntoView).not.toHaveBeenCalled();
    } finally {
      Reflect.deleteProperty(window, 'scrollY');
      Reflect.deleteProperty(Element.prototype, 'scrollIntoView');
    }
  });

  it('keeps the choice for the next visit and shows it in the address', async () => {
    const { user } = await renderApp('/?finding=core-denial');
    await user.click(within(languageSwitch()).getByRole('button', { name: 'Français' }));

    expect(await screen.findByRole('complementary', { name: 'Constat : Concordance' })).toBeTruthy();
    expect(window.localStorage.getItem(LANG_STORAGE_KEY)).toBe('fr');
    const params = new URLSearchParams(window.location.search);
    expect(params.get('lang')).toBe('fr');
    expect(params.get('finding')).toBe('core-denial');
  });

  it('opens in the language the address names', async () => {
    await renderApp('/?lang=fr');
    expect(document.documentElement.lang).toBe('fr');
    expect(screen.getByRole('navigation', { name: 'Tous les constats' })).toBeTruthy();
  });

  it("follows the reader's stored choice over the browser's language", async () => {
    window.localStorage.setItem(LANG_STORAGE_KEY, 'fr');
    await renderApp();
    expect(document.documentElement.lang).toBe('fr');
    expect(new URLSearchParams(window.location.search).get('lang')).toBe('fr');
  });

  it("follows the browser's language on a first visit, and falls back to English", async () => {
    vi.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['fr-BE', 'en']);
    vi.spyOn(window.navigator, 'language', 'get').mockReturnValue('fr-BE');
    const first = await renderApp();
    expect(document.documentElement.lang).toBe('fr');
    first.unmount();
    window.localStorage.clear();
    window.history.replaceState(null, '', '/');

    vi.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['de-DE']);
    vi.spyOn(window.navigator, 'language', 'get').mockReturnValue('de-DE');
    await renderApp();
    expect(document.documentElement.lang).toBe('en');
  });
});
