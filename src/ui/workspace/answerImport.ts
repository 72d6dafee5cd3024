/**
 * What a comparison file the reader imports asks of the workspace, decided once the file is read:
 * loaded on the first import (import this module dynamically, never statically), with the code that
 * reads comparison files and names comparisons apart.
 */
import type { SavedRecord } from '../../core/library/index';
import type { Comparison } from '../../core/model/index';
import { findSame, nameApart } from '../library/libraryNames';
import { readComparisonFile } from '../readComparisonFile';
import { SHIPPED_ID, type Duplicate } from './navigation';

/** Why the file was refused; or the comparison the library holds already, to ask about; or the comparison to open under a name apart. */
export type ImportAnswer = { readonly refused: unknown } | { readonly duplicate: Duplicate } | { readonly comparison: Comparison; readonly name: string };

/**
 * Reads `file` and decides what it asks; resolves to a refusal when the file cannot be read as a
 * comparison. `openRecords` is read once the file is, so that the name apart sees every comparison
 * opened meanwhile.
 */
export async function answerImport(file: File, shipped: Comparison, openRecords: () => SavedRecord[]): Promise<ImportAnswer> {
  let comparison: Comparison;
  try {
    comparison = await readComparisonFile(file);
  } catch (refused) {
    return { refused };
  }
  const open = openRecords();
  const copyName = await nameApart(comparison.name, shipped, open);
  const same = await findSame(comparison, shipped, SHIPPED_ID, open);
  if (same) return { duplicate: { comparison, existingId: same.id, existingName: same.name, copyName } };
  return { comparison, name: copyName };
}
