/**
 * Which language the interface opens in: the address's `?lang=` first, then the reader's last
 * choice (kept in localStorage whenever the language changes), then the browser's first language;
 * French when the tag found is French, else English.
 *
 * These three lookups were i18next-browser-languagedetector's, configured so; the library also
 * reads cookies, paths, subdomains and the page's own tag, which the app never asked of it, and
 * cost the first view 1.8 kB gzip of its 110 kB budget.
 */
import type { LanguageDetectorModule } from 'i18next';
import { LANG_STORAGE_KEY, toUiLang } from './uiLang';

/** The last `lang=` of the address's query, or null; an empty one counts as none. */
function fromAddress(): string | null {
  return new URLSearchParams(window.location.search).getAll('lang').at(-1) || null;
}

/** The language the reader last chose here, or null; storage a browser refuses (private modes) counts as none. */
function fromStorage(): string | null {
  try {
    return window.localStorage.getItem(LANG_STORAGE_KEY) || null;
  } catch {
    return null;
  }
}

export const languageDetector: LanguageDetectorModule = {
  type: 'languageDetector',
  detect: () => toUiLang(fromAddress() ?? fromStorage() ?? window.navigator.languages?.[0] ?? window.navigator.language),
  cacheUserLanguage(language) {
    try {
      window.localStorage.setItem(LANG_STORAGE_KEY, language);
    } catch {
      // A browser that refuses storage keeps the choice for this visit only, as the address has it.
    }
  },
};
