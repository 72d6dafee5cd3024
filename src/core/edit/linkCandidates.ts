/**
 * What a one-sided claim may be linked to (linkClaims.ts): every other finding that quotes the
 * text it lacks. A finding that quotes both texts is offered nothing: the reader links from the
 * one-sided claim instead.
 */
import type { Comparison, Lang, Finding } from '../model/types';

/** The findings `finding` can be linked to, in the comparison's order; empty when it quotes both texts. */
export function linkCandidates(comparison: Comparison, finding: Finding): readonly Finding[] {
  const lacking: Lang | null = finding.fr.length === 0 ? 'fr' : finding.en.length === 0 ? 'en' : null;
  if (lacking === null) return [];
  return comparison.relations.filter((other) => other.id !== finding.id && other[lacking].length > 0);
}
