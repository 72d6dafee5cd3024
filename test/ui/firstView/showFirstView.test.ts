/**
 * The script the build writes into index.html, run as the page runs it: its own text, evaluated in
 * a page that holds the two snapshots the build writes (scripts/firstViewSnapshot.ts).
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import source from '../../../src/ui/firstView/showFirstView.js?raw';
import { languageDetector } from '../../../src/i18n/languageDetector';
import { LANG_STORAGE_KEY } from '../../../src/i18n/uiLang';
import { MODE_STORAGE_KEY } from '../../../src/ui/readingMode';

type Keys = { readonly langKey: string; readonly modeKey: string };
const showFirstView = new Function(`${source}\nreturn showFirstView;`)() as (keys: Keys) => void;
const KEYS: Keys = { langKey: LANG_STORAGE_KEY, modeKey: MODE_STORAGE_KEY };

function page(address: string, browserLanguages: readonly string[] = ['en-GB']) {
  window.history.replaceState(null, '', address);
  vi.spyOn(window.navigator, 'languages', 'get').mockReturnValue(browserLanguages);
  vi.spyOn(window.navigator, 'language', 'get').mockReturnValue(browserLanguages[0] ?? '');
  document.body.innerHTML = [
    '<div id="root"><noscript>needs JavaScript</noscript></div>',
    ...['en', 'fr'].map((lang) => `<template id="first-view-${lang}"><p lang="${lang}">texts in ${lang}</p></template>`),
  ].join('');
}

/** The language of the snapshot shown, or null when the page was left for the app to draw. */
function shown(): string | null {
  const root = document.getElementById('root');
  const lang = root?.dataset['firstView'] ?? null;
  // #root names the language it holds, and holds that language's snapshot.
  if (lang !== null) expect(root?.querySelector('p')?.lang).toBe(lang);
  return lang;
}

describe('showFirstView', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  it('shows the snapshot in the language of the address, inert, and clears the templates', () => {
    page('/?lang=fr&mode=original');
    showFirstView(KEYS);
    expect(shown()).toBe('fr');
    expect(document.documentElement.lang).toBe('fr');
    expect(document.getElementById('root')?.hasAttribute('inert')).toBe(true);
    expect(document.getElementById('root')?.getAttribute('aria-hidden')).toBe('true');
    expect(document.querySelector('#root noscript')).toBeNull();
    expect(document.querySelectorAll('template')).toHaveLength(0);
  });

  it("shows the reader's language on a plain address: the last choice, else the browser's", () => {
    page('/', ['fr-BE']);
    showFirstView(KEYS);
    expect(shown()).toBe('fr');

    window.localStorage.setItem(LANG_STORAGE_KEY, 'en');
    page('/', ['fr-BE']);
    showFirstView(KEYS);
    expect(shown()).toBe('en');
  });

  it('leaves to the app every address the snapshot was not drawn for', () => {
    for (const address of ['/?finding=core-denial', '/?lang=en&proposal=automatic', '/?mode=translation', '/?library=abc', '/?kinds=match']) {
      page(address);
      showFirstView(KEYS);
      expect(shown(), address).toBeNull();
      expect(document.querySelector('#root noscript'), address).not.toBeNull();
      expect(document.querySelectorAll('template'), address).toHaveLength(0);
    }
  });

  it('leaves to the app a reader whose last reading mode was not the texts as written', () => {
    window.localStorage.setItem(MODE_STORAGE_KEY, 'both');
    page('/');
    showFirstView(KEYS);
    expect(shown()).toBeNull();

    page('/?mode=original');
    showFirstView(KEYS);
    expect(shown()).toBe('en');
  });

  it('chooses the language the app will open in, whatever the address, the storage and the browser say', () => {
    const tag = fc.constantFrom('fr', 'fr-CA', 'FR', 'en', 'en-GB', 'de', 'pt-BR', '');
    fc.assert(
      fc.property(fc.option(tag), fc.option(tag), fc.array(tag, { maxLength: 3 }), (named, stored, browser) => {
        window.localStorage.clear();
        if (stored !== null) window.localStorage.setItem(LANG_STORAGE_KEY, stored);
        page(named === null ? '/' : `/?lang=${encodeURIComponent(named)}`, browser);
        showFirstView(KEYS);
        expect(shown()).toBe(languageDetector.detect());
        vi.restoreAllMocks();
      }),
    );
  });
});
