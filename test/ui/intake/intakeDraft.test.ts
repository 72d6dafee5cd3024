import { describe, expect, it } from 'vitest';
import { EMPTY_SOURCE_META } from '../../../src/core/intake/sourceMeta';
import { EMPTY_INTAKE_DRAFT, EMPTY_SIDE, shownMeta, swapSides } from '../../../src/ui/intake/intakeDraft';

describe('swapSides', () => {
  it('puts each side in the other’s place, details and all, and keeps the name', () => {
    const fr = { ...EMPTY_SIDE, text: 'The council voted.', edited: { outlet: 'The Herald' } };
    const en = { ...EMPTY_SIDE, text: 'Le conseil a voté.' };
    expect(swapSides({ ...EMPTY_INTAKE_DRAFT, fr, en, name: 'budget' })).toEqual({ fr: en, en: fr, name: 'budget' });
  });
});

describe('shownMeta', () => {
  it('shows the reader’s details first, an empty one included, then the page’s, then those detected', () => {
    const detected = { ...EMPTY_SOURCE_META, title: 'Detected', outlet: 'Detected outlet', byline: 'Detected byline' };
    const given = { ...EMPTY_SOURCE_META, title: 'Given', outlet: 'Given outlet' };
    const side = { ...EMPTY_SIDE, given, edited: { title: 'Typed', byline: '' } };
    expect(shownMeta(side, detected)).toEqual({ ...EMPTY_SOURCE_META, title: 'Typed', outlet: 'Given outlet', byline: '' });
  });
});
