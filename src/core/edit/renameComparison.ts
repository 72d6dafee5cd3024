/**
 * Renaming a comparison: the name the reader knows it by, shown above the texts, in the library,
 * as the exports' title and in their file names. White space is run together and trimmed, so that
 * a name typed with a stray space is the name meant; a name with nothing left is refused.
 */
import type { Comparison } from '../model/types';
import { EditError } from './edit';

/** The comparison named `name`, trimmed; itself when that is its name already; throws EditError 'empty-name' for a blank name. */
export function renameComparison(comparison: Comparison, name: string): Comparison {
  const trimmed = name.replace(/\s+/g, ' ').trim();
  if (trimmed === '') throw new EditError('empty-name', 'a comparison needs a name that is not blank');
  return trimmed === comparison.name ? comparison : { ...comparison, name: trimmed };
}
