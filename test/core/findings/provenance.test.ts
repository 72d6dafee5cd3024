import { describe, expect, it } from 'vitest';
import { engineConfidence, noteStandingOf, verdictBy } from '../../../src/core/findings/index';
import type { Finding } from '../../../src/core/model/index';
import { finding, sentence } from '../pairFixture';

const engine = finding('a', 'match', [sentence('fr', 0)], [sentence('en', 0)], 'automatic');
const analyst = finding('c', 'match', [sentence('fr', 0)], [sentence('en', 0)]);

describe('verdictBy and engineConfidence', () => {
  it.each<[string, Finding, string, number | null]>([
    ['an engine’s finding', engine, 'engine', 0.8],
    ['an engine’s finding a reader only confirmed', { ...engine, status: 'confirmed' }, 'engine', 0.8],
    ['an engine’s finding a reader edited', { ...engine, edited: true }, 'reader', null],
    ['an analyst’s finding', analyst, 'analyst', null],
    ['an analyst’s finding a reader edited', { ...analyst, edited: true }, 'reader', null],
  ])('gives %s', (_, given, by, confidence) => {
    expect(verdictBy(given)).toBe(by);
    expect(engineConfidence(given)).toBe(confidence);
  });
});

describe('noteStandingOf', () => {
  it('gives how each note stands, null for one that stands as written', () => {
    const given: Finding = { ...engine, noteStanding: { fr: 'reader' } };
    expect(noteStandingOf(given, 'fr')).toBe('reader');
    expect(noteStandingOf(given, 'en')).toBeNull();
    expect(noteStandingOf(engine, 'fr')).toBeNull();
  });
});
