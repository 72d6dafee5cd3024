/** Which kinds a relation can take, given the texts it quotes. */
import type { Relation, RelationKind } from '../model/types';

/**
 * The kinds that fit the relation's quotes, as the comparison file requires: quotes in both
 * texts → match or discrepancy; French only → only-fr; English only → only-en.
 */
export function allowedKinds(relation: Relation): readonly RelationKind[] {
  if (relation.fr.length > 0 && relation.en.length > 0) return ['match', 'discrepancy'];
  return relation.fr.length > 0 ? ['only-fr'] : ['only-en'];
}
