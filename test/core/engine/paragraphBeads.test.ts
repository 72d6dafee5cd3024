import { describe, expect, it } from 'vitest';
import { paragraphBeads, type ScoredSentenceBead } from '../../../src/core/engine/paragraphBeads';

const bead = (fr: number[], en: number[], confidence = 0.9): ScoredSentenceBead => ({ fr, en, similarity: 0.5, confidence });

describe('paragraphBeads', () => {
  it('joins paragraphs whose sentences are aligned across a paragraph break', () => {
    // French: paragraphs [s0 s1] [s2]; English: [s0] [s1 s2].
    const beads = [bead([0], [0]), bead([1], [1]), bead([2], [2])];
    expect(paragraphBeads(beads, [0, 0, 1], [0, 1, 1], 2, 2).map((b) => [b.fr, b.en])).toEqual([[[0, 1], [0, 1]]]);
  });

  it('gives a paragraph whose sentences are all alone a bead of its own', () => {
    const beads = [bead([0], [0]), bead([1], [], 0.8), bead([2], [1])];
    expect(paragraphBeads(beads, [0, 1, 2], [0, 1], 3, 2)).toEqual([
      { fr: [0], en: [0], score: 0.9 },
      { fr: [1], en: [], score: 0.8 },
      { fr: [2], en: [1], score: 0.9 },
    ]);
  });

  it('uses every paragraph once and in order, even with empty sides', () => {
    const beads = [bead([], [0], 0.7), bead([0], [1]), bead([1], [], 0.6)];
    const result = paragraphBeads(beads, [0, 1], [0, 1], 2, 2);
    expect(result.flatMap((b) => b.fr)).toEqual([0, 1]);
    expect(result.flatMap((b) => b.en)).toEqual([0, 1]);
  });
});
