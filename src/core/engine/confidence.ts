/**
 * How sure the engine is of what it proposes, in one place: every automatic finding's confidence
 * comes from these rules, so that a reader (and `npm run eval`'s reliability table) can hold them
 * to what they say.
 */
import type { Aspect } from '../model/types';
import type { Judgement } from './judgement';

/**
 * How often a difference of each aspect, found by marks (numbers, dates, names, negations), is a
 * real discrepancy rather than a translator's choice or the engine's misreading: names and
 * negations are more often choices. A difference of scope carries its own probability.
 */
const CERTAINTY: Readonly<Partial<Record<Aspect, number>>> = { number: 0.9, date: 0.9, actor: 0.75, negation: 0.7 };

/**
 * How sure a difference of one aspect is. One that rests on resolved values (the dates of two
 * linked claims placed on the calendar at the same grain, timeline.ts) is surer than one of written
 * marks: two normalised values of one slot that cannot both be true leave only the link between
 * the claims in doubt, which the finding's confidence weighs apart. Not calibrated on the
 * development sets: their texts carry no publication day, so the timeline check never fires there.
 *
 * The attribution frame (attribution.ts) follows one rule: a venue or channel of two different
 * kinds, each read from a word that names its kind ("conférence de presse", "in a statement"), is
 * as sure as two normalised values; a speaker difference that rests on capitalised common words
 * ("ministère de la Santé" / "Ministry of Defence", which a translator may render freely) is a
 * weak cue, and low. Other frame differences take their aspect's rate.
 */
export function differenceCertainty(aspect: Aspect, evidence: DifferenceEvidence = 'marks'): number {
  if (evidence === 'resolved values') return RESOLVED_CERTAINTY;
  if (evidence === 'kinds read with certainty') return FRAME_KINDS_CERTAINTY;
  if (evidence === 'capitalised common words') return COMMON_WORDS_CERTAINTY;
  if (evidence === 'one weak cue') return WEAK_CUE_CERTAINTY;
  return CERTAINTY[aspect] ?? 0.6;
}

/** What a difference rests on: written marks, values resolved on the calendar, or the kinds and words of two attribution frames. */
export type DifferenceEvidence = 'marks' | 'resolved values' | 'kinds read with certainty' | 'capitalised common words' | 'one weak cue';

const RESOLVED_CERTAINTY = 0.97;
const FRAME_KINDS_CERTAINTY = 0.9;
const COMMON_WORDS_CERTAINTY = 0.35;

/**
 * A difference that rests on one cue and nothing that confirms it: a negation on one side whose
 * negated word the other side does not share, kept only because the rest of the two sides is
 * close (judge.ts). Often an antonym in the other language ("n'a pas survécu" / "succumbed").
 */
const WEAK_CUE_CERTAINTY = 0.5;

/** How sure the matcher is of a link, from its similarity: about 0.5 at 0.15, 0.95 from 0.6 up. */
export function linkConfidence(similarity: number): number {
  return clamp(0.35 + similarity);
}

/**
 * A match is as sure as its link, and, between two accounts written apart, as it is unlikely that
 * one says more; a discrepancy also needs its surest difference to be real.
 */
export function findingConfidence(judgement: Judgement, similarity: number): number {
  const link = linkConfidence(similarity);
  if (judgement.kind === 'match') return clamp(link * (1 - (judgement.partialProbability ?? 0)));
  return clamp(link * judgement.differences.reduce((best, difference) => Math.max(best, difference.certainty), 0));
}

/**
 * How sure it is that a claim has no counterpart, from the share of it that the closest claim of
 * the other source covers (closestCounterpart.ts): the less, the surer. Between two accounts
 * written apart, a claim the neighbours do not cover may still be said in other words: there the
 * raw share is pulled towards the middle, by a line fitted on the development benchmark (stated
 * 0.96, observed 0.85; stated 0.66, observed 0.6).
 */
export function oneSidedConfidence(covered: number, independent = false): number {
  return clamp(independent ? 0.45 + 0.42 * (1 - covered) : 1 - covered);
}

/** Confidences stay between 0.05 and 0.99: the engine is never certain, nor certain it is wrong. */
function clamp(value: number): number {
  return Math.min(0.99, Math.max(0.05, value));
}
