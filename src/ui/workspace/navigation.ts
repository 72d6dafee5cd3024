/**
 * Where the reader is in the workspace, as one value and the pure function that moves it: which
 * comparison the reading view shows, whether the new comparison form or the library is open, and
 * what the last import asks of the reader. The workspace dispatches the actions; what a move does
 * outside the page's state (the address, the library, loading a view) stays with it.
 */
import type { SavedRecord } from '../../core/library/index';
import type { Comparison } from '../../core/model/index';
import { readLibraryParam } from '../libraryUrl';
import type { OwnView } from './ownView';

/** The id the shipped comparison has in the library's list. */
export const SHIPPED_ID = 'shipped';

/**
 * What the reading view shows: the shipped comparison, one of the library's, one being fetched from
 * it, or, in place of the reading view, why the comparison a link names cannot be had here.
 */
export type Shown =
  | { readonly kind: 'shipped' }
  | { readonly kind: 'opening'; readonly id: string }
  | { readonly kind: 'unavailable'; readonly id: string; readonly error: unknown }
  | { readonly kind: 'own'; readonly record: SavedRecord; readonly View: OwnView };

/** How the last import ended: the name of the comparison it opened, or why the file was refused. */
export type ImportOutcome = { readonly opened: string } | { readonly refused: unknown; readonly fileName: string };

/** A file that holds, word for word, a comparison the library has already: the reader is asked before a copy is added. */
export interface Duplicate {
  readonly comparison: Comparison;
  /** Where the library holds it: a record's id, or the shipped comparison's. */
  readonly existingId: string;
  readonly existingName: string;
  readonly copyName: string;
}

export interface Navigation {
  readonly shown: Shown;
  /**
   * How many times a comparison was shown anew: the reading view is keyed by it, so that each
   * comparison opened starts with no finding open and nothing pointed at. The filters, kept in the
   * address (`?hide=`), stay as the reader set them.
   */
  readonly generation: number;
  /** The new comparison form, which takes the reading view's place while open. */
  readonly formOpen: boolean;
  readonly libraryOpen: boolean;
  readonly outcome: ImportOutcome | null;
  /** The import waiting for the reader to say whether to add a copy; null when none waits. */
  readonly duplicate: Duplicate | null;
}

export type NavigationAction =
  | { readonly type: 'open-form' }
  | { readonly type: 'close-form' }
  | { readonly type: 'open-library' }
  | { readonly type: 'close-library' }
  /** Shows a comparison anew, remounting the reading view. */
  | { readonly type: 'show'; readonly shown: Shown }
  /** The library's choice: the library and the form close, and the comparison chosen shows anew. */
  | { readonly type: 'open-from-library'; readonly shown: Shown }
  /** The comparison being opened arrived from the library, with its view: it shows in the same reading view. */
  | { readonly type: 'finish-opening'; readonly record: SavedRecord; readonly View: OwnView }
  /** The comparison being opened cannot be had here: why shows in its place. */
  | { readonly type: 'fail-opening'; readonly error: unknown }
  /** A comparison of the reader's own changed: the view shows the change if it shows that comparison. */
  | { readonly type: 'change-own'; readonly record: SavedRecord }
  | { readonly type: 'report-import'; readonly outcome: ImportOutcome }
  | { readonly type: 'dismiss-refusal' }
  | { readonly type: 'ask-about-duplicate'; readonly duplicate: Duplicate }
  | { readonly type: 'answer-duplicate' };

/** Where the workspace starts: the library comparison the address names (`?c=`), else the shipped one. */
export function startNavigation(search: string): Navigation {
  const id = readLibraryParam(search);
  return {
    shown: id === null ? { kind: 'shipped' } : { kind: 'opening', id },
    generation: 0,
    formOpen: false,
    libraryOpen: false,
    outcome: null,
    duplicate: null,
  };
}

/** What showing the library's comparison `id` means: the shipped one, or one to fetch from the library. */
export function shownFromLibrary(id: string): Shown {
  return id === SHIPPED_ID ? { kind: 'shipped' } : { kind: 'opening', id };
}

/** The library id of what is shown, as the address names it (`?c=`): null for the shipped comparison. */
export function libraryIdOf(shown: Shown): string | null {
  switch (shown.kind) {
    case 'shipped':
      return null;
    case 'own':
      return shown.record.id;
    case 'opening':
    case 'unavailable':
      return shown.id;
  }
}

/** The id the library's list knows what is shown by: the shipped comparison has one of its own there. */
export function listedIdOf(shown: Shown): string {
  return libraryIdOf(shown) ?? SHIPPED_ID;
}

/** Whether the workspace has a dialog over the screen: a refused import, a duplicate import to answer, or the library. */
export function hasDialog({ outcome, duplicate, libraryOpen }: Navigation): boolean {
  return (outcome !== null && 'refused' in outcome) || duplicate !== null || libraryOpen;
}

/** The workspace after `action`: a pure function of the two, which never changes what it is given. */
export function navigationReducer(state: Navigation, action: NavigationAction): Navigation {
  switch (action.type) {
    case 'open-form':
      return { ...state, formOpen: true };
    case 'close-form':
      return { ...state, formOpen: false };
    case 'open-library':
      return { ...state, libraryOpen: true };
    case 'close-library':
      return { ...state, libraryOpen: false };
    case 'show':
      return { ...state, shown: action.shown, generation: state.generation + 1 };
    case 'open-from-library':
      return { ...state, libraryOpen: false, formOpen: false, shown: action.shown, generation: state.generation + 1 };
    case 'finish-opening':
      // Only what is still being opened: the reader may have gone elsewhere while it loaded.
      if (state.shown.kind !== 'opening') return state;
      return { ...state, shown: { kind: 'own', record: action.record, View: action.View } };
    case 'fail-opening':
      if (state.shown.kind !== 'opening') return state;
      return { ...state, shown: { kind: 'unavailable', id: state.shown.id, error: action.error } };
    case 'change-own':
      // A change can come from a view already gone (a note saved as the form replaced it).
      if (state.shown.kind !== 'own' || state.shown.record.id !== action.record.id) return state;
      return { ...state, shown: { ...state.shown, record: action.record } };
    case 'report-import':
      return { ...state, outcome: action.outcome };
    case 'dismiss-refusal':
      return { ...state, outcome: null };
    case 'ask-about-duplicate':
      return { ...state, duplicate: action.duplicate };
    case 'answer-duplicate':
      return { ...state, duplicate: null };
  }
}
