import { afterEach, describe, expect, it, vi } from 'vitest';
import { languageDetector } from '../../../src/i18n/languageDetector';
import { LANG_STORAGE_KEY } from '../../../src/i18n/uiLang';

function visit(address: string, browserLanguages: readonly string[]) {
  window.history.replaceState(null, '', address);
  vi.spyOn(window.navigator, 'languages', 'get').mockReturnValue(browserLanguages);
  vi.spyOn(window.navigator, 'language', 'get').mockReturnValue(browserLanguages[0] ?? '');
}

describe('languageDetector', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    window.history.replaceState(null, '', '/');
  });

  it("takes the address's language over the reader's last choice, and that over the browser's", () => {
    window.localStorage.setItem(LANG_STORAGE_KEY, 'en');
    visit('/?finding=x&lang=fr-CA', ['en-GB']);
    expect(languageDetector.detect()).toBe('fr');
    visit('/?finding=x', ['fr-FR']);
    expect(languageDetector.detect()).toBe('en');
    window.localStorage.clear();
    expect(languageDetector.detect()).toBe('fr');
  });

  it('reads an empty or repeated lang= as the library it replaces did: none, and the last', () => {
    visit('/?lang=', ['fr']);
    expect(languageDetector.detect()).toBe('fr');
    visit('/?lang=fr&lang=en', ['fr']);
    expect(languageDetector.detect()).toBe('en');
  });

  it('makes every language but French English', () => {
    visit('/?lang=de', ['fr']);
    expect(languageDetector.detect()).toBe('en');
    visit('/', ['pt-BR', 'fr']);
    expect(languageDetector.detect()).toBe('en');
  });

  it('keeps the choice for the next visit, and carries on when the browser refuses storage', () => {
    languageDetector.cacheUserLanguage?.('fr');
    expect(window.localStorage.getItem(LANG_STORAGE_KEY)).toBe('fr');

    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('refused', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('refused', 'SecurityError');
    });
    visit('/', ['fr-BE']);
    expect(languageDetector.detect()).toBe('fr');
    expect(() => languageDetector.cacheUserLanguage?.('en')).not.toThrow();
  });
});
