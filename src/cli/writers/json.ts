import { comparisonChunks } from '../../core/comparisonFile/index';
import type { Comparison } from '../../core/model/index';

/**
 * The comparison file itself, byte for byte as the core saves it (serializeComparison), so that it
 * imports back unchanged; in pieces, written as they come. Not checked against the schema again: a
 * comparison here was either loaded through that schema or made by the engine, whose output the
 * core's tests load with it (test/core/comparisonChunks.test.ts).
 */
export function writeJson(comparison: Comparison): Iterable<string> {
  return comparisonChunks(comparison);
}
