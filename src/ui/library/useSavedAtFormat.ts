import { useTranslation } from 'react-i18next';
import { toUiLang, type UiLang } from '../../i18n/i18n';

// The same locales as the rest of the interface (hooks/useFormatters.ts): the day before the month in both.
const LOCALES: Record<UiLang, string> = { fr: 'fr-FR', en: 'en-GB' };

// Making an Intl formatter is slow and every line of the list asks for one: one per language.
const made = new Map<UiLang, Intl.DateTimeFormat>();

/**
 * Formats a save time (an ISO instant) in the interface language and the reader's time zone, as
 * `2 May 2024, 17:05` or `2 mai 2024 à 17:05`; a value that is not a time is shown as it is.
 */
export function useSavedAtFormat(): (iso: string) => string {
  const { i18n } = useTranslation();
  const lang = toUiLang(i18n.resolvedLanguage);
  let format = made.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeStyle: 'short' });
    made.set(lang, format);
  }
  const formatter = format;
  return (iso) => {
    const time = Date.parse(iso);
    return Number.isNaN(time) ? iso : formatter.format(time);
  };
}
