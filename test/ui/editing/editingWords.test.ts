import { describe, expect, it } from 'vitest';
import { EDIT_ERROR_CODES, EDIT_TYPES } from '../../../src/core/edit/edit';
import { LANGS } from '../../../src/core/model/index';
import { FINDING_STATUSES } from '../../../src/core/model/types';
import en from '../../../src/i18n/locales/en/editing.json';
import fr from '../../../src/i18n/locales/fr/editing.json';
import type { SelectionProblem } from '../../../src/ui/editing/selectionRange';

const PROBLEMS = ['none', 'outside', 'two-sources', 'translation'] as const satisfies readonly SelectionProblem[];

/** The keys that name each kind of edit: set-note and set-status are named per language and per status. */
const EDIT_NAMES = EDIT_TYPES.flatMap((type) => {
  if (type === 'set-note') return LANGS.map((lang) => `set-note-${lang}`);
  if (type === 'set-status') return FINDING_STATUSES.map((status) => `set-status-${status}`);
  return [type];
});

describe('editing words', () => {
  it.each([
    ['en', en],
    ['fr', fr],
  ] as const)('%s has a message for every code an edit is refused with', (_, words) => {
    expect(Object.keys(words.error).sort()).toEqual([...EDIT_ERROR_CODES].sort());
  });

  it.each([
    ['en', en],
    ['fr', fr],
  ] as const)('%s names every kind of edit and says every reason a selection makes no claim', (_, words) => {
    expect(Object.keys(words.edit).sort()).toEqual([...EDIT_NAMES].sort());
    expect(Object.keys(words.selection).sort()).toEqual([...PROBLEMS].sort());
  });
});
