/** The findings' door: what counts, in what order, who stands behind each, and what a finding's quotes share. */
// What counts as a finding, one rule for the summary, the list, the library's cards and the command line.
export { countFindings, type FindingCounts } from './findingCounts';
// Walking through the findings: the shown kinds, grouped, in reading order, one step at a time, and a finding's row.
export { filterByKind, findFinding, groupByKind, orderFindings, rowLocator, stepFinding } from './findings';
// Who stands behind a verdict and its notes: the badge, the engine's confidence, a note out of date.
export { engineConfidence, noteStandingOf, verdictBy } from './provenance';
// The other findings on the same stretch of text as the open one.
export { findFindingsSharingQuotes } from './related';
// A finding's two quotes in the reader's language, compared word by word (the word-by-word view, loaded on demand).
export { compareClaimWording, type ClaimWording } from './claimWording';
