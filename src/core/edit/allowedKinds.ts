/** Which kinds a finding can take, given the texts it quotes. */
import type { Finding, FindingKind } from '../model/types';

/**
 * The kinds that fit the finding's quotes, as the comparison file requires: quotes in both
 * texts → match or discrepancy; French only → only-fr; English only → only-en.
 */
export function allowedKinds(finding: Finding): readonly FindingKind[] {
  if (finding.fr.length > 0 && finding.en.length > 0) return ['match', 'discrepancy'];
  return finding.fr.length > 0 ? ['only-fr'] : ['only-en'];
}
