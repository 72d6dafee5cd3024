/**
 * Two source files, a French and an English one, compared by the automatic engine. Each file is
 * checked first (exists, not empty, not binary, UTF-8, not too big, valid front matter, some body
 * text once page chrome is set aside), so that a person learns what is wrong with their files in
 * one line each, before any comparison runs.
 */
import { basename, dirname, resolve } from 'node:path';
import { SourceFileError, compareSources, readInput, type Comparison, type Lang, type Source } from '../core/index';
import { CliError, type ErrorLines } from './cliError';
import { SOURCE_FILE_LIMIT, readTextFile } from './inputFile';

/** Reads both files as sources (front matter and body) and reports every problem, one line each. */
export function readSourcePair(frPath: string, enPath: string): { fr: Source; en: Source } {
  const problems: ErrorLines[] = [];
  const read = (path: string, fallbackLang: Lang): Source | null => {
    try {
      const source = readInput(readTextFile(path, SOURCE_FILE_LIMIT), fallbackLang, { fileName: path });
      if (source.text.trim() === '') problems.push((words) => [words.noTextLeft(path)]);
      return source;
    } catch (error) {
      if (error instanceof CliError) problems.push(error.describe);
      // The core names the file at the start of its sentence; the message names it already.
      else if (error instanceof SourceFileError) problems.push((words) => [words.frontMatter(path, withoutPrefix(error.message, `${path}: `))]);
      else throw error;
      return null;
    }
  };
  // A file whose front matter names no language is taken to be in the language of its position.
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
 * Compares the two files automatically; the comparison is named after the folder that holds the
 * first file (`sources/my-pair/fr.md` gives `my-pair`).
 */
export function compareSourcePair(firstPath: string, secondPath: string): Comparison {
  const { fr, en } = readSourcePair(firstPath, secondPath);
  return compareSources(fr, en, { name: comparisonName(firstPath) }).comparison;
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
