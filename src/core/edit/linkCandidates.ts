/**
 * What a one-sided claim may be linked to (linkClaims.ts): every other relation that quotes the
 * text it lacks. A relation that quotes both texts is offered nothing: the reader links from the
 * one-sided claim instead.
 */
import type { Comparison, Lang, Relation } from '../model/types';

/** The relations `relation` can be linked to, in the comparison's order; empty when it quotes both texts. */
export function linkCandidates(comparison: Comparison, relation: Relation): readonly Relation[] {
  const lacking: Lang | null = relation.fr.length === 0 ? 'fr' : relation.en.length === 0 ? 'en' : null;
  if (lacking === null) return [];
  return comparison.relations.filter((other) => other.id !== relation.id && other[lacking].length > 0);
}
