/**
 * Findings that share text. Two findings share a quote when a span of one overlaps a span of the
 * other in the same source: a sentence judged a match as a whole may hold a phrase judged a
 * discrepancy. A reader who opens one judgement on a stretch of text is shown the others on it.
 * O(R · s²) for R findings of at most s spans each, which is small: findings quote a few spans.
 */
import type { Comparison, Finding, Span } from '../model/types';
import { LANGS } from '../model/types';

/**
 * The other findings with a quote overlapping one of this finding's quotes, in the file's order;
 * empty when the id names no finding.
 */
export function findFindingsSharingQuotes(comparison: Comparison, findingId: string): Finding[] {
  const finding = comparison.relations.find((candidate) => candidate.id === findingId);
  if (!finding) return [];
  return comparison.relations.filter(
    (other) =>
      other.id !== finding.id &&
      LANGS.some((lang) => finding[lang].some((span) => other[lang].some((otherSpan) => overlaps(span, otherSpan)))),
  );
}

// Half-open ranges overlap when each starts before the other ends; touching ends do not count.
function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
