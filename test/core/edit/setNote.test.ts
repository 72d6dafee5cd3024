import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../src/core/edit/applyEdit';
import { LANGS } from '../../../src/core/model/index';
import { codeOf, expectValid, findingOf, shipped, tram } from './fixtures';

describe("applyEdit: 'set-note'", () => {
  it.each(LANGS)('sets the %s note as typed, white space and markup included, and leaves the other alone', (lang) => {
    const before = shipped();
    const text = '  Deux dates : 14/07 et 5/5.\n\n<b>pas du gras</b>  ';
    const after = applyEdit(before, { type: 'set-note', id: 'january-which-year', lang, text });
    const note = findingOf(after, 'january-which-year').note;
    expect(note[lang]).toBe(text);
    const other = lang === 'fr' ? 'en' : 'fr';
    expect(note[other]).toBe(findingOf(before, 'january-which-year').note[other]);
    expect(findingOf(after, 'january-which-year')).not.toHaveProperty('status');
    expectValid(after);
  });

  it('empties a note', () => {
    const after = applyEdit(tram(), { type: 'set-note', id: 'a2', lang: 'en', text: '' });
    expect(findingOf(after, 'a2').note.en).toBe('');
    expectValid(after);
  });

  it('leaves the status alone: automatic stays automatic, rejected stays rejected', () => {
    const after = applyEdit(tram(), { type: 'set-note', id: 'a2', lang: 'fr', text: 'À vérifier.' });
    expect(findingOf(after, 'a2').status).toBe('automatic');
    const rejected = applyEdit(tram(), { type: 'set-status', id: 'a2', status: 'rejected' });
    expect(findingOf(applyEdit(rejected, { type: 'set-note', id: 'a2', lang: 'fr', text: 'Faux.' }), 'a2').status).toBe('rejected');
  });

  it('changes nothing when the note is already that text', () => {
    const before = tram();
    expect(applyEdit(before, { type: 'set-note', id: 'a2', lang: 'en', text: findingOf(before, 'a2').note.en })).toBe(before);
  });

  it("refuses a finding that does not exist: 'no-such-finding'", () => {
    expect(codeOf(() => applyEdit(tram(), { type: 'set-note', id: 'zz', lang: 'fr', text: 'x' }))).toBe('no-such-finding');
  });
});
