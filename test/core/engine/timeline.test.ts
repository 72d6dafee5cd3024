import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/core/engine/dates';
import { foldKeepingOffsets } from '../../../src/core/engine/normalize';
import {
  conflictingDates,
  dayFromNumber,
  dayNumber,
  readPublication,
  resolveDates,
  weekdayOf,
  type CalendarDay,
  type Publication,
  type ResolvedDate,
} from '../../../src/core/engine/timeline';
import type { Lang } from '../../../src/core/model/types';

/** Friday 14 July 2017: a day late in a month, late in a week, so that rules looking back and forward differ. */
const FRIDAY = publishedOn('2017-07-14');

function publishedOn(published: string): Publication {
  const publication = readPublication({ published, kind: 'news-article' });
  if (!publication) throw new Error(`${published} is no day`);
  return publication;
}

const resolve = (text: string, lang: Lang, publication: Publication | null = FRIDAY) => resolveDates(text, lang, findDates(text, foldKeepingOffsets(text), lang), publication);

/** What a resolved date says, in one string: "2017-07-12 day weekday «mercredi»". */
const summary = (date: ResolvedDate) =>
  `${[date.year, date.month, date.day].filter((part) => part !== null).map((part) => String(part).padStart(2, '0')).join('-')} ${date.grain} ${date.rule} «${date.text}»`;

const summaries = (text: string, lang: Lang, publication: Publication | null = FRIDAY) => resolve(text, lang, publication).map(summary);

describe('readPublication', () => {
  it('reads an ISO day and keeps what the source is', () => {
    expect(readPublication({ published: '2020-05-05', kind: 'blog-press-conference' })).toEqual({ day: { year: 2020, month: 5, day: 5 }, kind: 'blog-press-conference' });
  });

  it.each([null, '', '2017-02-30', '2017-13-01', '14/07/2017', '2017-7-14'])('gives no publication for %j', (published) => {
    expect(readPublication({ published, kind: null })).toBeNull();
  });
});

describe('dayNumber, dayFromNumber and weekdayOf', () => {
  it.each([
    [{ year: 1970, month: 1, day: 1 }, 0, 4],
    [{ year: 2017, month: 7, day: 14 }, 17361, 5],
    [{ year: 2020, month: 5, day: 5 }, 18387, 2],
    [{ year: 2000, month: 2, day: 29 }, 11016, 2],
    [{ year: 1969, month: 12, day: 31 }, -1, 3],
  ])('numbers %j as day %i, weekday %i', (day, number, weekday) => {
    expect(dayNumber(day)).toBe(number);
    expect(dayFromNumber(number)).toEqual(day);
    expect(weekdayOf(day)).toBe(weekday);
  });

  it('counts every day once, across months, leap days and centuries', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (number) => {
        const day = dayFromNumber(number);
        expect(dayNumber(day)).toBe(number);
        expect(dayFromNumber(number + 1)).not.toEqual(day);
      }),
      { seed: 20261205, numRuns: 300 },
    );
  });
});

