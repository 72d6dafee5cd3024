import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT } from '../../../src/core/edit/history';
import { canRedo, canUndo, createHistory, lastEdit, nextEdit, recordEdit, redo, undo, type Edit } from '../../../src/core/edit/index';
import { codeOf, findingOf, tram } from './fixtures';

const join: Edit = { type: 'join-rows', row: 0 };
const confirm: Edit = { type: 'set-status', id: 'a1', status: 'confirmed' };
const note = (text: string): Edit => ({ type: 'set-note', id: 'a2', lang: 'fr', text });

describe('createHistory', () => {
  it('starts with the comparison and nothing to undo or redo', () => {
    const history = createHistory(tram());
    expect(history.present).toBe(tram());
    expect([canUndo(history), canRedo(history), lastEdit(history), nextEdit(history)]).toEqual([false, false, null, null]);
  });
});

describe('recordEdit, undo and redo', () => {
  it('applies an edit, undoes it back to the very same comparison, and redoes it', () => {
    const start = createHistory(tram());
    const edited = recordEdit(start, join);
    expect(edited.present.alignment).toHaveLength(tram().alignment.length - 1);
    expect([canUndo(edited), canRedo(edited), lastEdit(edited)]).toEqual([true, false, join]);

    const undone = undo(edited);
    expect(undone.present).toBe(tram());
    expect([canUndo(undone), canRedo(undone), nextEdit(undone)]).toEqual([false, true, join]);

    const redone = redo(undone);
    expect(redone.present).toBe(edited.present);
    expect([canUndo(redone), canRedo(redone), lastEdit(redone)]).toEqual([true, false, join]);
  });

  it('undoes and redoes several edits in order, naming each', () => {
    let history = createHistory(tram());
    const edits = [join, confirm, note('Un.')];
    const presents = [history.present];
    for (const edit of edits) {
      history = recordEdit(history, edit);
      presents.push(history.present);
    }
    for (let step = edits.length - 1; step >= 0; step -= 1) {
      expect(lastEdit(history)).toBe(edits[step]);
      history = undo(history);
      expect(history.present).toBe(presents[step]);
    }
    for (let step = 0; step < edits.length; step += 1) {
      expect(nextEdit(history)).toBe(edits[step]);
      history = redo(history);
      expect(history.present).toBe(presents[step + 1]);
    }
  });

  it('clears what could be redone when a new edit is recorded', () => {
    const undone = undo(recordEdit(recordEdit(createHistory(tram()), join), confirm));
    expect(canRedo(undone)).toBe(true);
    const branched = recordEdit(undone, note('Autre chose.'));
    expect([canRedo(branched), nextEdit(branched), lastEdit(branched)]).toEqual([false, null, note('Autre chose.')]);
    expect(findingOf(branched.present, 'a1').status).toBe('automatic');
    expect(branched.past).toHaveLength(2);
  });

  it('records nothing for an edit that changes nothing', () => {
    const history = recordEdit(createHistory(tram()), join);
    const undone = undo(recordEdit(history, confirm));
    expect(recordEdit(undone, { type: 'set-status', id: 'a1', status: 'automatic' })).toBe(undone);
    expect(canRedo(undone)).toBe(true);
  });

  it('throws the EditError of an edit that does not apply, and keeps the history as it was', () => {
    const history = recordEdit(createHistory(tram()), join);
    expect(codeOf(() => recordEdit(history, { type: 'join-rows', row: 99 }))).toBe('no-such-row');
    expect(history.present.alignment).toHaveLength(tram().alignment.length - 1);
    expect(lastEdit(history)).toBe(join);
  });

  it('returns the same history when there is nothing to undo or redo', () => {
    const history = createHistory(tram());
    expect(undo(history)).toBe(history);
    expect(redo(history)).toBe(history);
  });

  it(`remembers the last ${HISTORY_LIMIT} edits, forgetting the oldest`, () => {
    expect(HISTORY_LIMIT).toBe(200);
    let history = createHistory(tram());
    const presents = [history.present];
    for (let n = 1; n <= HISTORY_LIMIT + 5; n += 1) {
      history = recordEdit(history, note(`Note ${n}`));
      presents.push(history.present);
    }
    expect(history.past).toHaveLength(HISTORY_LIMIT);
    while (canUndo(history)) history = undo(history);
    // Edits 1 to 5 were forgotten: undoing stops at the comparison they made.
    expect(history.present).toBe(presents[5]);
    expect(findingOf(history.present, 'a2').note.fr).toBe('Note 5');
    expect(history.future).toHaveLength(HISTORY_LIMIT);
    while (canRedo(history)) history = redo(history);
    expect(history.present).toBe(presents.at(-1));
    expect(history.past).toHaveLength(HISTORY_LIMIT);
  });
});
