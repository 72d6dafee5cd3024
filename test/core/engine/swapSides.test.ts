/**
 * Swapping the sides of a pair swaps the findings and nothing else. A French text cannot become
 * the English one, so the swap is made on values: each case draws two sets of values (a sum, a
 * head count, a weekday, a city, a person, a publication day) and writes them into the same French
 * and English templates twice, A in the French text and B in the English one, then B in the French
 * and A in the English. Both comparisons must give the same kinds, aspects and confidences, and
 * every difference the French side of one gives, the English side of the other, as values.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareTexts } from '../../../src/core/engine/compare';
import { findDates } from '../../../src/core/engine/dates';
import { judgeGroup } from '../../../src/core/engine/judge';
import type { Difference, Judgement } from '../../../src/core/engine/judgement';
import { foldKeepingOffsets } from '../../../src/core/engine/normalize';
import { findNumbers } from '../../../src/core/engine/numbers';
import { readPublication } from '../../../src/core/engine/timeline';
import type { Comparison, Lang } from '../../../src/core/model/types';
import { featuresOf } from './fixtures';

const CITIES = [
  { fr: 'Londres', en: 'London' },
  { fr: 'Pékin', en: 'Beijing' },
  { fr: 'Venise', en: 'Venice' },
  { fr: 'Varsovie', en: 'Warsaw' },
  { fr: 'Lyon', en: 'Lyon' },
] as const;
// People's names of one length (see `padded`), none a common word in either language nor near a
// city's name in spelling: the swap exchanges values, not what each language makes of a word.
// ("Claire" is a French adjective, so "Claire Moreau" is only "Moreau" in French; "Perrin" is
// "Pékin" by the spelling distance that lets "Poutine" be "Putin", not "Beijing".)
const PEOPLE = ['Paul Girard', 'Yves Renaud', 'Eric Dumont'] as const;
const WEEKDAYS = {
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
} as const;

/** One side's values, written into either language's template. */
interface Values {
  /** A sum in millions, in tenths: 1255 is "125,5" / "125.5". */
  readonly tenths: number;
  readonly count: number;
  readonly weekday: number;
  readonly city: number;
  readonly person: number;
  readonly published: string | null;
}

const values: fc.Arbitrary<Values> = fc.record({
  // Figures of one width, so that swapping two swaps no length (see `padded`).
  tenths: fc.integer({ min: 1000, max: 9999 }),
  count: fc.integer({ min: 10_000, max: 99_999 }),
  weekday: fc.integer({ min: 0, max: 6 }),
  city: fc.integer({ min: 0, max: CITIES.length - 1 }),
  person: fc.integer({ min: 0, max: PEOPLE.length - 1 }),
  published: fc.constantFrom(null, '2017-07-12', '2017-07-14', '2020-05-05'),
});

/** Often the same value on both sides, so that matches are drawn as well as discrepancies. */
const pairs: fc.Arbitrary<[Values, Values]> = fc.tuple(values, values, fc.array(fc.boolean(), { minLength: 6, maxLength: 6 })).map(([a, b, same]) => [
  a,
  {
    tenths: same[0] ? a.tenths : b.tenths,
    count: same[1] ? a.count : b.count,
    weekday: same[2] ? a.weekday : b.weekday,
    city: same[3] ? a.city : b.city,
    person: same[4] ? a.person : b.person,
    published: same[5] ? a.published : b.published,
  },
]);

function sum(tenths: number, lang: Lang): string {
  const written = (tenths / 10).toFixed(1);
  return lang === 'fr' ? written.replace('.', ',') : written;
}

function count(value: number, lang: Lang): string {
  return lang === 'fr' ? value.toLocaleString('en-US').replace(/,/g, '\u202f') : value.toLocaleString('en-US');
}

/**
 * A word padded with spaces to the room the longest word of its slot takes in either language.
 * The engine measures some things in characters (the length gap of two accounts' claims, the
 * alignment's length term): "mardi" in the French text and "Wednesday" in the English one must
 * weigh as "mercredi" and "Tuesday" do once swapped, or the swap would change more than the
 * values. Figures are drawn at one width for the same reason.
 */
function padded(word: string, slot: readonly string[]): string {
  return word.padEnd(Math.max(...slot.map((each) => each.length)), ' ');
}

const CITY_NAMES = CITIES.flatMap((names) => [names.fr, names.en]);
const WEEKDAY_NAMES = [...WEEKDAYS.fr, ...WEEKDAYS.en];

function city(v: Values, lang: Lang): string {
  return padded((CITIES[v.city] as (typeof CITIES)[number])[lang], CITY_NAMES);
}

