/**
 * Reads a source file: optional YAML front matter between `---` lines, then a Markdown body whose
 * paragraphs are separated by blank lines. A paragraph that starts with `#` is a heading; its
 * markers are not part of the compared text, so that quotes never hold Markdown syntax.
 */
import { parse as parseYaml } from 'yaml';
import {
  EXCLUSION_REASONS,
  SOURCE_KINDS,
  type Excluded,
  type ExclusionReason,
  type Lang,
  type Range,
  type Source,
  type SourceKind,
} from '../model/types';
import { segmentParagraphs } from '../text/segment';

export class SourceFileError extends Error {
  override name = 'SourceFileError';
}

const FRONT_MATTER = /^\uFEFF?---[^\S\n]*\r?\n([\s\S]*?)\r?\n---[^\S\n]*(?:\r?\n|$)/;
const HEADING = /^#{1,6}[^\S\n]+/;

/**
 * Turns a source file into a Source; `fileName` names the file in error messages and `fallbackLang`
 * is used when the front matter does not say which language the text is in.
 */
export function readSourceFile(content: string, fileName: string, fallbackLang: Lang | null = null): Source {
  const { meta, text, paragraphs, headings } = splitMarkdownFile(content, fileName);
  const lang = readMetaString(meta, 'lang', fileName) ?? fallbackLang;
  if (lang !== 'fr' && lang !== 'en') {
    throw new SourceFileError(`${fileName}: front matter: "lang" must be "fr" or "en"`);
  }
  return {
    lang,
    title: readMetaString(meta, 'title', fileName) ?? '',
    outlet: readMetaString(meta, 'outlet', fileName),
    published: optionalDate(meta, 'published', fileName),
    publishedTime: readMetaString(meta, 'publishedTime', fileName),
    updated: readMetaString(meta, 'updated', fileName),
    byline: stringList(meta, 'byline', fileName),
    editors: stringList(meta, 'editors', fileName),
    kind: optionalKind(meta, fileName),
    url: readMetaString(meta, 'url', fileName),
    text,
    paragraphs,
    headings,
    excluded: excludedList(meta, fileName),
  };
}

/** A Markdown file as the core reads it: the front matter's fields, and the body as compared. */
export interface MarkdownFile {
  readonly meta: Meta;
  readonly text: string;
  readonly paragraphs: Range[];
  /** Indices of the paragraphs that were `#` headings; their markers are not in `text`. */
  readonly headings: number[];
}

/**
 * Splits a file into its front matter and its body, paragraphs joined by one blank line and
 * headings stripped of their markers; source files and their translations are read alike.
 */
export function splitMarkdownFile(content: string, fileName: string): MarkdownFile {
  const normalized = content.replace(/\r\n?/g, '\n');
  const frontMatter = FRONT_MATTER.exec(normalized);
  const meta = frontMatter ? parseFrontMatter(frontMatter[1] ?? '', fileName) : {};
  const body = frontMatter ? normalized.slice(frontMatter[0].length) : normalized.replace(/^\uFEFF/, '');

  const ranges = segmentParagraphs(body);
  const headings: number[] = [];
  const paragraphTexts = ranges.map(([start, end], index) => {
    const block = body.slice(start, end);
    if (!HEADING.test(block)) return block;
    headings.push(index);
    return block.replace(HEADING, '');
  });
  const joined = (headings.length === 0 ? joinedInPlace(body, ranges) : null) ?? joinParagraphs(paragraphTexts);
  return { meta, ...joined, headings };
}

/**
 * What joinParagraphs gives for these blocks of `body`, taken from `body` itself, when they
 * already stand one blank line apart as most files set them; null when they do not. Joining
 * thousands of paragraphs again would copy the whole text.
 */
function joinedInPlace(body: string, ranges: Range[]): { text: string; paragraphs: Range[] } | null {
  // Indexed rather than destructured: this runs once, on every paragraph, before the code is compiled, where destructuring steps an iterator.
  for (let index = 1; index < ranges.length; index++) {
    const previousEnd = (ranges[index - 1] as Range)[1];
    if ((ranges[index] as Range)[0] !== previousEnd + 2 || body.charCodeAt(previousEnd) !== 0x0a || body.charCodeAt(previousEnd + 1) !== 0x0a) return null;
  }
  const offset = ranges[0]?.[0] ?? 0;
  const text = body.slice(offset, ranges.at(-1)?.[1] ?? offset);
  // A body that starts with its first paragraph, as most do, has its paragraphs where the blocks are.
  return { text, paragraphs: offset === 0 ? ranges : ranges.map(([start, end]) => [start - offset, end - offset]) };
}

