import { describe, expect, it } from 'vitest';
import { isEnglishCommonWord, isFrenchCommonWord, lexiconFromIndex, loadLexicon, phraseReach } from '../../../src/core/engine/lexicon';
import { indexLexicon } from '../../../src/core/engine/lexiconIndex';
import { tokenize } from '../../../src/core/engine/normalize';
import { shippedLexiconIndex } from '../../../src/core/engine/shippedLexiconIndex';
import { stemWord } from '../../../src/core/engine/stem';

describe('lexiconFromIndex', () => {
  const index = indexLexicon({ words: { déclarer: ['declare'], 'feu vert': ['green light'] }, names: { 'Nations unies': ['United Nations'] } });
  const lexicon = lexiconFromIndex(index);

  it('makes each list of the index a map or a set, in its order', () => {
    expect([...lexicon.translations]).toEqual(index.translations);
    expect([...lexicon.phrases]).toEqual(index.phrases);
    expect([...lexicon.names]).toEqual(index.names);
    expect([...lexicon.englishWords]).toEqual(index.englishWords);
    expect([...lexicon.frenchStems]).toEqual(index.frenchStems);
    expect([...lexicon.phraseStarts]).toEqual(index.phraseStarts);
    expect([...lexicon.phrasePairs]).toEqual(index.phrasePairs);
    expect(lexicon.longestPhrase).toBe(2);
  });

  it('answers the look-ups the engine makes', () => {
    expect(lexicon.translations.get(stemWord('declarer', 'fr'))).toEqual([stemWord('declare', 'en')]);
    expect(isFrenchCommonWord(lexicon, 'declare')).toBe(true);
    expect(isEnglishCommonWord(lexicon, 'green')).toBe(true);
    expect(isEnglishCommonWord(lexicon, 'zebra')).toBe(false);
    const tokens = tokenize('les Nations unies et le feu vert');
    expect(tokens.map((_, at) => phraseReach(lexicon, tokens, at))).toEqual([0, 2, 0, 0, 0, 2, 0]);
  });
});

describe('loadLexicon', () => {
  it('is the shipped lexicon\'s index, made once', () => {
    const lexicon = loadLexicon();
    expect(loadLexicon()).toBe(lexicon);
    expect([...lexicon.translations]).toEqual(shippedLexiconIndex().translations);
    expect(lexicon.names.get('londres')).toEqual(['london']);
  });
});
