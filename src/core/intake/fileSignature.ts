/**
 * Recognises the common files that are not text by their first bytes ("magic numbers"), so that a
 * reader who drops a PDF or a Word document is told what it is rather than only "not text".
 * The signatures are those of the formats' own specifications, as the `file` utility lists them.
 * The app and the command line both ask this file, so that they refuse the same bytes: a PDF
 * written all in ASCII has no NUL byte, and only its signature tells it from text.
 */
import type { IntakeErrorCode } from './intakeError';

/** What the bytes are, when they are a known kind of file that is not text. */
export type FileSignature = Extract<IntakeErrorCode, 'pdf' | 'office-document' | 'archive' | 'image' | 'rtf'>;

/** How far into a ZIP archive to look for the names that make it an office document. */
const ZIP_SNIFF_LENGTH = 64 * 1024;

/** [offset, bytes] pairs that must all match; `null` matches any byte. */
type Pattern = readonly (readonly [offset: number, bytes: readonly (number | null)[]])[];

const ascii = (text: string): number[] => Array.from(text, (char) => char.charCodeAt(0));

const SIGNATURES: readonly (readonly [FileSignature, Pattern])[] = [
  ['pdf', [[0, ascii('%PDF-')]]],
  ['rtf', [[0, ascii('{\\rtf')]]],
  // The compound file of Word 97-2003, Excel and PowerPoint before their XML formats.
  ['office-document', [[0, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]]]],
  ['image', [[0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]]]], // PNG
  ['image', [[0, [0xff, 0xd8, 0xff]]]], // JPEG
  ['image', [[0, ascii('GIF87a')]]],
  ['image', [[0, ascii('GIF89a')]]],
  ['image', [[0, ascii('RIFF')], [8, ascii('WEBP')]]],
  ['image', [[0, [0x49, 0x49, 0x2a, 0x00]]]], // TIFF, little-endian
  ['image', [[0, [0x4d, 0x4d, 0x00, 0x2a]]]], // TIFF, big-endian
  ['image', [[4, ascii('ftypheic')]]],
  ['image', [[4, ascii('ftypavif')]]],
  ['archive', [[0, [0x1f, 0x8b]]]], // gzip
  ['archive', [[0, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]]]], // 7-Zip
  ['archive', [[0, ascii('Rar!')], [4, [0x1a, 0x07]]]],
];

const ZIP = [0x50, 0x4b, 0x03, 0x04];

/**
 * The kind of non-text file `bytes` start with, or null when they start like no known one. A ZIP
 * archive that holds a Word (`word/`) or OpenDocument text (`opendocument.text`) is an office
 * document: those names sit in the archive's first entries, uncompressed.
 */
export function recogniseFileSignature(bytes: Uint8Array): FileSignature | null {
  if (matches(bytes, [[0, ZIP]])) {
    const head = latin1(bytes.subarray(0, ZIP_SNIFF_LENGTH));
    return /word\/|opendocument\.text|\[Content_Types\]\.xml/.test(head) ? 'office-document' : 'archive';
  }
  for (const [signature, pattern] of SIGNATURES) if (matches(bytes, pattern)) return signature;
  return null;
}

function matches(bytes: Uint8Array, pattern: Pattern): boolean {
  return pattern.every(([offset, expected]) => expected.every((byte, k) => byte === null || bytes[offset + k] === byte));
}

/** Bytes as characters one to one, to search for ASCII names among binary data. */
function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let k = 0; k < bytes.length; k += 8192) text += String.fromCharCode(...bytes.subarray(k, k + 8192));
  return text;
}

/** How far to look for NUL bytes and control characters, as git does to tell binary from text. */
export const BINARY_SNIFF_LENGTH = 8000;
/** Share of control characters (other than tab, line feed, form feed, carriage return) above which bytes are not text. */
const CONTROL_SHARE = 0.05;

/**
 * Whether bytes that no signature names are binary all the same: a NUL byte, or more than 5% of
 * control characters, in the first 8,000 bytes. UTF-16 has NUL bytes: ask after ruling it out.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, BINARY_SNIFF_LENGTH);
  if (sample.length === 0) return false;
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f) controls++;
  }
  return controls / sample.length > CONTROL_SHARE;
}
