/**
 * What judging a linked group gives: its kind, the differences that make it a discrepancy, and the
 * facts a match rests on. A
 * module of its own because judging (judge.ts), its confidence (confidence.ts) and its note
 * (notes.ts) all speak it, and judging calls the confidence rules.
 */
import type { ExtraStretch } from './overlap';
import type { Aspect } from '../model/types';
import type { AttributionFrame } from './attribution';
import type { Publication, ResolvedDate } from './timeline';

/** One aspect that differs, with the forms each side gives and which sentences of the group hold them. */
export interface Difference {
  readonly aspect: Aspect;
  readonly fr: readonly string[];
  readonly en: readonly string[];
  /** Positions within the group (0 for its first French sentence) of the sentences holding `fr`. */
  readonly frSentences: readonly number[];
  readonly enSentences: readonly number[];
  /** How often such a difference is a real discrepancy rather than the aligner's or the reader's error. */
  readonly certainty: number;
  /** For a difference of scope: the side that says more. */
  readonly saysMore?: 'fr' | 'en';
  /** For a difference of scope: where, in the claims of the side that says more, the heaviest stretch the other side lacks lies. */
  readonly stretch?: ExtraStretch;
  /** For a date difference the timeline check found: each side's dates that cannot be the other's, and what they were read against. */
  readonly timeline?: { readonly fr: TimelineEvidence; readonly en: TimelineEvidence };
  /** For a difference of who said it or where (attribution.ts): each side's frame as it writes it. */
  readonly attribution?: AttributionEvidence;
}

/** The two frames of an attribution difference; `speakersDiffer` when the group's speakers are a difference of their own. */
export interface AttributionEvidence {
  readonly fr: AttributionFrame;
  readonly en: AttributionFrame;
  readonly speakersDiffer: boolean;
}

/** One side of a timeline difference: its resolved dates, and its publication (null when it gives none). */
export interface TimelineEvidence {
  readonly dates: readonly ResolvedDate[];
  readonly publication: Publication | null;
}

/**
 * A fact both sides of a match give, each side's words as written: a figure ("12 millions d’euros"
 * / "12 million euros"), a date ("mardi" / "on Tuesday") or a name ("Londres" / "London").
 */
export interface SharedFact {
  readonly kind: 'number' | 'date' | 'name';
  readonly fr: string;
  readonly en: string;
  /** Two sums in two currencies: a conversion both sides give, which the note says is one. */
  readonly currencies?: true;
}

export interface Judgement {
  readonly kind: 'match' | 'discrepancy';
  readonly differences: readonly Difference[];
  /** For a match: the facts both sides give (sharedFacts.ts), at most a few, in the French text's order; empty for a discrepancy, whose note tells what differs. */
  readonly sharedFacts: readonly SharedFact[];
  /** For two accounts written apart: the probability that one side says more than the other (partialOverlapProbability); null for a translation. */
  readonly partialProbability: number | null;
}
