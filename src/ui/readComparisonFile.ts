import { checkComparisonFileSize, readComparisonBytes } from '../core/comparisonFile/index';
import type { Comparison } from '../core/model/index';

/**
 * Reads a file the reader picked or dropped as a comparison: refused before it is read when it is
 * too large, then checked by the core from its bytes up. Throws the core's ComparisonFormatError,
 * whose issue codes the interface words in the reader's language.
 */
export async function readComparisonFile(file: Blob): Promise<Comparison> {
  checkComparisonFileSize(file.size);
  return readComparisonBytes(new Uint8Array(await file.arrayBuffer()));
}
