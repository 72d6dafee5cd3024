import { describe, expect, it } from 'vitest';
import { oneContainsTheOther, placesContaining } from '../../../src/core/engine/places';

describe('placesContaining', () => {
  it.each([
    ['marseille', 'france'],
    ['berlin', 'germany'],
    ['geneva', 'switzerland'],
    ['texas', 'united states'],
    ['attica', 'greece'],
  ])('knows that %s lies in %s', (place, container) => {
    expect(placesContaining(place)).toContain(container);
  });

  it('places a French department in its region, under its French and English names, and a commune in its department, at every level', () => {
    expect(placesContaining('finistere')).toEqual(expect.arrayContaining(['bretagne', 'brittany', 'france']));
    expect(placesContaining('quimper')).toEqual(expect.arrayContaining(['finistere', 'brittany', 'france']));
    expect(placesContaining('marseille')).toEqual(expect.arrayContaining(['bouches du rhone', 'provence alpes cote d azur', 'france']));
  });

  it('places a town that two countries have in both: it only ever removes a difference', () => {
    expect(placesContaining('athens')).toEqual(expect.arrayContaining(['greece', 'united states']));
  });

  it('knows nothing of a word that is no place', () => {
    expect(placesContaining('budget')).toEqual([]);
  });
});

describe('oneContainsTheOther', () => {
  it('holds either way round, and never for two towns or two countries', () => {
    expect(oneContainsTheOther('france', 'lyon')).toBe(true);
    expect(oneContainsTheOther('lyon', 'france')).toBe(true);
    expect(oneContainsTheOther('lyon', 'marseille')).toBe(false);
    expect(oneContainsTheOther('france', 'germany')).toBe(false);
    expect(oneContainsTheOther('lyon', 'germany')).toBe(false);
  });
});
