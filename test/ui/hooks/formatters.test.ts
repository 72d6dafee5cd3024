import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formattersFor } from '../../../src/ui/hooks/useFormatters';

// The formatters take shortcuts past ICU where its answer is known (useFormatters.ts); each must
// still write what ICU would, in both languages.
const LOCALES = { fr: 'fr-FR', en: 'en-GB' } as const;

describe('formattersFor', () => {
  for (const [lang, locale] of Object.entries(LOCALES) as ['fr' | 'en', string][]) {
    it(`writes every number as ICU does in ${locale}, below a thousand or not`, () => {
      const format = formattersFor(lang);
      const icu = new Intl.NumberFormat(locale);
      // Every whole number on either side of the shortcut's bound, then any number at all.
      for (let value = 0; value < 20_000; value++) expect(format.number(value)).toBe(icu.format(value));
      fc.assert(
        fc.property(fc.oneof(fc.integer({ min: -1_000_000, max: 10_000_000 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })), (value) => {
          expect(format.number(value)).toBe(icu.format(value));
        }),
      );
    });
  }

  for (const [lang, locale] of Object.entries(LOCALES) as ['fr' | 'en', string][]) {
    it(`writes every share as ICU rounds it in ${locale}, the sign set off as French typography has it`, () => {
      const format = formattersFor(lang);
      const icu = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
      // ICU's space before the sign is a no-break space or a narrow one, depending on its version.
      const spaced = (written: string) => written.replace(/[\u00a0\u202f]/u, '\u202f');
      const asWritten = (fraction: number) => spaced(icu.format(fraction));
      for (let hundredth = 0; hundredth <= 10_000; hundredth++) expect(format.percent(hundredth / 10_000)).toBe(asWritten(hundredth / 10_000));
      fc.assert(
        fc.property(fc.double({ min: -2, max: 3, noNaN: true }), (fraction) => {
          expect(spaced(format.percent(fraction))).toBe(asWritten(fraction));
        }),
      );
    });
  }

  it('groups thousands in each language its own way', () => {
    expect(formattersFor('en').number(15000)).toBe('15,000');
    expect(formattersFor('fr').number(15000)).toBe('15\u202f000');
  });

  for (const [lang, locale] of Object.entries(LOCALES) as ['fr' | 'en', string][]) {
    it(`writes every day of a century and every time of day as ICU does in ${locale}`, () => {
      const format = formattersFor(lang);
      const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
      for (let day = Date.UTC(1950, 0, 1); day < Date.UTC(2050, 0, 1); day += 86_400_000) {
        expect(format.date(new Date(day).toISOString().slice(0, 10))).toBe(dates.format(day));
      }
      const times = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });
      for (let minute = 0; minute < 24 * 60; minute++) {
        expect(format.time(Math.floor(minute / 60), minute % 60)).toBe(times.format(Date.UTC(2000, 0, 1, 0, minute)));
      }
    });

    it(`joins any list as ICU does in ${locale}`, () => {
      const format = formattersFor(lang);
      const lists = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
      fc.assert(
        fc.property(fc.array(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 7 }), (items) => {
          expect(format.list(items)).toBe(lists.format(items));
        }),
      );
    });
  }

  it('leaves a date it cannot read as written', () => {
    expect(formattersFor('en').date('2017-13-01')).toBe('2017-13-01');
    expect(formattersFor('fr').date('juillet')).toBe('juillet');
  });

  it('writes dates, times and percentages in the reader language', () => {
    expect(formattersFor('en').date('2017-07-14')).toBe('14 July 2017');
    expect(formattersFor('fr').date('2017-07-14')).toBe('14 juillet 2017');
    expect(formattersFor('fr').time(9, 5)).toBe('09:05');
    expect(formattersFor('en').percent(0.82)).toBe('82%');
    expect(formattersFor('fr').percent(0.82)).toMatch(/^82[\u00a0\u202f]%$/); // ICU's space before the sign differs between versions
  });
});