/** Joins paragraph texts with one blank line between them and records where each one sits. */
export function joinParagraphs(paragraphTexts: readonly string[]): { text: string; paragraphs: Range[] } {
  const paragraphs: Range[] = [];
  let offset = 0;
  for (const paragraph of paragraphTexts) {
    paragraphs.push([offset, offset + paragraph.length]);
    offset += paragraph.length + 2;
  }
  return { text: paragraphTexts.join('\n\n'), paragraphs };
}

export type Meta = Readonly<Record<string, unknown>>;

function parseFrontMatter(yaml: string, fileName: string): Meta {
  let parsed: unknown;
  try {
    parsed = parseYaml(yaml);
  } catch (error) {
    const lines = readColonLines(yaml);
    if (lines !== null) return lines;
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new SourceFileError(`${fileName}: front matter is not valid YAML: ${reason}`);
  }
  if (parsed === null || parsed === undefined) return {};
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new SourceFileError(`${fileName}: front matter must be a set of "key: value" lines`);
  }
  return parsed as Meta;
}

/** A `key: value` line of front matter: a plain key, then the value on the same line. */
const KEY_LINE = /^([A-Za-z_][\w-]*)[^\S\n]*:[^\S\n]+(\S.*?)[^\S\n]*$/;
/** How a YAML value that is not plain text starts: a list, a mapping, a quote, a block, an anchor, a tag. */
const YAML_SYNTAX_START = /^[[{"'|>&*!%@`]/;

/**
 * Front matter that YAML refuses only because a value holds a colon and a space, as every French
 * title does ("Municipales à Lyon : la liste écologiste l'emporte"; French typography puts a
 * space before the colon), read line by line: each line's value is what YAML makes of it alone,
 * else its text as written. Null when a line is anything else (a list, an indented block, a value
 * that opens YAML syntax and does not close it), so that a real mistake is still reported.
 */
function readColonLines(yaml: string): Meta | null {
  const meta: Record<string, unknown> = {};
  for (const line of yaml.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const [, key, value] = KEY_LINE.exec(line) ?? [];
    if (key === undefined || value === undefined) return null;
    try {
      meta[key] = (parseYaml(line) as Record<string, unknown>)[key];
    } catch {
      if (YAML_SYNTAX_START.test(value) || !/:\s/.test(value)) return null;
      meta[key] = value;
    }
  }
  return meta;
}

/** The front matter's text field `key`, or null when it is absent; a number counts as text. */
export function readMetaString(meta: Meta, key: string, fileName: string): string | null {
  const value = meta[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw new SourceFileError(`${fileName}: front matter: "${key}" must be text`);
  }
  return String(value);
}

function optionalDate(meta: Meta, key: string, fileName: string): string | null {
  const value = meta[key];
  // YAML reads an unquoted 2017-07-14 as a date; keep the calendar day it names.
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const text = readMetaString(meta, key, fileName);
  if (text !== null && !/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    throw new SourceFileError(`${fileName}: front matter: "${key}" must be a date written YYYY-MM-DD, not "${text}"`);
  }
  return text;
}

function stringList(meta: Meta, key: string, fileName: string): string[] {
  const value = meta[key];
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value;
  throw new SourceFileError(`${fileName}: front matter: "${key}" must be a list of names`);
}

function optionalKind(meta: Meta, fileName: string): SourceKind | null {
  const kind = readMetaString(meta, 'kind', fileName);
  if (kind === null) return null;
  if (!(SOURCE_KINDS as readonly string[]).includes(kind)) {
    throw new SourceFileError(`${fileName}: front matter: "kind" must be one of ${SOURCE_KINDS.join(', ')}, not "${kind}"`);
  }
  return kind as SourceKind;
}

function excludedList(meta: Meta, fileName: string): Excluded[] {
  const value = meta['excluded'];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new SourceFileError(`${fileName}: front matter: "excluded" must be a list`);
  return value.map((item: unknown, index) => {
    const entry = (item ?? {}) as Record<string, unknown>;
    const { text, reason } = entry;
    if (typeof text !== 'string' || text === '') {
      throw new SourceFileError(`${fileName}: front matter: excluded[${index}] needs a "text"`);
    }
    if (typeof reason !== 'string' || !(EXCLUSION_REASONS as readonly string[]).includes(reason)) {
      throw new SourceFileError(
        `${fileName}: front matter: excluded[${index}]: "reason" must be one of ${EXCLUSION_REASONS.join(', ')}`,
      );
    }
    return { text, reason: reason as ExclusionReason };
  });
}
