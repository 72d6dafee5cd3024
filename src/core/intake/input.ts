/**
 * Reads a text as a reader brings it: plain text or Markdown, optional front matter, paragraphs
 * separated by blank lines, possibly pasted from a web page. Page chrome (navigation, share and
 * comment prompts, bylines, datelines, "last updated" lines, editors, recommendations) is taken
 * out of the compared body and listed as excluded with its reason, so that nothing is dropped
 * silently; the title, date, time, outlet, byline and editors it gives fill the fields the front
 * matter left empty.
 *
 * Method: each line of at most CHROME_LINE characters is tested against patterns of both
 * languages; a longer line is always body text. A first paragraph that reads as a headline (one
 * line, no closing punctuation) is the title. Linear in the length of the text.
 */
import type { Excluded, ExclusionReason, Lang, Range, Source } from '../model/types';
import { joinParagraphs, readSourceFile } from './sourceFile';
import { findDates } from '../engine/dates';
import { foldKeepingOffsets } from '../engine/normalize';
import { isWhiteSpace } from '../text/whiteSpace';

export interface ReadOptions {
  /** Names the text in error messages. */
  readonly fileName?: string;
  /** Look for page chrome (default true); off for texts known to be clean, whose paragraphs must keep their numbers. */
  readonly pageChrome?: boolean;
}

const CHROME_LINE = 120;
const HEADLINE = 160;

/** Metadata that page chrome can give, as found. */
interface Found {
  published: string | null;
  publishedTime: string | null;
  updated: string | null;
  outlet: string | null;
  byline: string[];
  editors: string[];
}

const PATTERNS: readonly (readonly [ExclusionReason, RegExp])[] = [
  ['last-updated', /^(derni[eè]re mise à jour|mis(e)? à jour( le)?|actualisé( le)?|last updated|updated( on)?)\b/iu],
  ['editors', /^\(?\s*(r[ée]dacteurs?|r[ée]dactrices?|r[ée]daction|édité par|editors?|edited by|reporting by|writing by)\s*:/iu],
  ['recommendations', /^(conseils de la r[ée]daction|(à )?lire aussi|voir aussi|sur le même sujet|nos articles|read more|related( articles| stories)?|recommended( for you)?|you may also like|see also|more on this( story)?|more from)\b/iu],
  ['share', /^(partage[rz]?|partez|share( this)?|tweet(er)?|envoyer (à un ami|par e-?mail)|imprimer|print|e-?mail this)\b/iu],
  ['comments', /^(\d+\s+)?(commentaires?|comments?|réagir|réagissez|post a comment|leave a (reply|comment)|no comments|laisser un commentaire|votre pseudo|votre (nom|commentaire)|your (name|comment)|add a comment)\b/iu],
  ['navigation', /(>>|›|\s>\s)|^(accueil|page d'accueil|home( page)?|menu|skip to (main )?content|aller au contenu|retour|back to top|haut de page)\b/iu],
];

const BYLINE = /^(?:[Pp]ar|[Bb]y)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*(?:,|et|and|&)\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})*)$/u;
const PUBLISHED = /^(publié( le)?|mis en ligne( le)?|published( on)?|posted( on)?)\b/iu;
const FOUR_DIGITS = /\d{4}/;

/** Reads a text into a Source, taking page chrome out of it unless `pageChrome` is false. */
export function readInput(content: string, lang: Lang, options: ReadOptions = {}): Source {
  const source = readSourceFile(content, options.fileName ?? `${lang}.md`, lang);
  if (options.pageChrome === false) return source;

  const found: Found = { published: null, publishedTime: null, updated: null, outlet: null, byline: [], editors: [] };
  const excluded: Excluded[] = [...source.excluded];
  const kept: string[] = [];
  const headings: number[] = [];
  const sourceText = source.text;
  let changed = false;
  // The start and end of each line kept of the paragraph being read: its text is made from them only once one of its lines is taken out.
  const keptLines: number[] = [];
  // Indexed rather than destructured: this runs once, on every paragraph, before the code is compiled, where destructuring steps an iterator.
  for (let index = 0; index < source.paragraphs.length; index++) {
    const paragraph = source.paragraphs[index] as Range;
    const start = paragraph[0];
    const end = paragraph[1];
    keptLines.length = 0;
    let takenOut = false;
    let previous: ExclusionReason | null = null;
    // The lines split('\n') would give, trimmed by their offsets: only a line short enough to be chrome is read out for the patterns.
    let lineStart = start;
    for (;;) {
      const newline = sourceText.indexOf('\n', lineStart);
      const lineEnd = newline === -1 || newline > end ? end : newline;
      let from = lineStart;
      let to = lineEnd;
      while (from < to && isWhiteSpace(sourceText.charCodeAt(from))) from++;
      while (to > from && isWhiteSpace(sourceText.charCodeAt(to - 1))) to--;
      // A longer line is always body text, and is read no further.
      const reason: ExclusionReason | null = to - from > CHROME_LINE ? null : chromeReason(sourceText.slice(from, to), previous, lang, found);
      if (reason) {
        excluded.push({ text: sourceText.slice(from, to), reason }); // chromeReason gives no reason for an empty line
        previous = reason;
        takenOut = true;
        changed = true;
      } else {
        keptLines.push(lineStart, lineEnd);
        previous = null;
      }
      if (lineEnd === end) break;
      lineStart = lineEnd + 1;
    }
    if (keptLines.length === 0) continue;
    if (source.headings.includes(index)) headings.push(kept.length);
    // With every line kept, the lines joined again are the paragraph as it stands.
    kept.push(takenOut ? linesText(sourceText, keptLines) : sourceText.slice(start, end));
  }

  let title = source.title;
  const first = kept[0];
  if (title === '' && first !== undefined && isHeadline(first)) {
    title = first;
    if (!headings.includes(0)) headings.unshift(0);
  }
  // With no line taken out, the text is the one read: joining its paragraphs again would copy it whole.
  const { text, paragraphs } = changed ? joinParagraphs(kept) : source;
  return {
    ...source,
    title,
    published: source.published ?? found.published,
    publishedTime: source.publishedTime ?? found.publishedTime,
    updated: source.updated ?? found.updated,
    outlet: source.outlet ?? found.outlet,
    byline: source.byline.length > 0 ? source.byline : found.byline,
    editors: source.editors.length > 0 ? source.editors : found.editors,
    text,
    paragraphs,
    headings,
    excluded,
  };
}

