import type { proposeComparison } from './proposal';

/**
 * Loads the engine on first use and resolves to `proposeComparison`. A dynamic import is a chunk
 * of its own: the engine and its lexicon would weigh on every first view, and most readers never
 * ask for the engine's proposal.
 */
export async function loadProposal(): Promise<typeof proposeComparison> {
  const module = await import('./proposal');
  return module.proposeComparison;
}
