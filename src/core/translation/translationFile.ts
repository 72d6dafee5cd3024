/**
 * Reads a translation file (`sources/<pair>/fr.en.md`: the French source in English): front
 * matter that says who translated it and how, then a body with exactly the original's paragraphs
 * and headings, in the same order. It is read with the source files' own machinery, so that
 * paragraph i of the translation is paragraph i of the original by construction.
 */
import { readMetaString, splitMarkdownFile, SourceFileError } from '../intake/sourceFile';
import type { Lang, Source, Translation } from '../model/types';

const LANG_NAMES: Record<Lang, string> = { fr: 'French', en: 'English' };

/**
 * Turns a translation file into a Translation of `original`; throws a SourceFileError naming the
 * file when it is in the original's own language, says nothing of who translated it, or does not
 * keep the original's paragraphs and headings one for one.
 */
export function readTranslationFile(content: string, fileName: string, original: Source): Translation {
  const { meta, text, paragraphs, headings } = splitMarkdownFile(content, fileName);
  const into: Lang = original.lang === 'fr' ? 'en' : 'fr';
  const lang = readMetaString(meta, 'lang', fileName) ?? into;
  if (lang !== into) {
    throw new SourceFileError(`${fileName}: front matter: "lang" must be "${into}", the language the ${LANG_NAMES[original.lang]} source is translated into`);
  }
  const translator = readMetaString(meta, 'translator', fileName);
  if (translator === null || translator.trim() === '') {
    throw new SourceFileError(`${fileName}: front matter: "translator" must say who made the translation`);
  }
  if (paragraphs.length !== original.paragraphs.length) {
    throw new SourceFileError(
      `${fileName}: has ${paragraphs.length} paragraphs where the ${LANG_NAMES[original.lang]} source has ${original.paragraphs.length}; a translation keeps them one for one`,
    );
  }
  const headingSet = new Set(original.headings);
  const misplaced = paragraphs.findIndex((_, index) => headingSet.has(index) !== headings.includes(index));
  if (misplaced !== -1) {
    const is = headings.includes(misplaced) ? 'is a heading' : 'is not a heading';
    throw new SourceFileError(`${fileName}: paragraph ${misplaced + 1} ${is} here but ${is === 'is a heading' ? 'not' : 'is one'} in the ${LANG_NAMES[original.lang]} source`);
  }
  return {
    lang: into,
    source: original.lang,
    title: readMetaString(meta, 'title', fileName) ?? '',
    translator: translator.trim(),
    method: readMetaString(meta, 'method', fileName),
    notes: readMetaString(meta, 'notes', fileName),
    text,
    paragraphs,
    headings,
  };
}
