/**
 * Dates, times, lists, numbers and percentages in the interface language.
 *
 * Most are written here rather than by Intl: whichever Intl formatter of dates, lists or numbers a
 * page makes first wakes ICU's locale data, 30 to 50 ms in Chromium, in the very render that first
 * paints the comparison. What the first view writes (a long date, a wall-clock time, a short list,
 * counts, whole percentages) follows fixed patterns of the two languages (CLDR's, for en-GB and
 * fr-FR), and test/ui/hooks/formatters.test.ts holds each to what ICU writes. Numbers from 1,000 on
 * and percentages outside 0 to 100 still go to Intl, made on first use.
 */
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

const MONTHS: Record<UiLang, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};

/** The word before a list's last item: neither language puts a comma before it (en-GB, unlike en-US). */
const AND: Record<UiLang, string> = { en: 'and', fr: 'et' };

/** What follows a percentage: French sets the sign off with a narrow no-break space. */
const PERCENT_SIGN: Record<UiLang, string> = { fr: '\u202f%', en: '%' };

// A dozen components ask for the formatters: each language's are made once for the whole page.
const made = new Map<UiLang, Formatters>();

/** The formatters in the interface language. */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  return formattersFor(toUiLang(i18n.resolvedLanguage));
}

/** The formatters of `lang`, made once for the whole page. */
export function formattersFor(lang: UiLang): Formatters {
  let formatters = made.get(lang);
  if (!formatters) {
    formatters = makeFormatters(lang);
    made.set(lang, formatters);
  }
  return formatters;
}

/** `make` called on the first call only; what it made is kept for every later one. */
function madeOnFirstUse<T>(make: () => T): () => T {
  let kept: { readonly value: T } | null = null;
  return () => (kept ??= { value: make() }).value;
}

function makeFormatters(lang: UiLang): Formatters {
  const locale = LOCALES[lang];
  const percents = madeOnFirstUse(() => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }));
  const numbers = madeOnFirstUse(() => new Intl.NumberFormat(locale));
  const twoDigits = (value: number) => String(value).padStart(2, '0');
  return {
    // A calendar date has no time zone: it is written as given, never slid to the eve.
    date: (iso) => {
      const [year, month, day] = iso.split('-').map(Number);
      const monthName = MONTHS[lang][(month ?? 0) - 1];
      if (!year || !monthName || !day) return iso;
      return `${day} ${monthName} ${year}`;
    },
    // A page's time is a wall-clock time with no zone, written as both languages write it: 09:05.
    time: (hour, minute) => `${twoDigits(hour)}:${twoDigits(minute)}`,
    // Below a thousand, a whole number reads the same in both languages, with no group separator.
    number: (value) => (Number.isInteger(value) && value >= 0 && value < 1000 ? String(value) : numbers().format(value)),
    percent: (fraction) =>
      fraction >= 0 && fraction <= 1 && !Object.is(fraction, -0) ? `${wholePercent(fraction)}${PERCENT_SIGN[lang]}` : percents().format(fraction),
    list: (items) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${AND[lang]} ${items.at(-1)}`),
  };
}

/**
 * `fraction` as a whole percentage, rounded half up from the shortest decimal that writes it, as ICU
 * rounds: 0.145 is 15%, though 0.145 * 100 is 14.499999999999998 in binary.
 */
function wholePercent(fraction: number): number {
  const [digits, exponent = '0'] = String(fraction).split('e');
  return Math.round(Number(`${digits}e${Number(exponent) + 2}`));
}
