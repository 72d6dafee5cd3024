import { serializeComparison, type Comparison } from '../../core/index';

/** The comparison file itself, byte for byte as the core saves it, so that it imports back unchanged. */
export function writeJson(comparison: Comparison): string {
  return serializeComparison(comparison);
}
