/**
 * The engine's proposal for a curated comparison: what the engine finds on its own in the same two
 * texts, the curated comparison with the engine's findings added where the analyst judged nothing,
 * and how far the two agree. This module brings in the engine and its lexicon: import it
 * dynamically (`loadProposal`), so that they stay out of the app's first view.
 */
import { measureAgreement, type Agreement } from './agreement';
import { compareSources } from '../engine/compare';
import { mergeAutomatic } from './merge';
import type { Comparison } from '../model/types';

export interface Proposal {
  /** The engine's comparison of the same sources, under the same name; every finding automatic. */
  readonly automatic: Comparison;
  /** The curated comparison, with the engine's findings where no curated quote stands. */
  readonly merged: Comparison;
  readonly agreement: Agreement;
}

/** Runs the engine on the curated comparison's own sources and sets its result against the curated one. */
export function proposeComparison(curated: Comparison): Proposal {
  const automatic = compareSources(curated.sources.fr, curated.sources.en, { name: curated.name }).comparison;
  return { automatic, merged: mergeAutomatic(curated, automatic), agreement: measureAgreement(curated, automatic) };
}
