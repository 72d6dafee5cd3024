import { describe, expect, it } from 'vitest';
import { nameSkeleton } from '../../../src/core/engine/nameSkeleton';
import { coveredWords, featuresOf } from './fixtures';

describe('nameSkeleton', () => {
  it.each([
    ['boudienny', 'budyonny'],
    ['kizliar', 'kizlyar'],
    ['tchaikovski', 'tchaikovsky'],
    ['khrouchtchev', 'khrushchev'],
  ])('gives %j and %j one skeleton', (french, english) => {
    expect(nameSkeleton(french)).not.toBeNull();
    expect(nameSkeleton(french)).toBe(nameSkeleton(english));
  });

  it.each([
    ['boudienny', 'bodmer'],
    ['kizliar', 'kasparov'],
    ['tchaikovski', 'stravinsky'],
  ])('tells %j from %j', (one, other) => {
    expect(nameSkeleton(one)).not.toBe(nameSkeleton(other));
  });

  it('gives no skeleton to a short name, which would meet too many others', () => {
    expect(nameSkeleton('paris')).toBeNull();
    expect(nameSkeleton('aaaaaaa')).toBeNull();
  });
});

function firstOfEach(fr: string[], en: string[]) {
  const features = featuresOf(fr, en);
  const [frSentence, enSentence] = [features.fr[0], features.en[0]];
  if (!frSentence || !enSentence) throw new Error('no sentence');
  return [frSentence, enSentence] as const;
}

describe('a name transliterated two ways, in the coverage', () => {
  it('meets itself across the two texts', () => {
    const [frSentence, enSentence] = firstOfEach(['Boudienny organisa un corps de cavalerie dans la région du Don.'], ['Budyonny organised a cavalry force in the Don region.']);
    expect(coveredWords(frSentence, enSentence)).toContain('Boudienny');
    expect(coveredWords(enSentence, frSentence)).toContain('Budyonny');
  });

  it('is read off names only: a word in lower case keeps its own keys ("boudin" is no "Budyonny")', () => {
    const [frSentence, enSentence] = firstOfEach(['Le général mange du boudin.'], ['Budyonny is a general.']);
    expect(coveredWords(frSentence, enSentence)).not.toContain('boudin');
  });
});
