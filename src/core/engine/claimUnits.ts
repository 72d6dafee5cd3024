/**
 * The pieces of each text that the engine matches and judges, with the sentence and paragraph each
 * lies in: sentences when the texts read as a translation (a translated sentence is one claim), the
 * claims of each sentence (claims.ts) when they read as two accounts written apart.
 */
import type { Range, Source } from '../model/types';
import { plainSentenceBreaks } from '../text/plainSentenceBreaks';
import { segmentSentences } from '../text/segment';
import { splitClaims } from './claims';

/** Sentences of a source in reading order, and the paragraph each belongs to. */
export interface SentenceSplit {
  readonly ranges: readonly Range[];
  readonly paragraphOf: readonly number[];
}

/** Claims of a source in reading order, with the sentence and paragraph of each. */
export interface ClaimSplit extends SentenceSplit {
  readonly sentenceOf: readonly number[];
}

/**
 * Sentences of a source: "segment" splits paragraphs with the sentence segmenter; "lines" takes
 * each non-blank line as one sentence, for texts that are already split.
 */
export function splitSentences(source: Source, mode: 'segment' | 'lines'): SentenceSplit {
  const ranges: Range[] = [];
  const paragraphOf: number[] = [];
  source.paragraphs.forEach((paragraph, index) => {
    const found = mode === 'lines' ? lineRanges(source.text, paragraph) : segmentSentences(source.text, source.lang, paragraph, plainSentenceBreaks);
    for (const range of found) {
      ranges.push(range);
      paragraphOf.push(index);
    }
  });
  return { ranges, paragraphOf };
}

/** Each sentence as one claim. */
export function sentencesAsClaims(sentences: SentenceSplit): ClaimSplit {
  return { ...sentences, sentenceOf: sentences.ranges.map((_, index) => index) };
}

/** The claims of every sentence, in order. */
export function splitIntoClaims(source: Source, sentences: SentenceSplit): ClaimSplit {
  const ranges: Range[] = [];
  const paragraphOf: number[] = [];
  const sentenceOf: number[] = [];
  sentences.ranges.forEach((sentence, index) => {
    for (const claim of splitClaims(source.text, sentence, source.lang)) {
      ranges.push(claim);
      paragraphOf.push(sentences.paragraphOf[index] as number);
      sentenceOf.push(index);
    }
  });
  return { ranges, paragraphOf, sentenceOf };
}

function lineRanges(text: string, [start, end]: Range): Range[] {
  const ranges: Range[] = [];
  let offset = start;
  for (const line of text.slice(start, end).split('\n')) {
    const lead = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (trimmed !== '') ranges.push([offset + lead, offset + lead + trimmed.length]);
    offset += line.length + 1;
  }
  return ranges;
}
