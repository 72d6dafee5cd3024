import { describe, expect, it } from 'vitest';
import { acronymOfNameAt } from '../../../src/core/engine/acronyms';
import { tokenize } from '../../../src/core/engine/normalize';
import { coveredWords, featuresOf, unitWords } from './fixtures';

const acronymsIn = (text: string) => {
  const tokens = tokenize(text);
  return tokens.map((_, index) => acronymOfNameAt(tokens, index)).filter((acronym) => acronym !== null);
};

describe('acronymOfNameAt', () => {
  it.each([
    ['Paris Saint-Germain confirmed the signing.', ['psg']],
    ['the Ministry of Industry and Information Technology said', ['miit']],
    ['a loan from the Bank of the Philippines', ['bp']],
    ['in New York City on Monday', ['nyc']],
    // A capital before an article alone starts no name that goes on across it.
    ['Subsequently, the Ministry of Industry and Information Technology responded', ['miit']],
    ['Hier, le Parti Socialiste a voté.', ['ps']],
  ])('reads the acronym of the name written in full in %j', (text, acronyms) => {
    expect(acronymsIn(text)).toEqual(acronyms);
  });

  it.each([
    ['Le PSG a gagné.'],
    ['The minister said so.'],
    ['the ministry of industry said'],
  ])('finds none where no name of two capitalised words starts: %j', (text) => {
    expect(acronymsIn(text)).toEqual([]);
  });
});

describe('a name written in full meets its acronym on the other side', () => {
  it('covers "PSG" with "Paris Saint-Germain", and the other way round', () => {
    const { fr, en } = featuresOf(['Le PSG a recruté un attaquant.'], ['Paris Saint-Germain signed a striker.']);
    const [frSentence, enSentence] = [fr[0], en[0]];
    if (!frSentence || !enSentence) throw new Error('no sentence');
    expect(coveredWords(frSentence, enSentence)).toContain('PSG');
    expect(coveredWords(enSentence, frSentence)).toContain('Paris');
  });
});

describe('an acronym that spells a function word', () => {
  it('counts "US" as the country, a word to cover, but not "US" inside a line in capitals', () => {
    const { en } = featuresOf(['Le Sénat américain a voté.'], ['The US Senate voted.', 'THE US SENATE VOTED.']);
    const words = (index: number) => {
      const sentence = en[index];
      if (!sentence) throw new Error('no sentence');
      return unitWords(sentence);
    };
    expect(words(0)).toContain('US');
    expect(words(1)).not.toContain('US');
  });
});
