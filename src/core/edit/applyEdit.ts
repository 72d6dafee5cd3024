/**
 * Applying an edit: one pure function over every kind of edit, so that the interface, the history
 * and the tests all change a comparison the same way. Each operation's file says what it does.
 */
import type { Comparison } from '../model/types';
import { createClaim } from './createClaim';
import { deleteClaim } from './deleteClaim';
import type { Edit } from './edit';
import { joinRows } from './joinRows';
import { linkClaims } from './linkClaims';
import { renameComparison } from './renameComparison';
import { setAspects } from './setAspects';
import { setKind } from './setKind';
import { setNote } from './setNote';
import { setStatus } from './setStatus';
import { splitRow } from './splitRow';

/**
 * The comparison after `edit`, which again passes `parseComparison`; `comparison` itself when the
 * edit changes nothing. Never changes its input. Throws EditError, with a code, when the edit does
 * not apply (a row or finding that does not exist, a selection outside a paragraph, …).
 */
export function applyEdit(comparison: Comparison, edit: Edit): Comparison {
  switch (edit.type) {
    case 'join-rows':
      return joinRows(comparison, edit.row);
    case 'split-row':
      return splitRow(comparison, edit.row, edit.lang, edit.at);
    case 'create-claim':
      return createClaim(comparison, edit.id, edit.lang, edit.start, edit.end);
    case 'link-claims':
      return linkClaims(comparison, edit.from, edit.to);
    case 'set-kind':
      return setKind(comparison, edit.id, edit.kind);
    case 'set-aspects':
      return setAspects(comparison, edit.id, edit.aspects);
    case 'set-note':
      return setNote(comparison, edit.id, edit.lang, edit.text);
    case 'set-status':
      return setStatus(comparison, edit.id, edit.status);
    case 'delete-claim':
      return deleteClaim(comparison, edit.id);
    case 'rename':
      return renameComparison(comparison, edit.name);
  }
}
