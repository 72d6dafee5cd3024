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

/** What follows a percentage: French sets the sign off with a narrow no-break space. */
const PERCENT_SIGN: Record<UiLang, string> = { fr: '\u202f%', en: '%' };

// Making Intl formatters is slow (a few milliseconds for the four), and a dozen components ask for
// them: each language's are made once for the whole page, so that switching language stays quick.
const made = new Map<UiLang, Formatters>();

/** Intl formatters in the interface language, made once per language. */
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
  let made: { readonly value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}

// Each formatter is made when first used, not with the others: the first of a language costs
// ICU's locale data (about 15 ms in Chromium, in the render that first paints the comparison),
// and that first view uses only a few of them.
function makeFormatters(lang: UiLang): Formatters {
  const locale = LOCALES[lang];
  // A calendar date has no time zone; formatting it in UTC keeps it from sliding to the eve.
  const dates = madeOnFirstUse(() => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }));
  // A page's time is a wall-clock time with no zone: formatted in UTC, it stays the time written.
  const times = madeOnFirstUse(() => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }));
  const percents = madeOnFirstUse(() => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }));
  const lists = madeOnFirstUse(() => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }));
  const numbers = madeOnFirstUse(() => new Intl.NumberFormat(locale));
  return {
    date: (iso) => {
      const [year, month, day] = iso.split('-').map(Number);
      if (!year || !month || !day) return iso;
      return dates().format(new Date(Date.UTC(year, month - 1, day)));
    },
    time: (hour, minute) => times().format(new Date(Date.UTC(2000, 0, 1, hour, minute))),
    // A share between 0 and 1 is a whole percentage, written as each language's typography has it
    // ("82%", "82 %" with a narrow no-break space): the overview's marks label their places so on
    // the first view, which then need not wait for ICU's number data.
    percent: (fraction) => (fraction >= 0 && fraction <= 1 && !Object.is(fraction, -0) ? `${wholePercent(fraction)}${PERCENT_SIGN[lang]}` : percents().format(fraction)),
    list: (items) => lists().format(items),
    // Below a thousand, a whole number reads the same in both languages, with no group separator,
    // and the legend's counts are such. Written without ICU, these and the percentages below spare
    // the first view ICU's number data: about 40 to 70 ms in Chromium, the first time it is needed.
    number: (value) => (Number.isInteger(value) && value >= 0 && value < 1000 ? String(value) : numbers().format(value)),
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
