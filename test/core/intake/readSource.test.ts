// @vitest-environment jsdom
/**
 * The one intake, bytes → text → source, on bytes the tests build. Pages are parsed as the app
 * parses them, with a DOMParser (jsdom's here); the command line's parse5 reader is held to the
 * same result in test/cli/parseHtml.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { IntakeError, readSourceBytes, readSourceText, SIDE_LIMIT, takeSourceText, type IntakeErrorCode } from '../../../src/core/intake/index';
import type { ParseHtml } from '../../../src/core/intake/readSource';
import type { Lang } from '../../../src/core/model/index';

const parseHtml: ParseHtml = (html) => new DOMParser().parseFromString(html, 'text/html');

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes: number[] = endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  for (let k = 0; k < text.length; k++) {
    const unit = text.charCodeAt(k);
    bytes.push(...(endian === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]));
  }
  return Uint8Array.from(bytes);
}

/** Windows-1252: Latin-1, with the code page's own places for ’ « » œ € …. */
function cp1252(text: string): Uint8Array {
  const specials: Record<string, number> = { '€': 0x80, '…': 0x85, 'Œ': 0x8c, '’': 0x92, '“': 0x93, '”': 0x94, 'œ': 0x9c };
  return Uint8Array.from(Array.from(text, (char) => {
    const byte = specials[char] ?? char.charCodeAt(0);
    if (byte > 0xff) throw new Error(`${char} has no place in Windows-1252; change the test's text`);
    return byte;
  }));
}

const ARTICLE = [
  '---',
  'title: Le ministère dément',
  'lang: fr',
  '---',
  '',
  'Le ministère a déclaré mercredi qu’il n’y avait « aucune interdiction ».',
  '',
  'L’œuvre coûte 12 € : c’est peu…',
].join('\n');

function refusal(read: () => unknown): IntakeError {
  try {
    read();
  } catch (error) {
    if (error instanceof IntakeError) return error;
    throw error;
  }
  throw new Error('expected an IntakeError');
}

