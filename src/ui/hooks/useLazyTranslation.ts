import { useTranslation } from 'react-i18next';
import { UI_LANGS, type LazyNamespace, type UiLang } from '../../i18n/i18n';

/**
 * `useTranslation` for a namespace that ships with a lazily loaded part of the app (the new
 * comparison form, the editor, the library) rather than with the first view: the part imports its
 * own locale files and hands them here, and they join the app's i18next instance the first time
 * the part renders. Both languages are added at once, so switching language needs no load.
 */
export function useLazyTranslation<N extends LazyNamespace>(namespace: N, bundles: Readonly<Record<UiLang, object>>) {
  const { i18n } = useTranslation();
  for (const lang of UI_LANGS) {
    if (!i18n.hasResourceBundle(lang, namespace)) i18n.addResourceBundle(lang, namespace, bundles[lang], true, true);
  }
  return useTranslation(namespace);
}
