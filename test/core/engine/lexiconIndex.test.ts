import { describe, expect, it } from 'vitest';
import { indexLexicon } from '../../../src/core/engine/lexiconIndex';
import { shippedLexiconIndex } from '../../../src/core/engine/shippedLexiconIndex';
import { stemWord } from '../../../src/core/engine/stem';

const stem = (word: string) => stemWord(word, 'en');

describe('indexLexicon', () => {
  const index = indexLexicon({
    words: {
      déclarer: ['declare', 'state'],
      'feu vert': ['green light'],
      'Conseil de sécurité': ['the Security Council'],
      abandonner: ['give up'],
    },
    names: { Londres: ['London'], 'Nations unies': ['United Nations', 'UN'] },
  });

  it('files a single word under its French stem, with the stems of its translations', () => {
    expect(index.translations).toEqual([
      [stemWord('declarer', 'fr'), [stem('declare'), stem('state')]],
      [stemWord('abandonner', 'fr'), [stem('give')]],
    ]);
    expect(index.frenchStems).toEqual(index.translations.map(([key]) => key));
  });

  it('files a phrase under its folded words, and a name with its English forms folded', () => {
    expect(index.phrases).toEqual([
      ['feu vert', [stem('green'), stem('light')]],
      ['conseil de securite', [stem('security'), stem('council')]],
    ]);
    expect(index.names).toEqual([
      ['londres', ['london']],
      ['nations unies', ['united nations', 'un']],
    ]);
  });

  it('knows every folded word of the English translations as common', () => {
    expect(index.englishWords).toEqual(['declare', 'state', 'green', 'light', 'the', 'security', 'council', 'give', 'up']);
  });

  it('gives the first word and the first two words of each phrase and name, and the longest length', () => {
    expect(index.phraseStarts).toEqual(['feu', 'conseil', 'londres', 'nations']);
    expect(index.phrasePairs).toEqual(['feu vert', 'conseil de', 'nations unies']);
    expect(index.longestPhrase).toBe(3);
  });

  it('merges the translations of two lemmas of one stem, each stem once', () => {
    // "déclarer" and "déclaration" share a stem, as "state" and "statement" do.
    const merged = indexLexicon({ words: { déclarer: ['declare', 'state'], déclaration: ['statement', 'announcement'] }, names: {} });
    expect(merged.translations).toEqual([[stemWord('declarer', 'fr'), [stem('declare'), stem('state'), stem('announcement')]]]);
    expect(merged.frenchStems).toEqual([stemWord('declaration', 'fr')]);
  });
});

describe('shippedLexiconIndex', () => {
  it('survives JSON as it is, which the command line\'s build puts in its place', () => {
    const index = shippedLexiconIndex();
    expect(JSON.parse(JSON.stringify(index))).toEqual(index);
    expect(index.translations.length).toBeGreaterThan(1_000);
  });
});