describe('readSourceBytes', () => {
  const fromUtf8 = readSourceBytes(utf8(ARTICLE), 'fr.md', 'fr', parseHtml);

  it('reads UTF-8 into a source for the side, without a notice', () => {
    expect(fromUtf8.encoding).toBe('utf-8');
    expect(fromUtf8.notices).toEqual([]);
    expect(fromUtf8.source).toMatchObject({ lang: 'fr', title: 'Le ministère dément' });
    expect(fromUtf8.source.paragraphs).toHaveLength(2);
    expect(fromUtf8.source.text).toContain('L’œuvre coûte 12 €');
  });

  it.each([
    ['UTF-16 little-endian with its mark', utf16(ARTICLE, 'le'), 'utf-16le', []],
    ['UTF-16 big-endian with its mark', utf16(ARTICLE, 'be'), 'utf-16be', []],
    ['Windows-1252', cp1252(ARTICLE), 'windows-1252', ['converted-from-windows-1252']],
    ['UTF-8 with a byte order mark', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(ARTICLE)]), 'utf-8', []],
  ])('reads %s into the same source as UTF-8', (_, bytes, encoding, notices) => {
    const intake = readSourceBytes(bytes, 'fr.md', 'fr', parseHtml);
    expect(intake.encoding).toBe(encoding);
    expect(intake.notices).toEqual(notices);
    expect(intake.source).toEqual(fromUtf8.source);
  });

  it('reads a web page’s article, with the details the page gives over those of its text', () => {
    const page = `<!doctype html><html><head>
        <title>Site | Accueil</title>
        <meta property="og:title" content="Le ministère dément l’interdiction">
        <meta property="og:site_name" content="Le Quotidien">
        <meta name="author" content="Li Wei et Anne Roy">
        <link rel="canonical" href="https://quotidien.example/vpn">
      </head><body>
        <nav><a href="/">Accueil</a> › Société</nav>
        <article>
          <h1>Le ministère dément</h1>
          <p>Le ministère a déclaré mercredi qu’il n’y avait « aucune interdiction » des services.</p>
          <p>Les entreprises restent soumises à une autorisation préalable.</p>
        </article>
        <aside>À lire aussi : un autre article</aside>
        <footer>© Le Quotidien</footer>
      </body></html>`;
    const { source, encoding, notices } = readSourceBytes(utf8(page), 'page.html', 'fr', parseHtml);
    expect({ encoding, notices }).toEqual({ encoding: 'utf-8', notices: [] });
    expect(source).toMatchObject({
      lang: 'fr',
      title: 'Le ministère dément l’interdiction',
      outlet: 'Le Quotidien',
      byline: ['Li Wei', 'Anne Roy'],
      url: 'https://quotidien.example/vpn',
    });
    expect(source.text).toContain('Les entreprises restent soumises');
    expect(source.text).not.toMatch(/Société|À lire aussi|©/);
    expect(source.text).not.toContain('<p>');
  });

  it('reads a page saved as Windows-1252 and says so', () => {
    const page = '<html><body><p>Le ministère a déclaré qu’il n’y avait « aucune interdiction ».</p></body></html>';
    const intake = readSourceBytes(cp1252(page), 'page.htm', 'fr', parseHtml);
    expect(intake.source.text).toBe('Le ministère a déclaré qu’il n’y avait « aucune interdiction ».');
    expect(intake.notices).toEqual(['converted-from-windows-1252']);
  });

  it.each([
    ['a PDF document', 'pdf', utf8('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n')],
    ['a PNG image', 'image', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
    ['a ZIP archive', 'archive', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, ...utf8('notes/a.txt')])],
    ['a Word document', 'office-document', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0, ...utf8('[Content_Types].xml word/document.xml')])],
    ['an RTF document', 'rtf', utf8('{\\rtf1\\ansi Le ministère}')],
    ['binary data', 'binary', Uint8Array.from([...utf8('Le ministère'), 0, 1, 2, ...utf8('a déclaré')])],
    ['nothing', 'empty', new Uint8Array(0)],
    ['white space', 'empty', utf8(' \n\t \n')],
    ['one byte over the limit', 'too-large', new Uint8Array(SIDE_LIMIT + 1).fill(0x61)],
  ] as const)('refuses %s with its code, the file and the side', (_, code, bytes) => {
    const error = refusal(() => readSourceBytes(bytes, 'article.txt', 'en', parseHtml));
    expect(error).toMatchObject({ code: code satisfies IntakeErrorCode, fileName: 'article.txt', side: 'en' });
  });

  it('refuses a web page whose article holds no text, as a web page', () => {
    const error = refusal(() => readSourceBytes(utf8('<html><body><nav>Accueil</nav><script>x()</script></body></html>'), 'page.html', 'fr', parseHtml));
    expect(error).toMatchObject({ code: 'empty', format: 'html', side: 'fr', fileName: 'page.html' });
  });

  it('refuses text over the limit once decoded, though its UTF-16 bytes were under it', () => {
    // Two bytes a character in UTF-16, three in UTF-8: 4 MB of file, 6 MB of text.
    const bytes = utf16('中'.repeat(2 * 1024 * 1024), 'le');
    expect(bytes.length).toBeLessThan(SIDE_LIMIT);
    const error = refusal(() => readSourceBytes(bytes, 'big.txt', 'en', parseHtml));
    expect(error).toMatchObject({ code: 'too-large', size: 6 * 1024 * 1024, side: 'en' });
  });

  it('reads a side of exactly the limit', () => {
    const paragraph = 'Le ministère a parlé. ';
    const text = paragraph.repeat(Math.floor(SIDE_LIMIT / utf8(paragraph).length));
    const bytes = utf8(text.padEnd(text.length + SIDE_LIMIT - utf8(text).length, '.'));
    expect(bytes.length).toBe(SIDE_LIMIT);
    expect(readSourceBytes(bytes, 'big.txt', 'fr', parseHtml).source.text.length).toBeGreaterThan(SIDE_LIMIT / 2);
  });

  it('refuses front matter it cannot read with the code front-matter, naming the file once', () => {
    const error = refusal(() => readSourceBytes(utf8('---\ntitle: [oops\n---\nLe texte.'), 'fr.md', 'en', parseHtml));
    expect(error).toMatchObject({ code: 'front-matter', side: 'en', fileName: 'fr.md' });
    expect(error.message).toMatch(/^fr\.md: front matter is not valid YAML/);
  });

  it.each([
    ['fr', 'en'],
    ['en', 'fr'],
  ] as const)('keeps a text read for %s on that side, and reports that its front matter names %s', (side: Lang, named: Lang) => {
    const intake = readSourceBytes(utf8(`---\nlang: ${named}\n---\n\nUn texte.`), 'a.md', side, parseHtml);
    expect(intake.source.lang).toBe(side);
    expect(intake.named).toBe(named);
  });

  it('reports the side it was read for as named when the front matter names none', () => {
    expect(readSourceBytes(utf8('Un texte.'), 'a.md', 'en', parseHtml).named).toBe('en');
  });
});

describe('takeSourceText', () => {
  it('gives a web page’s text and details, for the form to show', () => {
    const page = '<html><head><meta property="og:title" content="Titre"></head><body><h2>Intertitre</h2><p>Un paragraphe.</p></body></html>';
    expect(takeSourceText(utf8(page), 'page.html', 'fr', parseHtml)).toEqual({
      text: '## Intertitre\n\nUn paragraphe.',
      given: { title: 'Titre', outlet: null, published: null, byline: null, url: null },
      encoding: 'utf-8',
      notices: [],
    });
  });

  it('gives a text file as it is, with no details', () => {
    expect(takeSourceText(utf8('Un <b>texte</b>.'), 'notes.txt', 'fr', parseHtml)).toEqual({ text: 'Un <b>texte</b>.', given: null, encoding: 'utf-8', notices: [] });
  });
});

describe('readSourceText', () => {
  it('reads a pasted text for its column, whatever its front matter says', () => {
    expect(readSourceText('---\nlang: en\n---\n\nLe texte.', 'fr')).toMatchObject({ lang: 'fr', text: 'Le texte.' });
  });

  it.each([
    ['an empty text', ' \n ', 'empty'],
    ['unreadable front matter', '---\ntitle: [oops\n---\nLe texte.', 'front-matter'],
    ['front matter naming another language', '---\nlang: de\n---\nLe texte.', 'front-matter'],
    ['a text over the limit', 'é'.repeat(SIDE_LIMIT / 2 + 1), 'too-large'],
  ] as const)('refuses %s for its side, naming no file', (_, text, code) => {
    for (const side of ['fr', 'en'] as const) {
      const error = refusal(() => readSourceText(text, side));
      expect(error).toMatchObject({ code, side, fileName: null });
      // A pasted text has no file name: the message names none, and the side is only in `side`.
      expect(error.message).not.toMatch(/^(fr|en)\.md/);
    }
  });
});
