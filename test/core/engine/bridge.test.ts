import { describe, expect, it } from 'vitest';
import { englishKeyStem, frenchTranslationStems } from '../../../src/core/engine/bridge';
import { loadLexicon } from '../../../src/core/engine/lexicon';
import { foldWord } from '../../../src/core/engine/normalize';
import { coveredWords, featuresOf, unitWords } from './fixtures';

const meets = (french: string, english: string) => frenchTranslationStems(foldWord(french), loadLexicon()).includes(englishKeyStem(foldWord(english)));

describe('frenchTranslationStems', () => {
  it.each([
    ['fut', 'was'],
    ['peut', 'can'],
    ['dit', 'said'],
    ['interdites', 'banned'],
    ['particuliers', 'individuals'],
    ['ministère', 'ministry'],
    ['maisons', 'houses'],
    ['Londres', 'London'],
    ['allemand', 'german'],
    ['ONU', 'UN'],
    ['nié', 'denied'],
    ['visent', 'target'],
    ['OTAN', 'NATO'],
    ['Jean', 'John'],
    ['Golfe', 'Gulf'],
    ['Allemagne', 'Germany'],
    ['étant', 'being'],
    // Plurals the form tables do not list reach their singular: -s, -x, -aux.
    ['brevets', 'patents'],
    ['ans', 'years'],
    ['journaux', 'newspaper'],
    // The past participles of second-group verbs reach their infinitive: "-i", "-ie", "-is", "-ies".
    ['choisi', 'chosen'],
    ['réussie', 'succeeded'],
    ['finis', 'finished'],
    // The hand-written lexicon's entry reaches an irregular form through the dictionary's lemma.
    ['poursuivie', 'charged'],
    // Words of economic news.
    ['progressé', 'grew'],
    ['reculé', 'fell'],
    ['ralentit', 'slows'],
    // Words of crime and diplomatic news.
    ['interpellé', 'arrested'],
    ['homicide', 'killing'],
    ['meurtre', 'killing'],
    ['poignardé', 'stabbed'],
    ['réaffirmé', 'reaffirmed'],
    ['dirigeants', 'leaders'],
    // A plural participle used as a noun keeps the senses of its singular, not only its verb's.
    ['disparus', 'missing'],
    ['écrasé', 'crashed'],
    ['décrété', 'declared'],
    ['secouristes', 'rescuers'],
    // A nationality adjective meets its country's acronym ("le Sénat américain", "the US Senate").
    ['américain', 'US'],
    ['grâce', 'thanks'],
    // Words of weather news.
    ['tempête', 'storm'],
    ['rafales', 'gusts'],
    // Words of football news.
    ['attaquant', 'striker'],
    ['officialisé', 'confirmed'],
  ])('lets the French "%s" meet the English "%s"', (french, english) => {
    expect(meets(french, english)).toBe(true);
  });

  it.each([
    ['maison', 'ministry'],
    ['chat', 'violin'],
  ])('keeps "%s" away from "%s"', (french, english) => {
    expect(meets(french, english)).toBe(false);
  });

  it('keeps the hand-written lexicon as overrides: its translations always count', () => {
    expect(meets('feu', 'fire')).toBe(true);
  });
});

describe('englishKeyStem', () => {
  it.each([
    ['went', 'go'],
    ['men', 'man'],
    ['reports', 'reported'],
  ])('files "%s" under the stem of "%s"', (form, lemma) => {
    expect(englishKeyStem(form)).toBe(englishKeyStem(lemma));
  });
});

describe('a seat of power stands for its body', () => {
  it('covers "l\'Élysée" with "the French presidency", and the other way round', () => {
    const { fr, en } = featuresOf(["L'Élysée a annoncé la visite."], ['The French presidency announced the visit.']);
    const [frSentence, enSentence] = [fr[0], en[0]];
    if (!frSentence || !enSentence) throw new Error('no sentence');
    // Every unit of each side is covered: Élysée, annoncé, visite / French, presidency, announced, visit.
    expect(coveredWords(frSentence, enSentence)).toEqual(unitWords(frSentence));
    expect(coveredWords(enSentence, frSentence)).toEqual(unitWords(enSentence));
  });
});
