/**
 * One intake for both front ends: bytes → text → source. The app's form and the command line read
 * a reader's file through `takeSourceText` (the app keeps the text in its form for the reader to
 * edit) and its text through `readSourceText`; the command line does both at once with
 * `readSourceBytes`. Every refusal is an IntakeError with a code and the side, which each front end
 * words in the reader's language.
 *
 * The side rule, the same everywhere: a text is read for the side it was brought for (a column of
 * the form; on the command line, the side its front matter names, else its place in the
 * arguments), and the Source's language is that side. Front matter naming the other language does
 * not move a text across; it is reported as `named`, for a front end that lets it choose the side.
 *
 * Linear in the bytes; a web page is parsed by the caller's parser (the browser's DOMParser, parse5
 * in Node), since the core never parses HTML itself.
 */
import { readInput } from './input';
import { SourceFileError } from './sourceFile';
import type { Lang, Source } from '../model/types';
import { utf8Length } from './checkPair';
import { decodeSourceBytes, SIDE_LIMIT, type IntakeNotice, type SourceEncoding } from './decodeSourceBytes';
import type { HtmlNode } from './htmlNode';
import { htmlToText } from './htmlToText';
import { IntakeError } from './intakeError';
import { applySourceMeta, metaOfSource, SOURCE_META_FIELDS, type SourceMeta } from './sourceMeta';

/** Parses a web page into a tree the core can read, running no script and loading nothing. */
export type ParseHtml = (html: string) => HtmlNode;

/** A file's text as a reader would see it in the form, and how it was read. */
export interface SourceText {
  /** Plain text or Markdown; a web page reduced to its article, headings marked with `#`. */
  readonly text: string;
  /** The details a web page gave about itself; null for a text file. */
  readonly given: SourceMeta | null;
  readonly encoding: SourceEncoding;
  readonly notices: readonly IntakeNotice[];
}

/** A file read as a source for one side, and how it was read. */
export interface SourceIntake {
  /** Its `lang` is the side it was read for. */
  readonly source: Source;
  /** The language the text says it is in: its front matter's `lang`, else the side it was read for. */
  readonly named: Lang;
  readonly encoding: SourceEncoding;
  readonly notices: readonly IntakeNotice[];
}

/**
 * Bytes → text: decodes a file for `side` (decodeSourceBytes.ts) and reduces a web page to its
 * article, as reading-mode tools do (htmlToText.ts). Throws an IntakeError naming the file and side.
 */
export function takeSourceText(bytes: Uint8Array, fileName: string, side: Lang, parseHtml: ParseHtml): SourceText {
  const decoded = decodeSourceBytes(bytes, fileName, side);
  const { encoding, notices } = decoded;
  if (decoded.format === 'text') return { text: decoded.text, given: null, encoding, notices };
  const page = htmlToText(parseHtml(decoded.text));
  if (page.text.trim() === '') throw new IntakeError('empty', 'is a web page without text', { fileName, side, format: 'html' });
  return { text: page.text, given: page.meta, encoding, notices };
}

export interface ReadTextOptions {
  /** Names the text in refusals; null (the default) for pasted or typed text. */
  readonly fileName?: string | null;
}

/**
 * Text → source for `side`: refused when empty or over SIDE_LIMIT bytes of UTF-8, then read with
 * its front matter and page chrome (input.ts). Front matter that cannot be read is an
 * IntakeError `front-matter` for the side; the Source's `lang` is always `side`.
 */
export function readSourceText(text: string, side: Lang, options: ReadTextOptions = {}): Source {
  return readText(text, side, options.fileName ?? null).source;
}

/**
 * Bytes → text → source: a file read for `side`, as the app reads it. A web page's own details
 * (title, outlet, date, byline, address) win over those its text gives, as in the app's form.
 */
export function readSourceBytes(bytes: Uint8Array, fileName: string, side: Lang, parseHtml: ParseHtml): SourceIntake {
  const { text, given, encoding, notices } = takeSourceText(bytes, fileName, side, parseHtml);
  const { source, named } = readText(text, side, fileName);
  return { source: given === null ? source : withPageDetails(source, given), named, encoding, notices };
}

function readText(text: string, side: Lang, fileName: string | null): { source: Source; named: Lang } {
  const about = { side, fileName };
  if (text.trim() === '') throw new IntakeError('empty', 'holds no text', about);
  // UTF-8 takes at most three bytes a UTF-16 unit: a text of at most a third of the limit in units is within it, uncounted.
  if (3 * text.length > SIDE_LIMIT) {
    const size = utf8Length(text);
    if (size > SIDE_LIMIT) throw new IntakeError('too-large', `is ${size} bytes of text; the limit is ${SIDE_LIMIT}`, { ...about, size });
  }
  // The engine's reader names the text at the start of its messages; the IntakeError names it again, or not at all for a paste.
  const name = fileName ?? `${side}.md`;
  let read: Source;
  try {
    read = readInput(text, side, { fileName: name });
  } catch (error) {
    if (!(error instanceof SourceFileError)) throw error;
    const prefix = `${name}: `;
    throw new IntakeError('front-matter', error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message, about);
  }
  return { source: { ...read, lang: side }, named: read.lang };
}

/** The page's details over the text's own, field by field, as the form shows them before the reader edits any. */
function withPageDetails(source: Source, given: SourceMeta): Source {
  const own = metaOfSource(source);
  const meta = Object.fromEntries(SOURCE_META_FIELDS.map((field) => [field, given[field] ?? own[field]])) as unknown as SourceMeta;
  return applySourceMeta(source, meta);
}
