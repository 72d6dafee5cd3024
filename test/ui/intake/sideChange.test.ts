import { describe, expect, it } from 'vitest';
import { EMPTY_SOURCE_META } from '../../../src/core/intake/sourceMeta';
import { EMPTY_SIDE, type SideDraft } from '../../../src/ui/intake/intakeDraft';
import { changeSide } from '../../../src/ui/intake/sideChange';

const page = { ...EMPTY_SOURCE_META, title: 'Le conseil vote le budget', outlet: 'Le Journal' };
const draft: SideDraft = { ...EMPTY_SIDE, text: 'Mon brouillon.', given: page, refusal: { code: 'binary', fileName: 'a.pdf', size: null } };

describe('changeSide', () => {
  it('takes typing and clears a refusal, keeping the page’s details while text remains', () => {
    expect(changeSide(draft, { type: 'typed', text: 'Mon texte.' })).toEqual({ ...draft, text: 'Mon texte.', refusal: null });
  });

  it('forgets the page’s details and the notice once the text is emptied', () => {
    const read = { ...draft, notice: { code: 'converted-from-windows-1252', fileName: 'a.txt' } } as const;
    expect(changeSide(read, { type: 'typed', text: '  ' })).toEqual({ ...read, text: '  ', refusal: null, given: null, notice: null });
  });

  it('takes a page pasted whole with its details, and a passage without them', () => {
    const other = { ...EMPTY_SOURCE_META, title: 'Autre' };
    expect(changeSide(draft, { type: 'pasted', text: 'Tout.', given: other })).toEqual({ ...draft, text: 'Tout.', given: other, refusal: null });
    expect(changeSide(draft, { type: 'pasted', text: 'Un passage.', given: null })).toEqual({ ...draft, text: 'Un passage.', given: page, refusal: null });
  });

  it('replaces the text with a file read, keeping the text replaced to be restored', () => {
    const file = { text: 'Le texte du fichier.', given: null, notice: 'converted-from-windows-1252' as const };
    const read = changeSide({ ...draft, edited: { title: 'Mon titre' } }, { type: 'file-read', file, fileName: 'article.txt' });
    expect(read).toEqual({
      ...EMPTY_SIDE,
      text: 'Le texte du fichier.',
      notice: { code: 'converted-from-windows-1252', fileName: 'article.txt' },
      previous: { text: 'Mon brouillon.', given: page, fileName: 'article.txt' },
    });
    expect(changeSide(read, { type: 'restored' })).toEqual({ ...EMPTY_SIDE, text: 'Mon brouillon.', given: page });
  });

  it('keeps nothing to restore when the file filled an empty box, and restoring then changes nothing', () => {
    const read = changeSide({ ...EMPTY_SIDE, text: ' ' }, { type: 'file-read', file: { text: 'Texte.', given: page, notice: null }, fileName: 'a.md' });
    expect(read).toEqual({ ...EMPTY_SIDE, text: 'Texte.', given: page });
    expect(changeSide(read, { type: 'restored' })).toBe(read);
  });

  it('leaves the text as it was when a file or paste is refused', () => {
    const refusal = { code: 'too-large', fileName: null, size: 6_000_000 } as const;
    expect(changeSide(draft, { type: 'refused', refusal })).toEqual({ ...draft, refusal });
  });

  it('keeps a detail the reader edited, an empty one included, beside the others', () => {
    const once = changeSide(draft, { type: 'detail-edited', field: 'outlet', value: 'The Herald' });
    expect(changeSide(once, { type: 'detail-edited', field: 'byline', value: '' }).edited).toEqual({ outlet: 'The Herald', byline: '' });
  });
});
