import { describe, expect, it } from 'vitest';
import { currencyOf, figureKind, sameSlot } from '../../../src/core/engine/figureKind';
import { foldKeepingOffsets } from '../../../src/core/engine/normalize';
import { findNumbers } from '../../../src/core/engine/numbers';
import { judgeGroup } from '../../../src/core/engine/judge';
import { featuresOf } from './fixtures';

/** The kind of each figure of a sentence, as numbers.ts reads them. */
const kindsIn = (sentence: string, lang: 'fr' | 'en') => {
  const features = featuresOf(lang === 'fr' ? [sentence] : [], lang === 'en' ? [sentence] : []);
  const read = (lang === 'fr' ? features.fr : features.en)[0];
  return (read?.numbers ?? []).map((quantity) => figureKind(sentence, quantity));
};

describe('figureKind', () => {
  it.each([
    ['Le chômage a baissé de 3 % cette année.', 'fr', ['share']],
    ['Unemployment fell by 3 per cent this year.', 'en', ['share']],
    ['Le budget atteint 12 millions d’euros.', 'fr', ['money']],
    ['The budget reaches $12 million.', 'en', ['money']],
    ['Le séisme de magnitude 5,3 a frappé la côte.', 'fr', ['magnitude']],
    ['Le train part à 18 heures.', 'fr', ['time']],
    // A clock time before a time zone is a time mark of dates.ts, no figure at all.
    ['The quake struck at 1638 GMT.', 'en', []],
    ['Le train roulait à 300 km/h.', 'fr', ['speed']],
    ['Some 340 people marched.', 'en', ['count']],
  ] as const)('reads %j as %j', (sentence, lang, kinds) => {
    expect(kindsIn(sentence, lang)).toEqual(kinds);
  });

  it('lets a plain count stand in any slot, and keeps two typed kinds apart', () => {
    expect(sameSlot('count', 'money')).toBe(true);
    expect(sameSlot('money', 'money')).toBe(true);
    expect(sameSlot('magnitude', 'time')).toBe(false);
    expect(sameSlot('share', 'money')).toBe(false);
  });
});

describe('judgeGroup on figures of different kinds', () => {
  const judge = (fr: string, en: string) => {
    const features = featuresOf([fr], [en]);
    return judgeGroup(features.fr, features.en).differences.map((difference) => difference.aspect);
  };

  it('does not set a magnitude against a time of day: they are two facts', () => {
    expect(judge('Le séisme de magnitude 5,3 a frappé la côte.', 'The quake struck the coast at 1638 GMT.')).not.toContain('number');
  });

  it('does not set a share against a sum of money', () => {
    expect(judge('Les ventes ont progressé de 12 %.', 'Sales rose by 20 million euros.')).not.toContain('number');
  });

  it('still sets two counts of the same thing against each other, and a count against a sum whose unit one side drops', () => {
    expect(judge('On compte 672 blessés.', 'At least 153 people were injured.')).toContain('number');
    expect(judge('Le plan coûte 125 millions.', 'The plan costs $325 million.')).toContain('number');
  });
});

describe('currencyOf', () => {
  const currency = (sentence: string, lang: 'fr' | 'en') => {
    const [quantity] = findNumbers(sentence, foldKeepingOffsets(sentence), lang);
    if (!quantity) throw new Error(`no figure in ${sentence}`);
    return currencyOf(sentence, quantity);
  };

  it.each([
    ["un plan de 1,2 milliard d'euros", 'fr', 'EUR'],
    ['a $1.3 billion plan', 'en', 'USD'],
    ['un bénéfice de 2,3 Md€', 'fr', 'EUR'],
    ['a £5 million fine', 'en', 'GBP'],
    ['une amende de 15 000 yuans', 'fr', 'CNY'],
    ['12 people', 'en', null],
  ] as const)('names the currency of %j', (sentence, lang, code) => {
    expect(currency(sentence, lang)).toBe(code);
  });
});
