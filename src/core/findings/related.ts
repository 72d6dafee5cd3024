/**
 * Findings that share text. Two relations share a quote when a span of one overlaps a span of the
 * other in the same source: a sentence judged a match as a whole may hold a phrase judged a
 * discrepancy. A reader who opens one judgement on a stretch of text is shown the others on it.
 * O(R · s²) for R relations of at most s spans each, which is small: relations quote a few spans.
 */
import type { Comparison, Relation, Span } from '../model/types';
import { LANGS } from '../model/types';

/**
 * The other relations with a quote overlapping one of this relation's quotes, in the file's order;
 * empty when the id names no relation.
 */
export function findRelationsSharingQuotes(comparison: Comparison, relationId: string): Relation[] {
  const relation = comparison.relations.find((candidate) => candidate.id === relationId);
  if (!relation) return [];
  return comparison.relations.filter(
    (other) =>
      other.id !== relation.id &&
      LANGS.some((lang) => relation[lang].some((span) => other[lang].some((otherSpan) => overlaps(span, otherSpan)))),
  );
}

// Half-open ranges overlap when each starts before the other ends; touching ends do not count.
function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
