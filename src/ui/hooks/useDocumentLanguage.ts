import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { toUiLang, type UiLang } from '../../i18n/i18n';

/**
 * Keeps the page in step with the interface language: `<html lang>` (screen readers and
 * hyphenation follow it), the window title, and `?lang=` in the address so that a shared link
 * opens in the same language. Returns the interface language.
 */
export function useDocumentLanguage(): UiLang {
  const { t, i18n } = useTranslation('common');
  const lang = toUiLang(i18n.resolvedLanguage);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.documentTitle');
    const writeLangParam = () => {
      const url = new URL(window.location.href);
      if (url.searchParams.get('lang') === lang) return;
      url.searchParams.set('lang', lang);
      // Replace, not push: a change of language is a preference, not a step Back should undo.
      window.history.replaceState(window.history.state, '', url.href);
    };
    writeLangParam();
    // An older history entry may name the other language; the reader's current choice wins.
    window.addEventListener('popstate', writeLangParam);
    return () => window.removeEventListener('popstate', writeLangParam);
  }, [lang, t]);

  return lang;
}
