import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffWording, type WordDiffPart } from '../../../src/core/text/wordDiff';

const words = (parts: readonly WordDiffPart[], change: WordDiffPart['change']) =>
  parts.filter((part) => part.change === change).map((part) => part.text.trim());

const spell = (parts: readonly WordDiffPart[], skip: WordDiffPart['change']) =>
  parts
    .filter((part) => part.change !== skip)
    .map((part) => part.text)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();

describe('diffWording', () => {
  it('marks the words only the first text has as deleted and those only the second has as inserted', () => {
    const parts = diffWording('they can apply for dedicated lines', 'they can rent special lines legally', 'en');
    expect(words(parts, 'deleted')).toEqual(['apply for dedicated']);
    expect(words(parts, 'inserted')).toEqual(['rent special', 'legally']);
    expect(words(parts, 'same')).toEqual(['they can', 'lines']);
  });

  it('keeps a French elision one word, so that a changed article changes the whole word', () => {
    const parts = diffWording("l'accès à un VPN n'est pas", "d'accès au VPN n'est plus", 'fr');
    expect(words(parts, 'deleted')).toEqual(["l'accès à un", 'pas']);
    expect(words(parts, 'inserted')).toEqual(["d'accès au", 'plus']);
    expect(words(parts, 'same')).toEqual(["VPN n'est"]);
  });

  it.each([
    ['identical texts', 'The ministry denied it.', 'The ministry denied it.', [{ change: 'same', text: 'The ministry denied it.' }]],
    ['an empty first text', '', 'New words', [{ change: 'inserted', text: 'New words' }]],
    ['an empty second text', 'Old words', '', [{ change: 'deleted', text: 'Old words' }]],
  ] as const)('handles %s', (_, before, after, expected) => {
    expect(diffWording(before, after, 'en')).toEqual(expected);
  });

  it('spells the first text with the shared and deleted parts and the second with the shared and inserted parts', () => {
    const word = fc.constantFrom('the', 'ministry', 'a', 'nié', "l'accès", 'VPN', 'services', 'aux', 'particuliers', ',', '.', '15,000', 'cyber-régulateur');
    const text = fc.array(word, { maxLength: 14 }).map((list) => list.join(' '));
    fc.assert(
      fc.property(text, text, fc.constantFrom('fr' as const, 'en' as const), (before, after, lang) => {
        const parts = diffWording(before, after, lang);
        const squash = (value: string) => value.replace(/\s+/g, '');
        expect(squash(spell(parts, 'inserted'))).toBe(squash(before));
        expect(squash(spell(parts, 'deleted'))).toBe(squash(after));
      }),
    );
  });
});
