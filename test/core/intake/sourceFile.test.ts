import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readSourceFile } from '../../../src/core/intake/index';
import { SourceFileError, splitMarkdownFile } from '../../../src/core/intake/sourceFile';
import { segmentParagraphs } from '../../../src/core/text/segment';

const file = `---
title: "Un titre : avec deux-points"
outlet: Le Journal
published: 2017-07-14
publishedTime: "11h03"
byline: [Anne Dupont]
lang: fr
kind: news-article
excluded:
  - text: "Accueil>>Monde"
    reason: navigation
---

# Un titre : avec deux-points

Premier paragraphe.

## Un intertitre

Dernier paragraphe,
sur deux lignes.
`;

describe('readSourceFile', () => {
  it('reads the front matter into the source and the body into paragraphs, headings without their markers', () => {
    const source = readSourceFile(file, 'fr.md');
    expect(source).toMatchObject({
      lang: 'fr',
      title: 'Un titre : avec deux-points',
      outlet: 'Le Journal',
      published: '2017-07-14',
      publishedTime: '11h03',
      updated: null,
      byline: ['Anne Dupont'],
      editors: [],
      kind: 'news-article',
      excluded: [{ text: 'Accueil>>Monde', reason: 'navigation' }],
      headings: [0, 2],
    });
    expect(source.paragraphs.map(([s, e]) => source.text.slice(s, e))).toEqual([
      'Un titre : avec deux-points',
      'Premier paragraphe.',
      'Un intertitre',
      'Dernier paragraphe,\nsur deux lignes.',
    ]);
    expect(source.text.split('\n\n')).toHaveLength(4);
  });

  it('reads a file without front matter, with Windows line ends and a byte-order mark, in the fallback language', () => {
    const source = readSourceFile('\uFEFFFirst paragraph.\r\n\r\nSecond paragraph.\r\n', 'en.txt', 'en');
    expect(source.lang).toBe('en');
    expect(source.title).toBe('');
    expect(source.text).toBe('First paragraph.\n\nSecond paragraph.');
  });

  it('reads a French title whose colon stands after a space, which YAML alone refuses, as it is written', () => {
    const content = "---\ntitle: Municipales à Lyon : la liste écologiste l'emporte\noutlet: Le Progrès\npublished: 2026-06-29\n---\nCorps.";
    const source = readSourceFile(content, 'fr.md', 'fr');
    expect(source.title).toBe("Municipales à Lyon : la liste écologiste l'emporte");
    expect(source.outlet).toBe('Le Progrès');
    expect(source.published).toBe('2026-06-29');
    expect(readSourceFile('---\ntitle : Chine : aucune interdiction\nlang: fr\n---\nCorps.', 'fr.md').title).toBe('Chine : aucune interdiction');
  });

  it.each([
    ['---\ntitle: [unclosed\n---\nBody', 'fr.md: front matter is not valid YAML'],
    ['---\ntitle: "Un titre : ouvert\nlang: fr\n---\nBody', 'fr.md: front matter is not valid YAML'],
    ['---\ntitle: Un titre : ici\nbyline:\n  - [Anne\n---\nBody', 'fr.md: front matter is not valid YAML'],
    ['---\nlang: de\n---\nBody', 'fr.md: front matter: "lang" must be "fr" or "en"'],
    ['---\nlang: fr\npublished: 14/07/2017\n---\nBody', '"published" must be a date written YYYY-MM-DD'],
    ['---\nlang: fr\nkind: tweet\n---\nBody', '"kind" must be one of news-article, blog-press-conference'],
    ['---\nlang: fr\nexcluded:\n  - text: Menu\n    reason: clutter\n---\nBody', 'excluded[0]: "reason" must be one of'],
    ['---\n- a\n- b\n---\nBody', 'front matter must be a set of "key: value" lines'],
  ])('refuses %j with a message that names the file and the field', (content, message) => {
    expect(() => readSourceFile(content, 'fr.md')).toThrow(SourceFileError);
    expect(() => readSourceFile(content, 'fr.md')).toThrow(message);
  });
});

describe('splitMarkdownFile', () => {
  it('joins the paragraphs, without their heading markers, one blank line apart, on any body', () => {
    const piece = fc.constantFrom('Un mot.', 'a', '# ', '## Titre', '#', ' ', '\t', '\n', '\n\n', '\n\n\n', '\n \n', '\u00a0', '\r\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const body = pieces.join('');
        const { text, paragraphs, headings } = splitMarkdownFile(body, 'fr.md');
        const normalized = body.replace(/\r\n?/g, '\n');
        const blocks = segmentParagraphs(normalized).map(([start, end]) => normalized.slice(start, end));
        const expected = blocks.map((block, index) => (headings.includes(index) ? block.replace(/^#{1,6}[^\S\n]+/, '') : block));
        expect(paragraphs.map(([start, end]) => text.slice(start, end))).toEqual(expected);
        expect(text).toBe(expected.join('\n\n'));
        expect(headings).toEqual(blocks.flatMap((block, index) => (/^#{1,6}[^\S\n]+/.test(block) ? [index] : [])));
      }),
      { numRuns: 2000 },
    );
  });
});