/** The lines at these offsets (start and end, in pairs), one a line. */
function linesText(text: string, lines: readonly number[]): string {
  const texts: string[] = [];
  for (let k = 0; k < lines.length; k += 2) texts.push(text.slice(lines[k], lines[k + 1]));
  return texts.join('\n');
}

/** One line, not too long, not closed by a full stop: a headline rather than a sentence. */
function isHeadline(paragraph: string): boolean {
  return !paragraph.includes('\n') && paragraph.length <= HEADLINE && !/[.;:,…]$/.test(paragraph.trim());
}

/** Why a trimmed line of at most CHROME_LINE characters is page chrome, or null when it is body text; records the metadata the line gives. */
function chromeReason(line: string, previous: ExclusionReason | null, lang: Lang, found: Found): ExclusionReason | null {
  // A line of bullets and spaces belongs to the chrome around it, a form or a menu.
  if (!/[\p{L}\p{N}]/u.test(line)) return line === '' ? null : (previous ?? 'navigation');
  const bare = line.replace(/^[\s\u00a0•·*–—-]+/u, ''); // list bullets before a prompt: "• Votre pseudo"
  for (const [reason, pattern] of PATTERNS) {
    if (!pattern.test(bare)) continue;
    if (reason === 'last-updated') found.updated ??= line.replace(/^[^\d]*?(?=\d)/u, '').trim() || null;
    if (reason === 'editors') found.editors.push(...splitNames(line.replace(/^[^:]*:/u, '').replace(/\)\s*$/u, '')));
    return reason;
  }
  const byline = BYLINE.exec(line);
  if (byline) {
    found.byline.push(...splitNames(byline[1] ?? ''));
    return 'byline';
  }
  if (isDateline(line, lang, found)) return 'dateline';
  return null;
}

function splitNames(list: string): string[] {
  return list
    .split(/\s*(?:,|\bet\b|\band\b|&)\s*/u)
    .map((name) => name.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((name) => name !== '');
}

/**
 * A dateline: a date (and perhaps a time and the outlet's name) with few other words, or a
 * "published" line. Records the date as ISO, the time and the outlet.
 */
function isDateline(line: string, lang: Lang, found: Found): boolean {
  // Without its "published", a dateline needs a year, and findDates reads a year only in four digits
  // in a row: most short lines are turned away here, before the cost of finding their dates.
  const published = PUBLISHED.test(line);
  if (!published && !FOUR_DIGITS.test(line)) return false;
  const folded = foldKeepingOffsets(line);
  const dates = [...findDates(line, folded, lang), ...findDates(line, folded, lang === 'fr' ? 'en' : 'fr')];
  const day = dates.find((mark) => mark.part === 'day');
  const year = dates.find((mark) => mark.part === 'year');
  if (!published && !(day && year)) return false;
  let rest = line;
  for (const mark of dates) rest = rest.replace(mark.text, ' ');
  const restWords = rest.replace(PUBLISHED, ' ').split(/[^\p{L}]+/u).filter((word) => word.length > 1);
  if (restWords.length > 8 || /\.\s*$/.test(rest.trim()) && restWords.length > 3) return false;
  if (day && year) {
    const [month, dayOfMonth] = day.key.slice(2).split('-').map(Number);
    found.published ??= `${year.key.slice(2)}-${pad(month ?? 1)}-${pad(dayOfMonth ?? 1)}`;
  }
  const time = dates.find((mark) => mark.part === 'time');
  if (time) found.publishedTime ??= time.text;
  const pieces = line.split(/\s*[|•·–—]\s*/u);
  const outlet = pieces.find((piece) => !/\d/.test(piece) && /\p{L}{3}/u.test(piece));
  if (pieces.length > 1 && outlet) found.outlet ??= outlet.trim();
  return true;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