describe('resolveDates', () => {
  it.each([
    ['en', 'Schools in the town will stay shut on Thursday.', '2022-11-09', '2022-11-10 day weekday «on Thursday»'],
    ['en', 'The minister is due to visit the plant on Friday.', '2022-11-09', '2022-11-11 day weekday «on Friday»'],
    ['fr', 'Les écoles de la commune resteront fermées jeudi.', '2022-11-10', '2022-11-10 day weekday «jeudi»'],
    ['fr', 'La ministre va visiter l’usine vendredi.', '2022-11-09', '2022-11-11 day weekday «vendredi»'],
    // Told in the past, the same weekday is the one before.
    ['en', 'Schools in the town stayed shut on Thursday.', '2022-11-09', '2022-11-03 day weekday «on Thursday»'],
    ['fr', 'La caméra a filmé la scène jeudi.', '2022-11-09', '2022-11-03 day weekday «jeudi»'],
  ] as const)('reads a weekday in a %s claim told in the future as the first such day on or after the publication: %j', (lang, text, published, expected) => {
    expect(summaries(text, lang, publishedOn(published))).toEqual([expected]);
  });

  it.each([
    ['fr', "Le maire l'a annoncé aujourd'hui devant le conseil.", "2017-07-14 day relative-day «aujourd'hui»"],
    ['fr', 'Le maire l’a annoncé aujourd’hui devant le conseil.', '2017-07-14 day relative-day «aujourd’hui»'],
    ['fr', 'Le maire l’a annoncé hier devant le conseil.', '2017-07-13 day relative-day «hier»'],
    ['fr', 'Le maire l’annoncera demain devant le conseil.', '2017-07-15 day relative-day «demain»'],
    ['fr', 'Le maire l’a annoncé avant-hier devant le conseil.', '2017-07-12 day relative-day «avant-hier»'],
    ['fr', 'Le maire l’annoncera après-demain devant le conseil.', '2017-07-16 day relative-day «après-demain»'],
    ['fr', 'Le port a reçu trois navires cette année.', '2017 year relative-year «cette année»'],
    ['fr', 'Le port a reçu trois navires cette année-ci.', '2017 year relative-year «cette année-ci»'],
    ['fr', "Le port a reçu trois navires l'an dernier.", "2016 year relative-year «l'an dernier»"],
    ['fr', "Le port a reçu trois navires l'année dernière.", "2016 year relative-year «l'année dernière»"],
    ['fr', "Le port a reçu trois navires l'an passé.", "2016 year relative-year «l'an passé»"],
    ['fr', "Le port recevra trois navires l'an prochain.", "2018 year relative-year «l'an prochain»"],
    ['fr', 'Le port a reçu trois navires ce mois-ci.', '2017-07 month relative-month «ce mois-ci»'],
    ['fr', 'Le port a reçu trois navires le mois dernier.', '2017-06 month relative-month «le mois dernier»'],
    ['fr', 'Le port recevra trois navires le mois prochain.', '2017-08 month relative-month «le mois prochain»'],
    ['en', 'The mayor announced it today before the council.', '2017-07-14 day relative-day «today»'],
    ['en', 'The mayor announced it yesterday before the council.', '2017-07-13 day relative-day «yesterday»'],
    ['en', 'The mayor will announce it tomorrow before the council.', '2017-07-15 day relative-day «tomorrow»'],
    ['en', 'The mayor announced it the day before yesterday.', '2017-07-12 day relative-day «the day before yesterday»'],
    ['en', 'The mayor will announce it the day after tomorrow.', '2017-07-16 day relative-day «the day after tomorrow»'],
    ['en', 'The port received three ships this year.', '2017 year relative-year «this year»'],
    ['en', 'The port received three ships last year.', '2016 year relative-year «last year»'],
    ['en', 'The port will receive three ships next year.', '2018 year relative-year «next year»'],
    ['en', 'The port received three ships this month.', '2017-07 month relative-month «this month»'],
    ['en', 'The port received three ships last month.', '2017-06 month relative-month «last month»'],
    ['en', 'The port will receive three ships next month.', '2017-08 month relative-month «next month»'],
  ] as const)('resolves a relative word of %s against the publication day: %j', (lang, text, expected) => {
    expect(summaries(text, lang)).toEqual([expected]);
  });

  it('counts months and days across the turn of a year', () => {
    const newYear = publishedOn('2020-01-01');
    expect(summaries('Les ventes ont chuté le mois dernier et hier.', 'fr', newYear)).toEqual(['2019-12 month relative-month «le mois dernier»', '2019-12-31 day relative-day «hier»']);
    expect(summaries('Sales will rise next month.', 'en', publishedOn('2019-12-31'))).toEqual(['2020-01 month relative-month «next month»']);
  });

  it.each([
    ['fr', 'La loi a été votée en mars.', '2017-03 month month-this-year «en mars»'],
    ['fr', 'La loi a été votée en juillet.', '2017-07 month month-this-year «en juillet»'],
    ['fr', 'La loi a été votée en septembre.', '2016-09 month month-last-year «en septembre»'],
    ['fr', 'La loi a été votée le 3 novembre.', '2016-11-03 day month-last-year «le 3 novembre»'],
    ['fr', 'La loi sera votée le 20 juillet.', '2017-07-20 day month-ahead «le 20 juillet»'],
    ['en', 'The law was passed in March.', '2017-03 month month-this-year «in March»'],
    ['en', 'The law was passed in July.', '2017-07 month month-this-year «in July»'],
    ['en', 'The law was passed in September.', '2016-09 month month-last-year «in September»'],
    ['en', 'The law was passed on November 3.', '2016-11-03 day month-last-year «on November 3»'],
  ] as const)('puts a month without a year in the publication year unless it is after the publication month (%s): %j', (lang, text, expected) => {
    expect(summaries(text, lang)).toEqual([expected]);
  });

  it.each([
    ['fr', 'Les syndicats ont appelé à une grève le 3 mars.', '2026-02-18', '2026-03-03 day month-ahead «le 3 mars»'],
    ['en', 'Unions called a strike for January 4.', '2026-12-20', '2027-01-04 day month-ahead «January 4»'],
    ['fr', 'Les syndicats ont appelé à une grève le 3 avril.', '2026-02-18', '2025-04-03 day month-last-year «le 3 avril»'],
  ] as const)('takes a day at most a month after the publication for that coming day, across a new year too (%s): %j', (lang, text, published, expected) => {
    expect(summaries(text, lang, publishedOn(published))).toEqual([expected]);
  });

  it.each([
    ['en', 'In January this year, the agency issued a notice.', '2017-01 month relative-year «In January this year»'],
    ['en', 'The agency issued a notice in September last year.', '2016-09 month relative-year «in September last year»'],
    ['en', 'The agency will issue a notice in March next year.', '2018-03 month relative-year «in March next year»'],
    ['fr', "L'agence a publié un avis en janvier de cette année.", '2017-01 month relative-year «en janvier de cette année»'],
    ['fr', "L'agence a publié un avis en septembre de l'an dernier.", "2016-09 month relative-year «en septembre de l'an dernier»"],
    ['fr', "L'agence a publié un avis en janvier dernier.", '2017-01 month last-named «en janvier dernier»'],
    ['fr', "L'agence publiera un avis en janvier prochain.", '2018-01 month next-named «en janvier prochain»'],
    ['en', 'The agency will issue a notice next January.', '2018-01 month next-named «next January»'],
  ] as const)('places a month in the year its words name (%s): %j', (lang, text, expected) => {
    expect(summaries(text, lang)).toEqual([expected]);
  });

  it('takes "juillet dernier" in an article of July for the July of the year before, and "le 10 juillet dernier" for four days back', () => {
    expect(summaries('La loi a été votée en juillet dernier.', 'fr')).toEqual(['2016-07 month last-named «en juillet dernier»']);
    expect(summaries('La loi a été votée le 10 juillet dernier.', 'fr')).toEqual(['2017-07-10 day last-named «le 10 juillet dernier»']);
    expect(summaries('La loi sera votée le 10 juillet prochain.', 'fr')).toEqual(['2018-07-10 day next-named «le 10 juillet prochain»']);
  });

  it.each([
    ['fr', 'Le ministère a répondu mercredi au journal.', '2017-07-12 day weekday «mercredi»'],
    ['fr', 'Le ministère a répondu vendredi au journal.', '2017-07-14 day weekday «vendredi»'],
    ['fr', 'Le ministère a répondu samedi au journal.', '2017-07-08 day weekday «samedi»'],
    ['fr', 'Le ministère a répondu vendredi dernier au journal.', '2017-07-07 day last-named «vendredi dernier»'],
    ['fr', 'Le ministère répondra lundi prochain au journal.', '2017-07-17 day next-named «lundi prochain»'],
    ['en', 'The ministry replied on Wednesday to the paper.', '2017-07-12 day weekday «on Wednesday»'],
    ['en', 'The ministry replied on Saturday to the paper.', '2017-07-08 day weekday «on Saturday»'],
    ['en', 'The ministry replied last Friday to the paper.', '2017-07-07 day last-named «last Friday»'],
    ['en', 'The ministry will reply next Monday to the paper.', '2017-07-17 day next-named «next Monday»'],
  ] as const)('puts a weekday alone on the latest such day up to the publication (%s): %j', (lang, text, expected) => {
    expect(summaries(text, lang)).toEqual([expected]);
  });

  it.each([
    ['fr', 'La loi a été votée en janvier 2015.', '2015-01 month written «en janvier 2015»'],
    ['fr', 'La loi a été votée le 3 mars 2016.', '2016-03-03 day written «le 3 mars 2016»'],
    ['fr', 'La loi a été votée le mercredi 12 juillet 2017.', '2017-07-12 day written «le mercredi 12 juillet 2017»'],
    ['fr', 'La loi a été votée le 14/07/2016.', '2016-07-14 day written «le 14/07/2016»'],
    ['fr', 'La loi a été votée en 2019.', '2019 year written «en 2019»'],
    ['en', 'The law was passed on Wednesday, July 12, 2015.', '2015-07-12 day written «on Wednesday, July 12, 2015»'],
    ['en', 'The law was passed on the 3rd of March 2016.', '2016-03-03 day written «on the 3rd of March 2016»'],
    ['en', 'The law was passed in September 2030.', '2030-09 month written «in September 2030»'],
  ] as const)('lets a written year win over the publication (%s): %j', (lang, text, expected) => {
    expect(summaries(text, lang)).toEqual([expected]);
    expect(summaries(text, lang, null)).toEqual([expected]);
  });

  it.each([
    ['fr', "Le ministre a parlé aujourd'hui, hier et demain, cette année, l'an dernier, ce mois-ci."],
    ['fr', 'La loi a été votée en janvier, le 3 mars et mercredi.'],
    ['en', 'The minister spoke today, yesterday and tomorrow, this year, last year, last month.'],
    ['en', 'The law was passed in January this year, on March 3 and on Wednesday.'],
  ] as const)('resolves nothing relative without a publication day (%s): %j', (lang, text) => {
    expect(resolve(text, lang, null)).toEqual([]);
    expect(resolve(text, lang).length).toBeGreaterThan(0);
  });

  it('leaves "cette année-là" and "ce mois-là", said of a past told, unresolved', () => {
    expect(resolve('Cette année-là, la ville comptait dix usines ; ce mois-là, elle en ferma deux.', 'fr')).toEqual([]);
  });

  it('keeps the offsets of the words as written', () => {
    const text = 'Selon le ministère, la règle publiée en janvier reste en vigueur.';
    for (const date of resolve(text, 'fr')) expect(text.slice(date.start, date.end)).toBe(date.text);
    expect(resolve(text, 'fr')).toHaveLength(1);
  });

  /** Words for a day, a month or a year before the day written, and how each must resolve. */
  const PAST_FORMS: readonly (readonly [Lang, string])[] = [
    ...['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'].map((month) => ['fr', `en ${month}`] as const),
    ...['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'].map((month) => ['en', `in ${month}`] as const),
    ...['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'].map((weekday) => ['fr', weekday] as const),
    ...['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map((weekday) => ['en', `on ${weekday}`] as const),
    ['fr', 'hier'],
    ['en', 'yesterday'],
  ];
  const SENTENCES: Readonly<Record<Lang, readonly ((words: string) => string)[]>> = {
    fr: [(words) => `Le conseil s’est réuni ${words} pour voter le budget.`, (words) => `Selon la préfecture, la digue a cédé ${words}.`],
    en: [(words) => `The council met ${words} to vote on the budget.`, (words) => `According to the police, the dam gave way ${words}.`],
  };

  it('resolves the same way every time, and never puts a past form after the publication day', () => {
    const day = fc.integer({ min: dayNumber({ year: 1990, month: 1, day: 1 }), max: dayNumber({ year: 2040, month: 12, day: 31 }) }).map(dayFromNumber);
    fc.assert(
      fc.property(day, fc.constantFrom(...PAST_FORMS), fc.nat(1), (published: CalendarDay, [lang, words], template) => {
        const text = (SENTENCES[lang][template] as (words: string) => string)(words);
        const publication: Publication = { day: published, kind: null };
        const first = resolve(text, lang, publication);
        expect(resolve(text, lang, publication)).toEqual(first);
        expect(first).toHaveLength(1);
        const [date] = first as [ResolvedDate];
        expect(date.text).toBe(words);
        if (date.grain === 'day') {
          const daysBack = dayNumber(published) - dayNumber({ year: date.year, month: date.month as number, day: date.day as number });
          expect(daysBack).toBeGreaterThanOrEqual(words === 'hier' || words === 'yesterday' ? 1 : 0);
          expect(daysBack).toBeLessThanOrEqual(6); // the latest such weekday, not one a week earlier
        } else {
          const monthsBack = published.year * 12 + published.month - (date.year * 12 + (date.month as number));
          expect(monthsBack).toBeGreaterThanOrEqual(0);
          expect(monthsBack).toBeLessThanOrEqual(11); // the latest such month
        }
      }),
      { seed: 20261205, numRuns: 200 },
    );
  });
});

describe('conflictingDates', () => {
  const dates = (text: string, lang: Lang, published: string) => resolve(text, lang, publishedOn(published));

  it('finds two months of one name in different years, each side read against its own publication', () => {
    const conflict = conflictingDates(dates('La règle a été publiée en janvier.', 'fr', '2017-07-14'), dates('The rule was issued in January this year.', 'en', '2020-05-05'));
    expect(conflict?.fr.map(summary)).toEqual(['2017-01 month month-this-year «en janvier»']);
    expect(conflict?.en.map(summary)).toEqual(['2020-01 month relative-year «in January this year»']);
  });

  it.each([
    ['equal days written differently', 'Le ministère a répondu mercredi.', '2017-07-14', 'The ministry replied on July 12.', '2017-07-15'],
    ['a weekday and "yesterday" naming one day', 'Le ministère a répondu jeudi.', '2017-07-14', 'The ministry replied yesterday.', '2017-07-14'],
    ['dates of different grains', 'La règle a été publiée en janvier.', '2017-07-14', 'The rule was issued this year.', '2020-05-05'],
    ['two dates with their years written', 'La règle date du 3 mars 2016.', '2017-07-14', 'The rule dates from March 4, 2016.', '2020-05-05'],
    ['a side with no date', 'La règle a été publiée en janvier.', '2017-07-14', 'The rule was issued.', '2020-05-05'],
  ])('finds no conflict between %s', (_, fr, frPublished, en, enPublished) => {
    expect(conflictingDates(dates(fr, 'fr', frPublished), dates(en, 'en', enPublished))).toBeNull();
  });
});
