/**
 * Paragraphs and sentences with offsets into the text they come from.
 *
 * Paragraphs are blocks separated by one or more blank lines. Sentences come from Unicode's
 * sentence rules (UAX #29): read by a caller's faster reader where it has one (the engine passes
 * plainSentenceBreaks.ts, for plain Latin text) and by `Intl.Segmenter` (ICU) otherwise, with one departure: ICU's sentence
 * rules break after every abbreviation ("Mr. ", "M. "), and V8 does not expose ICU's suppression
 * lists, so a break right after a known abbreviation of the language is undone here.
 * Linear in the length of the text.
 */
import type { Lang, Range } from '../model/types';

/** Abbreviations after which a full stop does not end a sentence, lower-cased, with their dot. */
const ABBREVIATIONS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  fr: new Set(['m.', 'mm.', 'mme.', 'mlle.', 'dr.', 'pr.', 'st.', 'ste.', 'p.', 'cf.', 'etc.', 'env.', 'art.', 'no.', 'n°.', 'av.', 'apr.', 'j.-c.']),
  en: new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'st.', 'jr.', 'sr.', 'no.', 'vs.', 'e.g.', 'i.e.', 'u.s.', 'u.k.', 'art.', 'gen.', 'gov.', 'sen.', 'rep.', 'inc.', 'co.', 'corp.', 'ltd.', 'jan.', 'feb.', 'aug.', 'sept.', 'oct.', 'nov.', 'dec.']),
};

/** "a.m." and "p.m." end a sentence, but not before the time's zone: "at 9:30 p.m. GMT on Tuesday" is one. */
const TIME_OF_DAY = /\b[ap]\.m\.$/i;
const TIME_ZONE = /^(?:UTC|[A-Z]{1,3}T)\b/;

const segmenters = new Map<Lang, Intl.Segmenter>();

function sentenceSegmenter(lang: Lang): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/** Finds each block of non-blank lines; the ranges exclude the blank lines and trailing spaces. */
export function segmentParagraphs(text: string): Range[] {
  const paragraphs: Range[] = [];
  // A paragraph ends at a line that holds only white space, or at the end of the text.
  const blockPattern = /\S[\s\S]*?(?=\n[^\S\n]*\n|\s*$)/g;
  for (const match of text.matchAll(blockPattern)) {
    const trimmedLength = match[0].trimEnd().length; // the lazy match may keep spaces before a blank line
    paragraphs.push([match.index, match.index + trimmedLength]);
  }
  return paragraphs;
}

/**
 * Where each sentence of a text starts by UAX #29, 0 first, or null to leave the text to ICU: a
 * faster reader of the same rules for the texts it knows (plainSentenceBreaks.ts, which the engine
 * passes). The reading view cuts the few sentences it needs with ICU alone, and does not carry it.
 */
export type SentenceBreaks = (text: string) => number[] | null;

/**
 * Splits `text.slice(start, end)` into sentences; each range is relative to the whole text and
 * trimmed of surrounding white space, so that `text.slice(...range)` is the sentence itself.
 * `breaks` is asked first (SentenceBreaks); whichever reads the text, the sentences are the same.
 */
export function segmentSentences(text: string, lang: Lang, range: Range = [0, text.length], breaks?: SentenceBreaks): Range[] {
  const [from, to] = range;
  const slice = text.slice(from, to);
  // ICU's segments follow each other: where each starts says where the one before ends.
  const starts = breaks?.(slice) ?? Array.from(sentenceSegmenter(lang).segment(slice), (segment) => segment.index);
  const sentences: Range[] = [];
  let pendingStart: number | null = null;
  starts.forEach((index, k) => {
    const trimmed = trimRange(slice, index, starts[k + 1] ?? slice.length);
    if (trimmed === null) return;
    const start: number = pendingStart ?? trimmed[0];
    if (endsWithAbbreviation(slice.slice(trimmed[0], trimmed[1]), lang) || (TIME_OF_DAY.test(slice.slice(trimmed[0], trimmed[1])) && TIME_ZONE.test(slice.slice(trimmed[1]).trimStart()))) {
      pendingStart = start;
      return;
    }
    pendingStart = null;
    sentences.push([from + start, from + trimmed[1]]);
  });
  if (pendingStart !== null) {
    const last = trimRange(slice, pendingStart, slice.length);
    if (last) sentences.push([from + last[0], from + last[1]]);
  }
  return sentences;
}

function endsWithAbbreviation(sentence: string, lang: Lang): boolean {
  const lastWord = sentence.slice(sentence.lastIndexOf(' ') + 1).toLowerCase();
  return ABBREVIATIONS[lang].has(lastWord);
}

function trimRange(text: string, start: number, end: number): Range | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return s < e ? [s, e] : null;
}
