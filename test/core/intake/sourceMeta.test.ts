import { describe, expect, it } from 'vitest';
import { applySourceMeta, checkSourceMeta, detectSourceMeta, IntakeError, type SourceMeta } from '../../../src/core/intake/index';
import { readInput } from '../../../src/core/intake/input';
import { EMPTY_SOURCE_META } from '../../../src/core/intake/sourceMeta';
import { PAIRS } from '../engine/fixtures';

const BODY = PAIRS.slice(0, 3).map(([fr]) => fr).join('\n\n');

describe('detectSourceMeta', () => {
  it('finds what front matter gives', () => {
    const text = `---\ntitle: Le conseil vote le budget\noutlet: Le Journal\npublished: 2021-03-02\nbyline: [Anne Roy, Li Wei]\nurl: https://journal.example/budget\n---\n${BODY}`;
    expect(detectSourceMeta(text, 'fr')).toEqual({
      title: 'Le conseil vote le budget',
      outlet: 'Le Journal',
      published: '2021-03-02',
      byline: 'Anne Roy, Li Wei',
      url: 'https://journal.example/budget',
    });
  });

  it('finds the headline, dateline and byline of a text pasted from a page', () => {
    const text = `Le conseil vote le budget\n\nPar Anne Roy et Li Wei\n\nPublié le 2 mars 2021 à 11h03\n\n${BODY}`;
    expect(detectSourceMeta(text, 'fr')).toMatchObject({ title: 'Le conseil vote le budget', published: '2021-03-02', byline: 'Anne Roy, Li Wei' });
  });

  it('gives nothing for a plain text, or for front matter it cannot read', () => {
    expect(detectSourceMeta(`${BODY}.`, 'fr')).toEqual(EMPTY_SOURCE_META);
    expect(detectSourceMeta(`---\ntitle: [unclosed\n---\n${BODY}`, 'fr')).toEqual(EMPTY_SOURCE_META);
  });

  it('keeps no address that is not http or https', () => {
    expect(detectSourceMeta(`---\nurl: "javascript:alert(1)"\n---\n${BODY}`, 'fr').url).toBeNull();
  });

  it('reads only the start of a long text, so detection stays quick as the reader types', () => {
    const long = `Le conseil vote le budget\n\n${`${BODY}\n\n`.repeat(2000)}Par Anne Roy`;
    expect(detectSourceMeta(long, 'fr')).toMatchObject({ title: 'Le conseil vote le budget', byline: null });
  });
});

describe('checkSourceMeta', () => {
  it.each([
    [{ published: '2021-03-02', url: 'https://journal.example/a' }, []],
    [{ published: '', url: '  ' }, []],
    [{ published: '2021-02-30', url: null }, [{ field: 'published', code: 'invalid-date' }]],
    [{ published: '02/03/2021', url: null }, [{ field: 'published', code: 'invalid-date' }]],
    [{ published: null, url: 'javascript:alert(1)' }, [{ field: 'url', code: 'invalid-url' }]],
    [{ published: null, url: 'data:text/html,x' }, [{ field: 'url', code: 'invalid-url' }]],
    [{ published: null, url: 'journal.example/a' }, [{ field: 'url', code: 'invalid-url' }]],
  ])('checks %j', (fields, issues) => {
    expect(checkSourceMeta({ ...EMPTY_SOURCE_META, ...fields })).toEqual(issues);
  });
});

describe('applySourceMeta', () => {
  const source = readInput(`Le conseil vote le budget\n\nPar Anne Roy\n\nPublié le 2 mars 2021 à 11h03\n\n${BODY}`, 'fr');

  it('puts the reader’s details in place of those detected, and leaves the text alone', () => {
    const meta: SourceMeta = { title: ' Le budget adopté ', outlet: 'La Gazette', published: '2021-03-03', byline: 'Anne Roy; Li Wei & Marc Blanc', url: 'https://gazette.example/budget' };
    const applied = applySourceMeta(source, meta);
    expect(applied).toMatchObject({
      title: 'Le budget adopté',
      outlet: 'La Gazette',
      published: '2021-03-03',
      publishedTime: null,
      byline: ['Anne Roy', 'Li Wei', 'Marc Blanc'],
      url: 'https://gazette.example/budget',
    });
    expect(applied.text).toBe(source.text);
    expect(applied.paragraphs).toEqual(source.paragraphs);
  });

  it('keeps the printed time when the day is kept, and clears what the reader emptied', () => {
    expect(source.publishedTime).toBe('11h03');
    const kept = applySourceMeta(source, detectSourceMeta(`Le conseil vote le budget\n\nPar Anne Roy\n\nPublié le 2 mars 2021 à 11h03\n\n${BODY}`, 'fr'));
    expect(kept).toMatchObject({ published: '2021-03-02', publishedTime: '11h03', byline: ['Anne Roy'] });
    const cleared = applySourceMeta(source, { title: '', outlet: ' ', published: '', byline: '', url: '' });
    expect(cleared).toMatchObject({ title: '', outlet: null, published: null, publishedTime: null, byline: [], url: null });
  });

  it.each([
    ['a date that is not a day', { published: '14/07/2017' }, 'invalid-date'],
    ['a javascript: address', { url: 'javascript:alert(1)' }, 'invalid-url'],
  ])('refuses %s, for the side concerned', (_, fields, code) => {
    expect(() => applySourceMeta(source, { ...EMPTY_SOURCE_META, ...fields })).toThrow(IntakeError);
    try {
      applySourceMeta(source, { ...EMPTY_SOURCE_META, ...fields });
    } catch (error) {
      expect(error).toMatchObject({ code, side: 'fr' });
    }
  });
});
