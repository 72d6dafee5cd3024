/**
 * The edits a reader makes to a comparison, as data: each names what it changes by row index or
 * finding id, so that it can be applied (applyEdit.ts), recorded and named in the history
 * (history.ts: "Undo: join rows"), and refused with a code the interface words in either language.
 */
import type { Aspect, Lang, FindingKind, FindingStatus } from '../model/types';

/** One change a reader makes; `applyEdit` says what each does and when it is refused. */
export type Edit =
  /** Bead `row` and bead `row + 1` become one bead. */
  | { readonly type: 'join-rows'; readonly row: number }
  /** Bead `row` splits before its `at`-th paragraph on side `lang` (1 ≤ at < that side's count). */
  | { readonly type: 'split-row'; readonly row: number; readonly lang: Lang; readonly at: number }
  /** A new one-sided claim on `[start, end)` of the `lang` text, trimmed of surrounding white space. */
  | { readonly type: 'create-claim'; readonly id: string; readonly lang: Lang; readonly start: number; readonly end: number }
  /** The quotes of finding `to` on the side `from` needs join finding `from`. */
  | { readonly type: 'link-claims'; readonly from: string; readonly to: string }
  | { readonly type: 'set-kind'; readonly id: string; readonly kind: FindingKind }
  | { readonly type: 'set-aspects'; readonly id: string; readonly aspects: readonly Aspect[] }
  | { readonly type: 'set-note'; readonly id: string; readonly lang: Lang; readonly text: string }
  | { readonly type: 'set-status'; readonly id: string; readonly status: FindingStatus }
  | { readonly type: 'delete-claim'; readonly id: string }
  /** The comparison's name becomes `name`, white space run together and trimmed. */
  | { readonly type: 'rename'; readonly name: string };

export type EditType = Edit['type'];

/** Every kind of edit, so that the interface can word each one ("Undo: join rows"). */
export const EDIT_TYPES = [
  'join-rows',
  'split-row',
  'create-claim',
  'link-claims',
  'set-kind',
  'set-aspects',
  'set-note',
  'set-status',
  'delete-claim',
  'rename',
] as const satisfies readonly EditType[];

/** Why an edit does not apply; each code gets a message in the reader's language. */
export type EditErrorCode =
  /** The row index names no row of the alignment. */
  | 'no-such-row'
  /** The last row has no next row to join. */
  | 'cannot-join-last'
  /** The split point is not between two paragraphs of that side of the row. */
  | 'bad-split'
  /** The selection holds nothing but white space. */
  | 'empty-selection'
  /** The selection is not inside one paragraph of the text (it spans two, or lies outside any). */
  | 'selection-outside-paragraph'
  /** A new claim's id is empty. */
  | 'bad-id'
  /** A new claim's id is used by another finding. */
  | 'id-taken'
  /** No finding has this id. */
  | 'no-such-finding'
  /** A claim cannot be linked to itself. */
  | 'same-finding'
  /** The claim to link quotes nothing on the side the other one needs. */
  | 'same-side'
  /** Both claims already quote both texts: there is no side for one to bring the other. */
  | 'already-linked'
  /** The kind does not fit the texts the finding quotes (see allowedKinds). */
  | 'kind-not-allowed'
  /** Aspects say what differs, so only a discrepancy has them. */
  | 'aspects-need-discrepancy'
  /** A comparison's new name is blank. */
  | 'empty-name';

/** Every code an EditError can carry, so that a test can check the interface words each one. */
export const EDIT_ERROR_CODES = [
  'no-such-row',
  'cannot-join-last',
  'bad-split',
  'empty-selection',
  'selection-outside-paragraph',
  'bad-id',
  'id-taken',
  'no-such-finding',
  'same-finding',
  'same-side',
  'already-linked',
  'kind-not-allowed',
  'aspects-need-discrepancy',
  'empty-name',
] as const satisfies readonly EditErrorCode[];

/** An edit that does not apply to the comparison; nothing was changed. The message is English, for logs. */
export class EditError extends Error {
  override name = 'EditError';
  constructor(
    readonly code: EditErrorCode,
    message: string,
  ) {
    super(message);
  }
}
