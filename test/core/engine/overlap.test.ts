import { describe, expect, it } from 'vitest';
import { weighAcrossTexts } from '../../../src/core/engine/features';
import { readOverlap } from '../../../src/core/engine/overlap';
import { featuresOf } from './fixtures';

describe('readOverlap', () => {
  it('finds nothing extra when each side covers the other', () => {
    const { fr, en } = featuresOf(['Le conseil municipal a voté un budget de 12 millions d’euros pour les écoles.'], ['The city council voted a budget of 12 million euros for schools.']);
    const signs = readOverlap(fr, en);
    expect(signs.extraFacts).toBe(0);
    expect(Math.min(signs.frCovered, signs.enCovered)).toBeGreaterThan(0.6);
  });

  it('names the side that says more, the facts it adds and its uncovered run, as written', () => {
    const { fr, en } = featuresOf(['Le maire a ouvert le pont.'], ['The mayor opened the bridge built by Gustave Eiffel in 1889.']);
    const signs = readOverlap(fr, en);
    expect(signs.saysMore).toBe('en');
    expect(signs.extraFacts).toBeGreaterThanOrEqual(2);
    expect(signs.extra.en).toEqual(['built by Gustave Eiffel in 1889']);
    expect(signs.extra.fr).toEqual([]);
  });

  it('finds the first uncovered run that holds a figure, on the side that gives it', () => {
    const en = 'The theatre opened in March with 3,000 seats and a new organ.';
    const { fr, en: english } = featuresOf(['Le théâtre a ouvert en mars avec un nouvel orgue.'], [en]);
    const signs = readOverlap(fr, english);
    expect(signs.addedFigure?.lang).toBe('en');
    const stretch = signs.addedFigure?.stretch;
    expect(stretch && en.slice(stretch.start, stretch.end)).toBe('3,000 seats');
    const both = featuresOf(['Le théâtre a ouvert en mars avec 3 000 places.'], ['The theatre opened in March with 3,000 seats.']);
    expect(readOverlap(both.fr, both.en).addedFigure).toBeNull();
  });

  it('reads the length gap as the log of the length ratio', () => {
    const { fr, en } = featuresOf(['Pont fermé.'], ['Bridge closed.']);
    expect(readOverlap(fr, en).lengthGap).toBeCloseTo(Math.abs(Math.log('Bridge closed.'.length / 'Pont fermé.'.length)));
  });
});

describe('weighAcrossTexts', () => {
  it('weighs a word one text repeats less, on both sides, than a word said once', () => {
    const french = ['Le ministère a publié une note.', 'Le ministère a démenti la rumeur.', 'La ville a fermé le pont.'];
    const english = ['The ministry published a note.', 'The ministry denied the rumour.', 'The ministry said the town closed the bridge.'];
    const { fr } = weighAcrossTexts(featuresOf(french, english).fr, featuresOf(french, english).en);
    const weightOf = (sentence: number, word: string) => {
      const features = fr[sentence];
      if (!features) throw new Error('no such sentence');
      const unit = Array.from(features.unitKeys.keys()).find((index) => features.text.slice(features.unitSpans[2 * index], features.unitSpans[2 * index + 1]) === word);
      return unit === undefined ? Number.NaN : (features.weights[unit] as number);
    };
    expect(weightOf(0, 'ministère')).toBeLessThan(weightOf(0, 'note'));
    expect(fr[0]?.mass).toBeCloseTo(Array.from(fr[0]?.weights ?? []).reduce((sum, weight) => sum + weight, 0));
  });
});
