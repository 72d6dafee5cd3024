import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../src/core/edit/applyEdit';
import { LANGS } from '../../../src/core/model/index';
import { codeOf, expectValid, relationOf, shipped, tram } from './fixtures';

describe("applyEdit: 'set-note'", () => {
  it.each(LANGS)('sets the %s note as typed, white space and markup included, and leaves the other alone', (lang) => {
    const before = shipped();
    const text = '  Deux dates : 14/07 et 5/5.\n\n<b>pas du gras</b>  ';
    const after = applyEdit(before, { type: 'set-note', id: 'january-which-year', lang, text });
    const note = relationOf(after, 'january-which-year').note;
    expect(note[lang]).toBe(text);
    const other = lang === 'fr' ? 'en' : 'fr';
    expect(note[other]).toBe(relationOf(before, 'january-which-year').note[other]);
    expect(relationOf(after, 'january-which-year')).not.toHaveProperty('status');
    expectValid(after);
  });

  it('empties a note', () => {
    const after = applyEdit(tram(), { type: 'set-note', id: 'a2', lang: 'en', text: '' });
    expect(relationOf(after, 'a2').note.en).toBe('');
    expectValid(after);
  });

  it('leaves the status alone: automatic stays automatic, rejected stays rejected', () => {
    const after = applyEdit(tram(), { type: 'set-note', id: 'a2', lang: 'fr', text: 'À vérifier.' });
    expect(relationOf(after, 'a2').status).toBe('automatic');
    const rejected = applyEdit(tram(), { type: 'set-status', id: 'a2', status: 'rejected' });
    expect(relationOf(applyEdit(rejected, { type: 'set-note', id: 'a2', lang: 'fr', text: 'Faux.' }), 'a2').status).toBe('rejected');
  });

  it('changes nothing when the note is already that text', () => {
    const before = tram();
    expect(applyEdit(before, { type: 'set-note', id: 'a2', lang: 'en', text: relationOf(before, 'a2').note.en })).toBe(before);
  });

  it("refuses a relation that does not exist: 'no-such-relation'", () => {
    expect(codeOf(() => applyEdit(tram(), { type: 'set-note', id: 'zz', lang: 'fr', text: 'x' }))).toBe('no-such-relation');
  });
});
