import { describe, expect, it } from 'vitest';
import { dictionaryKey, loadDictionary, parseDictionary } from '../../../src/core/engine/dictionary';
import dictionaryData from '../../../src/core/engine/data/dictionary.json';
import { foldWord } from '../../../src/core/engine/normalize';

const dictionary = loadDictionary();
const englishOf = (fr: string): string[] => (dictionary.translations.get(dictionaryKey(fr)) ?? []).map((translation) => translation.en);

describe('loadDictionary', () => {
  it.each([
    ['fut', 'etre'],
    ['étant', 'etre'],
    ['sommes', 'etre'],
    ['peut', 'pouvoir'],
    ['puissent', 'pouvoir'],
    ['dit', 'dire'],
    ['faites', 'faire'],
    ['eus', 'avoir'],
    ['vont', 'aller'],
    ['iront', 'aller'],
    ['viendra', 'venir'],
    ['comprennent', 'comprendre'],
    ['interdisez', 'interdire'],
    ['craignent', 'craindre'],
    ['reçoit', 'recevoir'],
    ['appelle', 'appeler'],
    ['chevaux', 'cheval'],
    ['travaux', 'travail'],
    ['yeux', 'oeil'],
    ['nouvelle', 'nouveau'],
    ['première', 'premier'],
  ])('leads the French form %s to its lemma %s', (form, lemma) => {
    expect(dictionary.frenchLemmas.get(foldWord(form))).toBe(lemma);
  });

  it.each([
    ['went', 'go'],
    ['said', 'say'],
    ['men', 'man'],
    ['was', 'be'],
    ['children', 'child'],
  ])('leads the English form %s to its lemma %s', (form, lemma) => {
    expect(dictionary.englishLemmas.get(form)).toBe(lemma);
  });

  it('keeps only forms that differ from their lemma', () => {
    const same = [dictionary.frenchLemmas, dictionary.englishLemmas].flatMap((lemmas) => [...lemmas].filter(([form, lemma]) => form === lemma));
    expect(same).toEqual([]);
  });

  it.each([
    ['maison', ['house']],
    ['dire', ['say']],
    ['interdire', ['ban', 'prohibit']],
    ['particulier', ['individual', 'private']],
    ['ministère', ['ministry']],
    ['tiroir', ['drawer']],
  ])('translates %s into %j among others', (fr, english) => {
    expect(englishOf(fr)).toEqual(expect.arrayContaining(english));
  });

  it('lists a common translation before a rare sense', () => {
    const english = englishOf('maison');
    expect(english.indexOf('house')).toBeLessThan(english.indexOf('outfit'));
  });

  it.each([
    ['Londres', 'london'],
    ['Jean', 'john'],
    ['Golfe', 'gulf'],
    ['Allemagne', 'germany'],
    ['allemand', 'german'],
    ['États-Unis', 'united states'],
    ['États-Unis', 'us'],
    ['ONU', 'un'],
    ['OTAN', 'nato'],
    ['UE', 'eu'],
    ['Pékin', 'beijing'],
    ['Chine', 'china'],
    ['chinois', 'chinese'],
  ])('gives %s the English equivalent %s', (fr, en) => {
    expect(dictionary.equivalents.get(dictionaryKey(fr))).toContain(en);
  });

  it('keeps every weight in (0, 1]', () => {
    const weights = [...dictionary.translations.values()].flatMap((translations) => translations.map(({ weight }) => weight));
    expect(weights.filter((weight) => !(weight > 0 && weight <= 1))).toEqual([]);
    expect(weights.length).toBeGreaterThan(40_000);
  });

  it('holds folded keys only, as foldWord gives them', () => {
    const tables = [dictionary.translations, dictionary.frenchLemmas, dictionary.englishLemmas, dictionary.equivalents];
    const unfolded = tables.flatMap((table) => [...table.keys()].filter((key) => key.split(' ').map(foldWord).join(' ') !== key));
    expect(unfolded).toEqual([]);
  });

  it('holds Latin-1 characters only, so that each table stays a string of one byte a character', () => {
    const data = dictionaryData as Record<string, unknown>;
    const tables = ['translations', 'frenchForms', 'englishForms', 'equivalents'].map((name) => data[name]);
    expect(tables.every((table) => typeof table === 'string' && table.length > 0)).toBe(true);
    const lines = tables.flatMap((table) => String(table).split('\n'));
    expect(lines.filter((line) => /[^\t -\u00ff]/.test(line))).toEqual([]);
  });

  it('spells out a Greek letter of a French entry, as French also writes it', () => {
    expect(englishOf('particule alpha')).toContain('alpha particle');
    expect(dictionary.equivalents.get('acide gamma aminobutyrique')).toContain('gaba');
  });

  it('returns the same object on every call', () => {
    expect(loadDictionary()).toBe(dictionary);
  });
});

describe('parseDictionary', () => {
  it.each([
    ['an empty table', '', undefined],
    ['a line with two translations', 'loi\tlaw\t10lw\tact\t5w', [{ en: 'law', weight: 1 }, { en: 'act', weight: 0.5 }]],
  ])('reads %s', (_name, translations, expected) => {
    const parsed = parseDictionary({ translations, frenchForms: '', englishForms: '', equivalents: '' });
    expect(parsed.translations.get('loi')).toEqual(expected);
  });

  it('leads each form of a forms table to its line\'s lemma', () => {
    const parsed = parseDictionary({ translations: '', frenchForms: 'fut\tetre\nsuis\tetre', englishForms: 'went\tgo', equivalents: 'onu\tun\tlw\tunited nations\tl' });
    expect([parsed.frenchLemmas.get('fut'), parsed.frenchLemmas.get('suis'), parsed.englishLemmas.get('went')]).toEqual(['etre', 'etre', 'go']);
    expect(parsed.equivalents.get('onu')).toEqual(['un', 'united nations']);
  });
});
