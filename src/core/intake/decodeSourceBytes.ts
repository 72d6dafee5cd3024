/**
 * Turns the bytes of a file a reader brings into text: refused when it is too large, empty or not
 * text at all (with what it is, when its first bytes say so); decoded as UTF-8, as UTF-16 when a
 * byte order mark or the pattern of its zero bytes says so, and otherwise as Windows-1252, the
 * encoding of most Western European text that is not UTF-8, with a notice that asks the reader to
 * check the accents. Linear in the bytes.
 */
import type { Lang } from '../model/types';
import { BINARY_SNIFF_LENGTH, looksBinary, recogniseFileSignature } from './fileSignature';
import { IntakeError } from './intakeError';

/** The most a side may hold, in bytes: the automatic comparison stays within seconds below it. */
export const SIDE_LIMIT = 5 * 1024 * 1024;

/** How the bytes were read. */
export type SourceEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** What the reader should know about how the text was read. */
export type IntakeNotice = 'converted-from-windows-1252';

/** Whether the text is to be read as it is or parsed as a web page first. */
export type SourceFormat = 'text' | 'html';

export interface DecodedSource {
  readonly text: string;
  readonly encoding: SourceEncoding;
  readonly format: SourceFormat;
  readonly notices: readonly IntakeNotice[];
}

const TEXT_EXTENSIONS = new Set(['txt', 'text', 'md', 'markdown']);
const HTML_EXTENSIONS = new Set(['html', 'htm', 'xhtml']);
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>])/i;

/**
 * Reads a file's bytes as text, or throws an IntakeError that names `fileName` and `side`.
 * `.txt` and `.md` files are text, `.html` and `.htm` files are web pages, and any other file is
 * a web page when it starts like one. The text never starts with a byte order mark.
 */
export function decodeSourceBytes(bytes: Uint8Array, fileName: string, side: Lang | null = null): DecodedSource {
  const about = { fileName, side };
  if (bytes.length > SIDE_LIMIT) throw new IntakeError('too-large', `is ${bytes.length} bytes; the limit is ${SIDE_LIMIT}`, { ...about, size: bytes.length });
  if (bytes.length === 0) throw new IntakeError('empty', 'is empty', about);

  const { text, encoding } = decode(bytes, fileName, side);
  if (text.trim() === '') throw new IntakeError('empty', 'holds only white space', about);
  return {
    text,
    encoding,
    format: formatOf(fileName, text),
    notices: encoding === 'windows-1252' ? ['converted-from-windows-1252'] : [],
  };
}

function decode(all: Uint8Array, fileName: string, side: Lang | null): { text: string; encoding: SourceEncoding } {
  const utf8Mark = all[0] === 0xef && all[1] === 0xbb && all[2] === 0xbf;
  const bytes = utf8Mark ? all.subarray(3) : all;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };

  const signature = recogniseFileSignature(bytes);
  if (signature !== null) throw new IntakeError(signature, `is not text (${signature})`, { fileName, side });

  const utf16 = utf16WithoutMark(bytes.subarray(0, BINARY_SNIFF_LENGTH));
  if (utf16 !== null) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  if (looksBinary(bytes)) throw new IntakeError('binary', 'is a binary file, not text', { fileName, side });

  const utf8 = tryUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  // Not UTF-8: WHATWG reads the labels "latin1" and "iso-8859-1" as windows-1252 too, a superset.
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}

/**
 * Windows-1252 as the WHATWG Encoding Standard defines it: Latin-1, except for 0x80–0x9F, which
 * hold € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ (the five unassigned bytes stay
 * C1 controls). Written out rather than asked of TextDecoder: Node 20's decoder reads that label as
 * plain Latin-1, and the core runs in Node too.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const units = new Uint16Array(Math.min(bytes.length, 8192));
  for (let start = 0; start < bytes.length; start += units.length) {
    const end = Math.min(bytes.length, start + units.length);
    for (let k = start; k < end; k++) {
      const byte = bytes[k] as number;
      units[k - start] = byte >= 0x80 && byte < 0xa0 ? (WINDOWS_1252_HIGH[byte - 0x80] as number) : byte;
    }
    chunks.push(String.fromCharCode(...units.subarray(0, end - start)));
  }
  return chunks.join('');
}

/** The text, or null when the bytes are not valid UTF-8; `ignoreBOM` keeps a second mark visible rather than dropping it silently. */
function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * UTF-16 saved without a byte order mark: text in Latin script then has a zero byte in every other
 * position (odd positions for little-endian), and almost none in the others.
 */
function utf16WithoutMark(sample: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let k = 0; k + 1 < sample.length; k += 2) {
    if (sample[k] === 0) evenZeros++;
    if (sample[k + 1] === 0) oddZeros++;
  }
  if (oddZeros > 0.6 * pairs && evenZeros < 0.05 * pairs) return 'utf-16le';
  if (evenZeros > 0.6 * pairs && oddZeros < 0.05 * pairs) return 'utf-16be';
  return null;
}

/**
 * True when a file's name alone makes it text (`.txt`, `.md`…), whatever it holds: reading it
 * never asks for a web page parser, which a front end may then leave unloaded.
 */
export function isTextByName(fileName: string): boolean {
  return TEXT_EXTENSIONS.has(extensionOf(fileName));
}

function extensionOf(fileName: string): string {
  return /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
}

function formatOf(fileName: string, text: string): SourceFormat {
  const extension = extensionOf(fileName);
  if (TEXT_EXTENSIONS.has(extension)) return 'text';
  if (HTML_EXTENSIONS.has(extension)) return 'html';
  return HTML_START.test(text.slice(0, 4096)) ? 'html' : 'text';
}
