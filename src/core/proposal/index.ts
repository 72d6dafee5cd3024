/**
 * The engine's proposal's door. The proposal itself (proposal.ts, with the engine and its lexicon)
 * is only ever loaded through loadProposal, a chunk of its own: this door re-exports no value of it.
 */
// The proposal on first use, and what it holds (types only).
export { loadProposal } from './loadProposal';
export type { Proposal } from './proposal';
// How far the engine agrees with the analyst (a type only), and the labels a sentence gets, listed without the measure.
export type { Agreement } from './agreement';
export { SENTENCE_LABELS } from './sentenceLabels';
// Whether a curated comparison leaves any sentence unjudged; when none is, the engine need not load.
export { coversEverySentence } from './coverage';
