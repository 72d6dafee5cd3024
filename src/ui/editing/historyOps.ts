/**
 * The core's undo history, loaded apart from the first view: applying an edit brings every kind of
 * edit with it, and a reader who only reads never needs them (see useEditHistory.ts).
 */
export { canRedo, canUndo, createHistory, EditError, lastEdit, nextEdit, recordEdit, redo, undo } from '../../core/edit/index';
