import { useTranslation } from 'react-i18next';
import { toUiLang, type UiLang } from '../../i18n/i18n';

export interface Formatters {
  /** `2017-07-14` as `14 July 2017` or `14 juillet 2017`. */
  readonly date: (iso: string) => string;
  /** A time of day as the page gave it, `11:05` in either language; no time zone is moved. */
  readonly time: (hour: number, minute: number) => string;
  readonly percent: (fraction: number) => string;
  readonly list: (items: readonly string[]) => string;
  readonly number: (value: number) => string;
}

// British English writes the day first, as French does: `14 July 2017` reads the same in both.
const LOCALES: Record<UiLang, string> = { fr: 'fr-FR', en: 'en-GB' };

// Making Intl formatters is slow (a few milliseconds for the four), and a dozen components ask for
// them: each language's are made once for the whole page, so that switching language stays quick.
const made = new Map<UiLang, Formatters>();

/** Intl formatters in the interface language, made once per language. */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  return formattersFor(toUiLang(i18n.resolvedLanguage));
}

function formattersFor(lang: UiLang): Formatters {
  let formatters = made.get(lang);
  if (!formatters) {
    formatters = makeFormatters(lang);
    made.set(lang, formatters);
  }
  return formatters;
}

function makeFormatters(lang: UiLang): Formatters {
  const locale = LOCALES[lang];
  // A calendar date has no time zone; formatting it in UTC keeps it from sliding to the eve.
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  // A page's time is a wall-clock time with no zone: formatted in UTC, it stays the time written.
  const times = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });
  const percents = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const lists = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const numbers = new Intl.NumberFormat(locale);
  return {
    date: (iso) => {
      const [year, month, day] = iso.split('-').map(Number);
      if (!year || !month || !day) return iso;
      return dates.format(new Date(Date.UTC(year, month - 1, day)));
    },
    time: (hour, minute) => times.format(new Date(Date.UTC(2000, 0, 1, hour, minute))),
    percent: (fraction) => percents.format(fraction),
    list: (items) => lists.format(items),
    number: (value) => numbers.format(value),
  };
}
