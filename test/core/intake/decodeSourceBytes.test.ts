import { describe, expect, it } from 'vitest';
import { decodeSourceBytes, isTextByName } from '../../../src/core/intake/decodeSourceBytes';
import { IntakeError, SIDE_LIMIT, type IntakeErrorCode } from '../../../src/core/intake/index';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The Windows-1252 bytes of `text`: Latin-1 below U+0100, and the code page's own places for € œ ’ “ ”. */
function cp1252(text: string): Uint8Array {
  const specials: Record<string, number> = { '€': 0x80, '’': 0x92, '“': 0x93, '”': 0x94, 'œ': 0x9c, 'Œ': 0x8c, '…': 0x85 };
  return Uint8Array.from(Array.from(text, (char) => specials[char] ?? (char.charCodeAt(0) < 0x100 ? char.charCodeAt(0) : 0x3f)));
}

function utf16(text: string, endian: 'le' | 'be', mark: boolean): Uint8Array {
  const bytes: number[] = mark ? (endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let k = 0; k < text.length; k++) {
    const unit = text.charCodeAt(k);
    bytes.push(...(endian === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]));
  }
  return Uint8Array.from(bytes);
}

function refusal(bytes: Uint8Array, fileName = 'article.txt'): IntakeError {
  try {
    decodeSourceBytes(bytes, fileName, 'fr');
  } catch (error) {
    if (error instanceof IntakeError) return error;
    throw error;
  }
  throw new Error('expected an IntakeError');
}

const FRENCH = 'Le ministère a déclaré qu’il n’y avait « aucune interdiction » : l’œuvre coûte 12 €.';

describe('decodeSourceBytes', () => {
  it('reads UTF-8 as it is, without a notice', () => {
    expect(decodeSourceBytes(utf8(FRENCH), 'fr.txt')).toEqual({ text: FRENCH, encoding: 'utf-8', format: 'text', notices: [] });
  });

  it('drops a UTF-8 byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(FRENCH)]);
    const decoded = decodeSourceBytes(bytes, 'fr.md');
    expect(decoded.text).toBe(FRENCH);
    expect(decoded.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it.each([
    ['le', true],
    ['be', true],
    ['le', false],
    ['be', false],
  ] as const)('reads UTF-16 %s (byte order mark: %s)', (endian, mark) => {
    const decoded = decodeSourceBytes(utf16(FRENCH, endian, mark), 'fr.txt');
    expect(decoded.text).toBe(FRENCH);
    expect(decoded.encoding).toBe(`utf-16${endian}`);
    expect(decoded.notices).toEqual([]);
  });

  it('reads bytes that are not UTF-8 as Windows-1252 and says so', () => {
    const decoded = decodeSourceBytes(cp1252(FRENCH), 'fr.txt');
    expect(decoded.text).toBe(FRENCH);
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.notices).toEqual(['converted-from-windows-1252']);
  });

  it('reads Latin-1 (ISO-8859-1) French the same way, as WHATWG does', () => {
    const latin1 = Uint8Array.from(Array.from('Élève à Noël, déjà reçu', (char) => char.charCodeAt(0)));
    expect(decodeSourceBytes(latin1, 'fr.txt')).toMatchObject({ text: 'Élève à Noël, déjà reçu', notices: ['converted-from-windows-1252'] });
  });

  it.each([
    ['a PDF document', 'pdf', [...utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj')]],
    ['a PNG image', 'image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]],
    ['a JPEG image', 'image', [0xff, 0xd8, 0xff, 0xe0, 0, 16, ...utf8('JFIF')]],
    ['a GIF image', 'image', [...utf8('GIF89a'), 1, 0, 1, 0]],
    ['a ZIP archive', 'archive', [0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, ...utf8('notes/a.txt')]],
    ['a Word document', 'office-document', [0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0, ...utf8('[Content_Types].xml'), 0, 0, ...utf8('word/document.xml')]],
    ['an old Word document', 'office-document', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]],
    ['a gzip archive', 'archive', [0x1f, 0x8b, 8, 0, 0, 0]],
    ['an RTF document', 'rtf', [...utf8('{\\rtf1\\ansi Le ministère}')]],
  ] as const)('recognises %s by its first bytes', (_, code, bytes) => {
    const error = refusal(Uint8Array.from(bytes), 'article.txt');
    expect(error.code).toBe(code satisfies IntakeErrorCode);
    expect(error.fileName).toBe('article.txt');
    expect(error.side).toBe('fr');
  });

  it('refuses other binary data: NUL bytes, or many control characters', () => {
    expect(refusal(Uint8Array.from([...utf8('Le ministère'), 0, 1, 2, ...utf8('a déclaré')])).code).toBe('binary');
    const controls = Uint8Array.from({ length: 400 }, (_, k) => (k % 4 === 0 ? 0x01 : 0x41));
    expect(refusal(controls).code).toBe('binary');
  });

  it('keeps text whose few control characters are tabs, line feeds and form feeds', () => {
    expect(decodeSourceBytes(utf8('Titre\tet texte\r\n\fsuite'), 'a.txt').text).toBe('Titre\tet texte\r\n\fsuite');
  });

  it.each([
    ['nothing', new Uint8Array(0)],
    ['white space', utf8(' \n\t \u00a0 \n')],
    ['a byte order mark only', new Uint8Array([0xef, 0xbb, 0xbf])],
  ])('refuses a file of %s as empty', (_, bytes) => {
    expect(refusal(bytes).code).toBe('empty');
  });

  it('refuses one byte more than the limit, and reads the limit itself', () => {
    const atLimit = new Uint8Array(SIDE_LIMIT).fill(0x61);
    expect(decodeSourceBytes(atLimit, 'big.txt').text).toHaveLength(SIDE_LIMIT);
    const error = refusal(new Uint8Array(SIDE_LIMIT + 1).fill(0x61), 'big.txt');
    expect(error).toMatchObject({ code: 'too-large', size: SIDE_LIMIT + 1, fileName: 'big.txt' });
    expect(SIDE_LIMIT).toBe(5 * 1024 * 1024);
  });

  it.each([
    ['page.html', '<p>Texte</p>', 'html'],
    ['page.HTM', 'Texte', 'html'],
    ['notes.txt', '<!doctype html><p>Texte</p>', 'text'],
    ['notes.md', '<html><body>Texte</body></html>', 'text'],
    ['download', '  <!DOCTYPE html>\n<html lang="fr"><p>Texte</p>', 'html'],
    ['download', '<!-- saved --><html><p>Texte</p>', 'html'],
    ['clipboard', 'Le <b>ministère</b> a déclaré', 'text'],
  ])('takes %s holding %j as %s', (fileName, text, format) => {
    expect(decodeSourceBytes(utf8(text), fileName).format).toBe(format);
  });
});

describe('isTextByName', () => {
  it.each([
    ['fr.md', true],
    ['notes.TXT', true],
    ['sources/a.b/article.markdown', true],
    ['page.html', false],
    ['download', false],
    ['archive.md.gz', false],
  ])('takes %s for text by its name alone: %s', (fileName, text) => {
    expect(isTextByName(fileName)).toBe(text);
  });

  it('agrees with the format decodeSourceBytes gives, whatever the file holds', () => {
    const page = utf8('<!doctype html><html><body><p>Texte</p></body></html>');
    for (const fileName of ['fr.md', 'notes.txt', 'page.htm', 'download']) {
      if (isTextByName(fileName)) expect(decodeSourceBytes(page, fileName).format).toBe('text');
    }
  });
});
