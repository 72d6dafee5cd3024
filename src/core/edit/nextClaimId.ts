/** Ids for the claims a reader creates. */
import type { Comparison } from '../model/types';

/** The first of `c1`, `c2`, `c3`, … that no finding of the comparison uses. */
export function nextClaimId(comparison: Comparison): string {
  const taken = new Set(comparison.relations.map((finding) => finding.id));
  let number = 1;
  while (taken.has(`c${number}`)) number += 1;
  return `c${number}`;
}
