/**
 * Paragraphs and sentences with offsets into the text they come from.
 *
 * Paragraphs are blocks separated by one or more blank lines. Sentences come from
 * `Intl.Segmenter` (Unicode UAX #29 as ICU implements it), with one departure: ICU's sentence
 * rules break after every abbreviation ("Mr. ", "M. "), and V8 does not expose ICU's suppression
 * lists, so a break right after a known abbreviation of the language is undone here.
 * Linear in the length of the text.
 */
import type { Lang, Range } from '../model/types';
import { isWhiteSpace } from './whiteSpace';

/** Abbreviations after which a full stop does not end a sentence, lower-cased, with their dot. */
const ABBREVIATIONS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  fr: new Set(['m.', 'mm.', 'mme.', 'mlle.', 'dr.', 'pr.', 'st.', 'ste.', 'p.', 'cf.', 'etc.', 'env.', 'art.', 'no.', 'n°.', 'av.', 'apr.', 'j.-c.']),
  en: new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'st.', 'jr.', 'sr.', 'no.', 'vs.', 'e.g.', 'i.e.', 'u.s.', 'u.k.', 'art.', 'gen.', 'gov.', 'sen.', 'rep.', 'inc.', 'co.', 'corp.', 'ltd.', 'jan.', 'feb.', 'aug.', 'sept.', 'oct.', 'nov.', 'dec.']),
};

const segmenters = new Map<Lang, Intl.Segmenter>();

function sentenceSegmenter(lang: Lang): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/**
 * Finds each block of non-blank lines; the ranges exclude the blank lines and trailing spaces.
 * A block starts at a visible character and ends at the first line feed that a line of only white
 * space follows, or after the text's last visible character: what the pattern
 * /\S[\s\S]*?(?=\n[^\S\n]*\n|\s*$)/g finds, walked by hand, since a lazy pattern tries both
 * endings at every character of the text.
 */
export function segmentParagraphs(text: string): Range[] {
  const paragraphs: Range[] = [];
  let lastVisible = text.length - 1;
  while (lastVisible >= 0 && isWhiteSpace(text.charCodeAt(lastVisible))) lastVisible--;
  let start = 0;
  while (start <= lastVisible) {
    while (isWhiteSpace(text.charCodeAt(start))) start++;
    let end = lastVisible + 1;
    for (let lineFeed = text.indexOf('\n', start); lineFeed !== -1 && lineFeed < lastVisible; lineFeed = text.indexOf('\n', lineFeed + 1)) {
      let next = lineFeed + 1;
      while (next < text.length && text.charCodeAt(next) !== LINE_FEED && isWhiteSpace(text.charCodeAt(next))) next++;
      if (text.charCodeAt(next) === LINE_FEED) {
        end = lineFeed;
        break;
      }
    }
    let trimmedEnd = end;
    while (isWhiteSpace(text.charCodeAt(trimmedEnd - 1))) trimmedEnd--; // the block's first character is visible
    paragraphs.push([start, trimmedEnd]);
    start = end;
  }
  return paragraphs;
}

const LINE_FEED = 0x0a;

/**
 * Splits `text.slice(start, end)` into sentences; each range is relative to the whole text and
 * trimmed of surrounding white space, so that `text.slice(...range)` is the sentence itself.
 */
export function segmentSentences(text: string, lang: Lang, range: Range = [0, text.length]): Range[] {
  const [from, to] = range;
  const slice = text.slice(from, to);
  const sentences: Range[] = [];
  let pendingStart: number | null = null;
  for (const { segment, index } of sentenceSegmenter(lang).segment(slice)) {
    let start = index;
    let end = index + segment.length;
    while (start < end && isWhiteSpace(slice.charCodeAt(start))) start++;
    while (end > start && isWhiteSpace(slice.charCodeAt(end - 1))) end--;
    if (start === end) continue;
    if (endsWithAbbreviation(slice, start, end, lang)) {
      pendingStart ??= start;
      continue;
    }
    sentences.push([from + (pendingStart ?? start), from + end]);
    pendingStart = null;
  }
  if (pendingStart !== null) {
    let end = slice.length; // the pending sentence starts on a visible character; only its end is trimmed
    while (end > pendingStart && isWhiteSpace(slice.charCodeAt(end - 1))) end--;
    sentences.push([from + pendingStart, from + end]);
  }
  return sentences;
}

/** Whether the sentence `text.slice(start, end)` ends with an abbreviation of the language, such as "M.". */
function endsWithAbbreviation(text: string, start: number, end: number, lang: Lang): boolean {
  // Every abbreviation is short and ends with its full stop, and lower-casing never shortens a word:
  // most sentences are settled without cutting out their last word.
  if (text.charCodeAt(end - 1) !== FULL_STOP) return false;
  const wordStart = Math.max(text.lastIndexOf(' ', end - 1) + 1, start);
  if (end - wordStart > LONGEST_ABBREVIATION) return false;
  return ABBREVIATIONS[lang].has(text.slice(wordStart, end).toLowerCase());
}

const FULL_STOP = 0x2e;
const LONGEST_ABBREVIATION = Math.max(...Object.values(ABBREVIATIONS).flatMap((abbreviations) => [...abbreviations].map((abbreviation) => abbreviation.length)));