/** The budget sentence, the claim each pair of templates centres on. */
function budget(v: Values, lang: Lang): string {
  const person = PEOPLE[v.person] as string;
  const weekday = padded(WEEKDAYS[lang][v.weekday] as string, WEEKDAY_NAMES);
  return lang === 'fr'
    ? `Le conseil de ${city(v, 'fr')} a voté ${weekday} un budget de ${sum(v.tenths, 'fr')} millions d’euros, selon ${person}.`
    : `On ${weekday} the ${city(v, 'en')} council voted a budget of ${sum(v.tenths, 'en')} million euros, ${person} said.`;
}

/** A whole text: front matter with the publication day, a heading, the budget and a head count, and a paragraph of its own at another place in each. */
function text(v: Values, lang: Lang): string {
  const front = `---\ntitle: Budget\n${v.published ? `published: ${v.published}\n` : ''}kind: news-article\nlang: ${lang}\n---\n\n`;
  return lang === 'fr'
    ? `${front}# Le budget des écoles\n\n${budget(v, 'fr')}\n\nLa piscine municipale restera fermée pendant tout l’été.\n\nSelon la police, ${count(v.count, 'fr')} personnes ont manifesté devant la mairie de ${city(v, 'fr')}.\n`
    : `${front}# The schools budget\n\nDozens of parents gathered outside before the vote.\n\n${budget(v, 'en')}\n\nAccording to the police, ${count(v.count, 'en')} people demonstrated in front of the ${city(v, 'en')} town hall.\n`;
}

/** A difference's forms as values: a date by its keys, a figure by its value, a name by the city it is in either language. */
function valueOf(form: string, lang: Lang): string {
  const folded = foldKeepingOffsets(form);
  const dates = findDates(form, folded, lang);
  if (dates.length > 0) return dates.map((mark) => mark.key).join(' ');
  const numbers = findNumbers(form, folded, lang);
  if (numbers.length > 0) return numbers.map((quantity) => `n:${quantity.value}`).join(' ');
  const city = CITIES.findIndex((names) => names[lang] === form.trim());
  return city >= 0 ? `city:${city}` : folded;
}

/** A judgement with each difference's forms read as values, its sides exchanged when `swap`. */
function asValues(judgement: Judgement, swap: boolean) {
  const side = (difference: Difference, lang: Lang) => difference[lang].map((form) => valueOf(form, lang));
  return {
    kind: judgement.kind,
    partialProbability: judgement.partialProbability,
    differences: judgement.differences.map((difference) => ({
      aspect: difference.aspect,
      certainty: difference.certainty,
      fr: swap ? side(difference, 'en') : side(difference, 'fr'),
      en: swap ? side(difference, 'fr') : side(difference, 'en'),
    })),
  };
}

function judge(fr: Values, en: Values, partial: boolean): Judgement {
  const features = featuresOf([budget(fr, 'fr')], [budget(en, 'en')]);
  const publications = { fr: readPublication({ published: fr.published, kind: null }), en: readPublication({ published: en.published, kind: null }) };
  return judgeGroup(features.fr, features.en, partial, publications);
}

/** What a comparison's findings say once their words are set aside: kind, aspects, confidence, in order. */
function verdicts(comparison: Comparison) {
  return comparison.relations.map((finding) => ({ kind: finding.kind, aspects: finding.aspects, confidence: finding.confidence }));
}

describe('judgeGroup, sides swapped', () => {
  it('gives the same kind, aspects and certainties, each difference’s French and English values exchanged', () => {
    fc.assert(
      fc.property(pairs, fc.boolean(), ([a, b], partial) => {
        expect(asValues(judge(b, a, partial), true)).toEqual(asValues(judge(a, b, partial), false));
      }),
      { seed: 20261206, numRuns: 300 },
    );
  });

  it('is tested on matches and on discrepancies of every kind it draws, the timeline’s among them', () => {
    const kinds = new Set<string>();
    fc.sample(pairs, { seed: 20261206, numRuns: 300 }).forEach(([a, b]) => {
      const judgement = judge(a, b, false);
      kinds.add(judgement.kind);
      for (const difference of judgement.differences) kinds.add(difference.timeline ? 'timeline' : difference.aspect);
    });
    expect([...kinds].sort()).toEqual(['actor', 'date', 'discrepancy', 'match', 'number', 'timeline']);
  });
});

describe('compareTexts, sides swapped', () => {
  it('gives the same findings, in the same order, with the same kinds, aspects and confidences', () => {
    fc.assert(
      fc.property(pairs, ([a, b]) => {
        expect(verdicts(compareTexts(text(b, 'fr'), text(a, 'en')))).toEqual(verdicts(compareTexts(text(a, 'fr'), text(b, 'en'))));
      }),
      { seed: 20261206, numRuns: 60 },
    );
  });

  it('is tested on findings of every kind', () => {
    const kinds = new Set(fc.sample(pairs, { seed: 20261206, numRuns: 60 }).flatMap(([a, b]) => compareTexts(text(a, 'fr'), text(b, 'en')).relations.map((finding) => finding.kind)));
    expect([...kinds].sort()).toEqual(['discrepancy', 'match', 'only-en', 'only-fr']);
  });
});
