import { describe, expect, it } from 'vitest';
import type { SavedRecord } from '../../src/core/library/index';
import {
  hasDialog,
  libraryIdOf,
  listedIdOf,
  navigationReducer,
  shownFromLibrary,
  startNavigation,
  type Navigation,
  type NavigationAction,
  type Shown,
} from '../../src/ui/workspace/navigation';
import { OwnComparison as View } from '../../src/ui/OwnComparison';
import { fixtureComparison, fixtureRecord } from './library/records';

function record(id: string, name = `Comparison ${id}`): SavedRecord {
  return fixtureRecord(id, '2024-05-01T09:00:00.000Z', name);
}

const START: Navigation = startNavigation('');
const OWN: Navigation = { ...START, shown: { kind: 'own', record: record('r1'), View }, generation: 3 };

/** Moves `state` through `actions`, freezing each state first so that a reducer that changes what it is given throws. */
function run(state: Navigation, ...actions: NavigationAction[]): Navigation {
  return actions.reduce((current, action) => navigationReducer(Object.freeze(current), action), state);
}

describe('startNavigation', () => {
  it('starts on the shipped comparison when the address names none, with nothing open', () => {
    expect(startNavigation('?lang=fr')).toEqual({
      shown: { kind: 'shipped' },
      generation: 0,
      formOpen: false,
      libraryOpen: false,
      outcome: null,
      duplicate: null,
    });
  });

  it('starts by opening the library comparison the address names', () => {
    expect(startNavigation('?c=3f2a&finding=r4').shown).toEqual({ kind: 'opening', id: '3f2a' });
  });
});

describe('navigationReducer', () => {
  it.each<[string, NavigationAction, Partial<Navigation>]>([
    ['opens the new comparison form', { type: 'open-form' }, { formOpen: true }],
    ['opens the library', { type: 'open-library' }, { libraryOpen: true }],
    ['reports an import that opened', { type: 'report-import', outcome: { opened: 'Mine' } }, { outcome: { opened: 'Mine' } }],
  ])('%s', (_, action, change) => {
    expect(run(START, action)).toEqual({ ...START, ...change });
  });

  it('closes the form and the library, leaving the rest as it was', () => {
    const open = run(OWN, { type: 'open-form' }, { type: 'open-library' });
    expect(run(open, { type: 'close-form' })).toEqual({ ...OWN, libraryOpen: true });
    expect(run(open, { type: 'close-library' })).toEqual({ ...OWN, formOpen: true });
  });

  it('shows a comparison anew: a new generation remounts the reading view, and the form and the library stay as they were', () => {
    const shown: Shown = { kind: 'opening', id: 'r2' };
    const open = run(OWN, { type: 'open-library' });
    expect(run(open, { type: 'show', shown })).toEqual({ ...open, shown, generation: 4 });
    expect(run(START, { type: 'show', shown: { kind: 'shipped' } })).toEqual({ ...START, generation: 1 });
  });

  it('opens what the library chose, closing the library and the form', () => {
    const open = run(OWN, { type: 'open-form' }, { type: 'open-library' });
    expect(run(open, { type: 'open-from-library', shown: { kind: 'shipped' } })).toEqual({ ...OWN, shown: { kind: 'shipped' }, generation: 4 });
  });

  it('shows the comparison being opened once it arrives, in the same reading view', () => {
    const opening = run(START, { type: 'show', shown: { kind: 'opening', id: 'r1' } });
    const arrived = record('r1');
    expect(run(opening, { type: 'finish-opening', record: arrived, View })).toEqual({ ...opening, shown: { kind: 'own', record: arrived, View } });
  });

  it('says why the comparison being opened cannot be had, in its place', () => {
    const error = new Error('not in this browser');
    const opening = startNavigation('?c=gone');
    expect(run(opening, { type: 'fail-opening', error })).toEqual({ ...opening, shown: { kind: 'unavailable', id: 'gone', error } });
  });

  it('changes nothing when an opening settles after the reader went elsewhere', () => {
    expect(run(OWN, { type: 'finish-opening', record: record('r9'), View })).toBe(OWN);
    expect(run(START, { type: 'fail-opening', error: new Error('late') })).toBe(START);
  });

  it('shows a change to the comparison of the reader\'s own on screen', () => {
    const changed = record('r1', 'Renamed');
    expect(run(OWN, { type: 'change-own', record: changed })).toEqual({ ...OWN, shown: { kind: 'own', record: changed, View } });
  });

  it('keeps the screen as it is for a change to a comparison no longer shown', () => {
    expect(run(OWN, { type: 'change-own', record: record('r2') })).toBe(OWN);
    expect(run(START, { type: 'change-own', record: record('r1') })).toBe(START);
  });

  it('reports a refused import until the reader dismisses it', () => {
    const error = new Error('not a comparison');
    const refused = run(START, { type: 'report-import', outcome: { refused: error, fileName: 'notes.txt' } });
    expect(refused.outcome).toEqual({ refused: error, fileName: 'notes.txt' });
    expect(run(refused, { type: 'dismiss-refusal' })).toEqual(START);
  });

  it('asks about a duplicate import until the reader answers', () => {
    const duplicate = { comparison: fixtureComparison('MIIT', { fr: 'Titre', en: 'Title' }), existingId: 'shipped', existingName: 'MIIT', copyName: 'MIIT (2)' };
    const asking = run(START, { type: 'ask-about-duplicate', duplicate });
    expect(asking.duplicate).toBe(duplicate);
    expect(run(asking, { type: 'answer-duplicate' })).toEqual(START);
  });
});

describe('shownFromLibrary', () => {
  it('shows the shipped comparison for its id in the list, and fetches any other from the library', () => {
    expect(shownFromLibrary('shipped')).toEqual({ kind: 'shipped' });
    expect(shownFromLibrary('r7')).toEqual({ kind: 'opening', id: 'r7' });
  });
});

describe('libraryIdOf and listedIdOf', () => {
  it.each<[Shown, string | null, string]>([
    [{ kind: 'shipped' }, null, 'shipped'],
    [{ kind: 'opening', id: 'r1' }, 'r1', 'r1'],
    [{ kind: 'unavailable', id: 'r2', error: null }, 'r2', 'r2'],
    [{ kind: 'own', record: record('r3'), View }, 'r3', 'r3'],
  ])('name %o as the address does and as the library lists it', (shown, address, listed) => {
    expect(libraryIdOf(shown)).toBe(address);
    expect(listedIdOf(shown)).toBe(listed);
  });
});

describe('hasDialog', () => {
  it.each<[string, NavigationAction, boolean]>([
    ['the library', { type: 'open-library' }, true],
    ['a refused import', { type: 'report-import', outcome: { refused: new Error('not a comparison'), fileName: 'notes.txt' } }, true],
    ['a duplicate import', { type: 'ask-about-duplicate', duplicate: { comparison: fixtureComparison('A', { fr: 'T', en: 'T' }), existingId: 'r1', existingName: 'A', copyName: 'A (2)' } }, true],
    ['an import that opened, said in a line rather than a dialog', { type: 'report-import', outcome: { opened: 'Mine' } }, false],
    ['the form, which takes the screen rather than a dialog over it', { type: 'open-form' }, false],
  ])('says whether there is a dialog over the screen: %s', (_, action, expected) => {
    expect(hasDialog(START)).toBe(false);
    expect(hasDialog(run(START, action))).toBe(expected);
  });
});
