/**
 * The labels a comparison gives a sentence when two comparisons are set side by side (agreement.ts).
 * A module of its own so that the interface can list them without loading the measure, which comes
 * with the engine's proposal.
 */

/** What a comparison says of one sentence. */
export type SentenceLabel = 'match' | 'discrepancy' | 'only' | 'none';

/** Every label, strongest verdict first, "none" last. */
export const SENTENCE_LABELS = ['match', 'discrepancy', 'only', 'none'] as const satisfies readonly SentenceLabel[];
