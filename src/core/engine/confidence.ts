/**
 * How sure the engine is of what it proposes, in one place: every automatic finding's confidence
 * comes from these rules, so that a reader (and `npm run eval`'s reliability table) can hold them
 * to what they say.
 */
import { maskedMass, pairMasks } from './cost';
import type { SentenceFeatures } from './features';
import { differenceCertainty, type Judgement } from './judge';

/** How sure the matcher is of a link, from its similarity: about 0.5 at 0.15, 0.95 from 0.6 up. */
export function linkConfidence(similarity: number): number {
  return clamp(0.35 + similarity);
}

/** A match is as sure as its link; a discrepancy also needs its surest difference to be real. */
export function findingConfidence(judgement: Judgement, similarity: number): number {
  const link = linkConfidence(similarity);
  return judgement.kind === 'match' ? link : link * differenceCertainty(judgement);
}

/** How sure it is that a claim has no counterpart: the less its best neighbour covers it, the surer. */
export function oneSidedConfidence(claim: SentenceFeatures, neighbours: readonly number[], other: readonly SentenceFeatures[]): number {
  let best = 0;
  for (const index of neighbours) {
    const neighbour = other[index] as SentenceFeatures;
    const masks = claim.lang === 'fr' ? pairMasks(claim, neighbour) : pairMasks(neighbour, claim);
    const covered = claim.lang === 'fr' ? maskedMass(claim.weights, masks.frLow, masks.frHigh) : maskedMass(claim.weights, masks.enLow, masks.enHigh);
    best = Math.max(best, claim.mass > 0 ? covered / claim.mass : 0);
  }
  return clamp(1 - best);
}

/** Confidences stay between 0.05 and 0.99: the engine is never certain, nor certain it is wrong. */
function clamp(value: number): number {
  return Math.min(0.99, Math.max(0.05, value));
}
