/**
 * The sentence pairs a match offers a translation memory. A translation unit must hold one piece
 * of text on each side that translates the other; a match's quotes can stand in several places
 * (a French sentence answered by two English sentences a page apart), and joining those into one
 * segment would teach a translation tool a sentence neither text contains. So:
 *
 * - when both sides hold as many quotes, the first French quote pairs with the first English one,
 *   and so on in text order, each pair one unit (a match's quotes are sentences or claims quoted
 *   in reading order, and a translation keeps its original's order);
 * - else quotes that follow each other in their text with nothing but white space and punctuation
 *   between them (a quote often leaves out its sentence's full stop) are one place (a sentence cut
 *   in two claims, or two sentences in a row), and the places pair as the quotes would;
 * - otherwise the match cannot be cut into pairs without guessing, and gives none.
 *
 * Linear in the number of quotes, after sorting them.
 */
import type { Comparison, Finding, Span } from '../model/types';

/** One French passage and the English passage that says the same, white space run together. */
export interface SentencePair {
  readonly fr: string;
  readonly en: string;
}

/** The one-to-one pairs of `finding`'s quotes, in reading order; empty when its quotes cannot be paired without joining separate places. */
export function pairMatchedSentences(comparison: Comparison, finding: Finding): SentencePair[] {
  if (finding.fr.length > 0 && finding.fr.length === finding.en.length) {
    return zipPassages(inTextOrder(finding.fr).map(flatten), inTextOrder(finding.en).map(flatten));
  }
  return zipPassages(joinAdjacentQuotes(finding.fr, comparison.sources.fr.text), joinAdjacentQuotes(finding.en, comparison.sources.en.text));
}

/** What may stand between two quotes of one place: white space and punctuation, nothing else. */
const SEPARATOR_ONLY = /^[\s\p{P}]*$/u;

function zipPassages(fr: readonly string[], en: readonly string[]): SentencePair[] {
  if (fr.length === 0 || fr.length !== en.length) return [];
  return fr.map((passage, index) => ({ fr: passage, en: en[index] ?? '' }));
}

function inTextOrder(spans: readonly Span[]): Span[] {
  return [...spans].sort((a, b) => a.start - b.start);
}

/** A quote as a segment wants it: white space inside run together, none at the ends. */
function flatten(span: Span): string {
  return span.quote.trim().replace(/\s+/g, ' ');
}

/** The passages `spans` make in `text`: spans with only white space and punctuation between them are one passage. */
function joinAdjacentQuotes(spans: readonly Span[], text: string): string[] {
  const passages: string[] = [];
  let end = -1;
  for (const span of inTextOrder(spans)) {
    const flat = flatten(span);
    const last = passages.length - 1;
    if (last >= 0 && span.start >= end && SEPARATOR_ONLY.test(text.slice(end, span.start))) passages[last] = `${passages[last]} ${flat}`;
    else passages.push(flat);
    end = Math.max(end, span.end);
  }
  return passages;
}
