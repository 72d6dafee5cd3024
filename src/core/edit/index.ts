/** The edits' door: what a reader may change in a comparison, and the undo history that applies the changes. */
// An edit, and why the core refused one.
export { EditError, type Edit, type EditErrorCode } from './edit';
// The history: every edit goes through recordEdit, which applies it; undo and redo walk it.
export { canRedo, canUndo, createHistory, lastEdit, nextEdit, recordEdit, redo, undo, type EditHistory } from './history';
// What the editing tools offer: a claim's new id, the words to pick, the kinds and links allowed, a finding's status.
export { nextClaimId } from './nextClaimId';
export { paragraphAt, paragraphWords, wordsCovered, type PickableWord } from './paragraphWords';
export { allowedKinds } from './allowedKinds';
export { linkCandidates } from './linkCandidates';
export { statusOf } from './statusOf';
// Where a row may be split, and whether two rows may be joined.
export { splitPlaces } from './splitRow';
export { canJoin } from './joinRows';
