import type { parseComparison } from './format';

/**
 * Loads the comparison file's validator on first use and resolves to `parseComparison`. A dynamic
 * import is a chunk of its own: the app's first view trusts the shipped file, which the build has
 * validated, and carries the validator (the schema and its library) only when that file turns out
 * not to be a comparison after all.
 */
export async function loadComparisonParser(): Promise<typeof parseComparison> {
  const module = await import('./format');
  return module.parseComparison;
}
