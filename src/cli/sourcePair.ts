/**
 * Two source files, a French and an English one, compared by the automatic engine. Each file's
 * bytes go through the core's intake, as a file dropped in the app does (HTML reduced to its
 * article, UTF-16 and Windows-1252 decoded, binary refused), so that a person learns what is wrong
 * with their files in one line each, before any comparison runs.
 */
import { basename, dirname, resolve } from 'node:path';
import { compareSources, type Reading } from '../core/engine/index';
import { IntakeError, isTextByName, readSourceBytes, type ParseHtml, type SourceIntake } from '../core/intake/index';
import type { Comparison, Lang, Source } from '../core/model/index';
import { CliError, type ErrorLines } from './cliError';
import { SOURCE_FILE_LIMIT, readFileBytes } from './inputFile';
import type { CliErrorMessages } from './messages';

/** A line about how a file was read, worded in the reader's language; printed on standard error. */
export type Notice = (words: CliErrorMessages) => string;

/**
 * Reads both files as sources and reports every problem, one line each; `notify` hears how a file
 * was read when the person should check it (a file read as Windows-1252).
 */
function readSourcePair(frPath: string, enPath: string, parseHtml: ParseHtml, notify: (notice: Notice) => void): { fr: Source; en: Source } {
  const problems: ErrorLines[] = [];
  const read = (path: string, place: Lang): Source | null => {
    let bytes: Buffer | null = null;
    try {
      bytes = readFileBytes(path, SOURCE_FILE_LIMIT);
      const { source, notices } = readForSide(bytes, path, place, parseHtml);
      for (const notice of notices) notify((words) => words.intakeNotice(path, notice));
      if (source.text.trim() === '') problems.push((words) => [words.noTextLeft(path)]);
      return source;
    } catch (error) {
      if (error instanceof CliError) problems.push(error.describe);
      else if (error instanceof IntakeError) {
        const size = bytes?.length ?? 0;
        problems.push((words) => [describeRefusal(words, error, path, size)]);
      } else throw error;
      return null;
    }
  };
  const first = read(frPath, 'fr');
  const second = read(enPath, 'en');
  if (problems.length > 0) throw new CliError((words) => problems.flatMap((problem) => problem(words)));
  if (first === null || second === null) throw new Error('a source file was neither read nor reported; this is a bug');
  if (first.lang === second.lang) {
    const { lang } = first;
    throw new CliError((words) => [words.sameLanguage(frPath, enPath, lang)]);
  }
  return first.lang === 'fr' ? { fr: first, en: second } : { fr: second, en: first };
}

/**
 * The core's side rule, with the command line's way of bringing a file: for the side its front
 * matter names, else for its place among the arguments (the first French, the second English).
 * A file that names the other side is read again for it, so that its page chrome is read in its language.
 */
function readForSide(bytes: Uint8Array, path: string, place: Lang, parseHtml: ParseHtml): SourceIntake {
  const intake = readSourceBytes(bytes, path, place, parseHtml);
  return intake.named === place ? intake : readSourceBytes(bytes, path, intake.named, parseHtml);
}

/** The core's refusal in the reader's words, from its code; the core's English detail only for front matter, which the person must fix by hand. */
function describeRefusal(words: CliErrorMessages, error: IntakeError, path: string, size: number): string {
  switch (error.code) {
    case 'too-large':
      return words.tooLarge(path, error.size ?? size, SOURCE_FILE_LIMIT);
    case 'empty':
      if (size === 0) return words.empty(path);
      return error.format === 'html' ? words.pageWithoutText(path) : words.onlyWhiteSpace(path);
    case 'binary':
      return words.binary(path);
    case 'pdf':
    case 'office-document':
    case 'archive':
    case 'image':
    case 'rtf':
      return words.notText(path, error.code);
    case 'front-matter':
      return words.frontMatter(path, withoutPrefix(error.message, `${path}: `));
    case 'invalid-date':
    case 'invalid-url':
      throw new Error(`the intake refused ${path} for its ${error.code}, which only a reader's details can have; this is a bug`);
  }
}

/**
 * The web page parser, parse5, loaded only when a file may be a web page: for two files named as
 * text (`.md`, `.txt`), as most pairs are, its chunk is not loaded at all. It and the HTML entities it
 * decodes were a third of the engine's chunk, about 260 of 795 kB, which Node compiled and ran at
 * every comparison's start.
 */
async function htmlParserFor(paths: readonly string[]): Promise<ParseHtml> {
  if (paths.every(isTextByName)) return notAWebPage;
  const { parseHtml } = await import('./parseHtml');
  return parseHtml;
}

function notAWebPage(): never {
  throw new Error('a file named as text was read as a web page; this is a bug');
}

/**
 * Compares the two files automatically; the comparison is named after the folder that holds the
 * first file (`sources/my-pair/fr.md` gives `my-pair`).
 */
export async function compareSourcePair(firstPath: string, secondPath: string, notify: (notice: Notice) => void = () => {}): Promise<{ comparison: Comparison; reading: Reading }> {
  const { fr, en } = readSourcePair(firstPath, secondPath, await htmlParserFor([firstPath, secondPath]), notify);
  const { comparison, reading } = compareSources(fr, en, { name: comparisonName(firstPath) });
  return { comparison, reading };
}

function withoutPrefix(text: string, prefix: string): string {
  return text.startsWith(prefix) ? text.slice(prefix.length) : text;
}

function comparisonName(path: string): string {
  const folder = basename(dirname(resolve(path)));
  const stem = basename(path).replace(/\.[^.]*$/, '');
  const raw = folder && folder !== '.' && folder !== '/' ? folder : stem;
  return raw.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'comparison';
}
