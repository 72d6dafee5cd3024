import { describe, expect, it } from 'vitest';
import { paragraphWords } from '../../../src/core/edit/index';
import type { Comparison } from '../../../src/core/model/index';
import { choosePicked, startingPlace, type Picked } from '../../../src/ui/editing/pickedWords';
import { BUDGET_EN, councilComparison, MAYOR_FR, POOL_FR, findingQuoting } from './editingHarness';

/** The words a place in the picker quotes, as the picker shows them. */
function quoteAt(comparison: Comparison, { lang, paragraph, from, to }: Picked): string {
  const source = comparison.sources[lang];
  const words = paragraphWords(source, paragraph);
  return source.text.slice(words[from]?.start ?? 0, words[to]?.end ?? 0);
}

describe('choosePicked', () => {
  const place: Picked = { lang: 'fr', paragraph: 2, from: 3, to: 6 };

  it.each<[string, Partial<Picked>, Picked]>([
    ['starts a new text at the first word of the paragraph given', { lang: 'en', paragraph: 0 }, { lang: 'en', paragraph: 0, from: 0, to: 0 }],
    ['starts a new paragraph at its first word', { paragraph: 4 }, { lang: 'fr', paragraph: 4, from: 0, to: 0 }],
    ['moves the first word and keeps the last after it', { from: 5 }, { ...place, from: 5 }],
    ['moves the last word along when the first passes it', { from: 8 }, { ...place, from: 8, to: 8 }],
    ['moves the last word', { to: 9 }, { ...place, to: 9 }],
    ['keeps the last word from coming before the first', { to: 1 }, { ...place, to: 3 }],
  ])('%s', (_, change, after) => {
    expect(choosePicked(place, change)).toEqual(after);
  });
});

describe('startingPlace', () => {
  const comparison = councilComparison();

  it('starts on the words the reader selected, whole words even when the selection cut one', () => {
    const at = comparison.sources.en.text.indexOf(BUDGET_EN) + BUDGET_EN.indexOf('15 million');
    const place = startingPlace(comparison, null, { stretch: { lang: 'en', start: at + 1, end: at + '15 mill'.length } });
    expect(place.lang).toBe('en');
    expect(quoteAt(comparison, place)).toBe('15 million');
  });

  it('starts on the open finding’s first quote when nothing is selected', () => {
    const open = findingQuoting(comparison, POOL_FR);
    const place = startingPlace(comparison, open.id, { problem: 'none' });
    expect(place.lang).toBe('fr');
    expect(quoteAt(comparison, place)).toBe(POOL_FR.slice(0, -1));
  });

  it('prefers the selection to the open finding', () => {
    const at = comparison.sources.fr.text.indexOf(MAYOR_FR);
    const place = startingPlace(comparison, findingQuoting(comparison, POOL_FR).id, { stretch: { lang: 'fr', start: at, end: at + 'Le maire'.length } });
    expect(quoteAt(comparison, place)).toBe('Le maire');
  });

  it('starts at the first word of the French text when the selection covers no word and no finding is open', () => {
    const space = comparison.sources.fr.text.indexOf(' ');
    expect(startingPlace(comparison, null, { stretch: { lang: 'fr', start: space, end: space + 1 } })).toEqual({ lang: 'fr', paragraph: 0, from: 0, to: 0 });
    expect(startingPlace(comparison, 'no-such-finding', { problem: 'outside' })).toEqual({ lang: 'fr', paragraph: 0, from: 0, to: 0 });
  });
});
