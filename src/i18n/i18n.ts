/**
 * The interface's words: one i18next instance per app. The English first-view words travel with
 * the first view; the French ones are a chunk of their own, loaded by a small backend when a French
 * reader needs them (3.5 kB gzip, where bundling both languages cost 6.5 kB). A switch of language
 * fetches the French words before i18next changes to French, so nothing shows half translated; a
 * chunk for English too cost a request before every English first paint. The language comes from `?lang=`, then from the reader's last choice, then from the
 * browser; English when none of them is French (languageDetector.ts).
 */
import i18next, { type BackendModule, type i18n, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { words as englishWords } from './firstViewWords.en';
import { languageDetector } from './languageDetector';
import { toUiLang, UI_LANGS, type UiLang } from './uiLang';

export { LANG_STORAGE_KEY, toUiLang, UI_LANGS, type UiLang } from './uiLang';

export const NAMESPACES = ['common', 'compare'] as const;

/**
 * Namespaces of the parts loaded on demand (new comparison, editing, library, word by word): their words travel
 * with those parts, not with the first view (see ui/hooks/useLazyTranslation.ts).
 */
export const LAZY_NAMESPACES = ['intake', 'editing', 'library', 'wording'] as const;

export type LazyNamespace = (typeof LAZY_NAMESPACES)[number];

type FirstViewNamespace = (typeof NAMESPACES)[number];

/** Each language's first-view words, one chunk a language, fetched when the language is first needed. */
const LOADERS: Readonly<Record<UiLang, () => Promise<{ words: Readonly<Record<FirstViewNamespace, object>> }>>> = {
  en: () => Promise.resolve({ words: englishWords }),
  fr: () => import('./firstViewWords.fr'),
};

/**
 * An i18next backend over LOADERS. The namespaces of the parts loaded on demand bring their own
 * words (useLazyTranslation); asked for one of them, it answers with nothing, which leaves what
 * the part added untouched.
 */
const chunkBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    if (!(NAMESPACES as readonly string[]).includes(namespace)) {
      callback(null, {});
      return;
    }
    LOADERS[toUiLang(language)]().then(
      (module) => callback(null, module.words[namespace as FirstViewNamespace] as ResourceKey),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

/** Creates and initialises an i18next instance; resolves once the first language is ready. */
export async function createI18n(): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance
    .use(languageDetector)
    .use(chunkBackend)
    .use(initReactI18next)
    .init({
      // English, the language most readers get, travels with the first view: no request before its
      // first paint. French comes as a chunk of its own (LOADERS), when a French reader needs it.
      resources: { en: englishWords },
      partialBundledLanguages: true,
      ns: [...NAMESPACES],
      defaultNS: 'common',
      supportedLngs: [...UI_LANGS],
      // Every key exists in both languages (test/ui/locales checks): no fallback, so a French reader fetches no English.
      fallbackLng: false,
      // React escapes what it renders; escaping here too would show `&amp;` to the reader.
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  return instance;
}
