/** The model's door: the types and lists that every part of the product speaks (types.ts). */
// A comparison and what it holds: two sources, their translations, the findings between their claims.
export type { Comparison, Finding, Source, Span, Translation } from './types';
// The two languages, in the order the columns show them.
export { LANGS, type Lang } from './types';
// A finding's kind, in the legend's order, and what a discrepancy says differs.
export { ASPECTS, FINDING_KINDS, type Aspect, type FindingKind } from './types';
// Where a finding and its notes stand with a reader, and what kind of page a source is.
export type { NoteStanding, FindingStatus, SourceKind } from './types';
// How a text is shown: as written, in the reader's language, or both.
export type { ReadingMode } from './types';
// The file format's name: the app trusts the shipped file unvalidated only when it says this.
export { COMPARISON_FORMAT } from './types';
