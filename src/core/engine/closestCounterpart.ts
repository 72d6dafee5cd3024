/**
 * The claim of the other source that comes closest to a claim left one-sided: of the claims in the
 * rows around it, the one that covers the largest share of its weighed content (cost.ts's coverage
 * masks). How much that claim covers says how sure the engine is that the claim has no
 * counterpart (confidence.ts); what it says is what the one-sided note quotes (notes.ts). One
 * coverage per neighbour, a few neighbours a claim.
 */
import { coverageMask, maskedMass } from './cost';
import type { SentenceFeatures } from './features';

/** A claim of the other source, by index, and the share of the one-sided claim's content it covers, 0 to 1. */
export interface Counterpart {
  readonly index: number;
  readonly covered: number;
}

/** Of `neighbours` (indices into `other`), the one covering most of `claim`, the first on a tie; null when there is none. */
export function closestCounterpart(claim: SentenceFeatures, neighbours: readonly number[], other: readonly SentenceFeatures[]): Counterpart | null {
  let closest: Counterpart | null = null;
  for (const index of neighbours) {
    const { low, high } = coverageMask(claim, [other[index] as SentenceFeatures]);
    const covered = claim.mass > 0 ? maskedMass(claim, low, high) / claim.mass : 0;
    if (closest === null || covered > closest.covered) closest = { index, covered };
  }
  return closest;
}
