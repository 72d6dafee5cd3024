/**
 * A small French/English pair written for the tests of the proposal (merge, agreement, coverage):
 * three paragraphs each, one sentence per line of PAIRS, so that sentence indices are easy to read.
 */
import { parseComparison } from '../../src/core/comparisonFile/index';
import { joinParagraphs } from '../../src/core/intake/sourceFile';
import { COMPARISON_FORMAT, type Comparison, type Lang, type Finding, type FindingKind, type Source } from '../../src/core/model/index';
import { PAIRS } from './engine/fixtures';

function source(lang: Lang, paragraphs: string[]): Source {
  const { text, paragraphs: ranges } = joinParagraphs(paragraphs);
  return { lang, title: '', outlet: null, published: null, publishedTime: null, updated: null, byline: [], editors: [], kind: null, url: null, text, paragraphs: ranges, headings: [], excluded: [] };
}

const pair = (index: number) => PAIRS[index] as readonly [string, string];

// Sentences, French: 0 = PAIRS[0], 1 = PAIRS[1], 2 = PAIRS[2]; English the same, in the same order.
export const FR = source('fr', [pair(0)[0], `${pair(1)[0]} ${pair(2)[0]}`]);
export const EN = source('en', [pair(0)[1], `${pair(1)[1]} ${pair(2)[1]}`]);

/** A quote of `words` in the text of `lang`, located by search. */
export function quoteOf(lang: Lang, words: string) {
  const text = (lang === 'fr' ? FR : EN).text;
  const start = text.indexOf(words);
  if (start === -1) throw new Error(`fixture: "${words}" is not in the ${lang} text`);
  return { start, end: start + words.length, quote: words };
}

/** The French (or English) sentence of PAIRS[index]. */
export function sentence(lang: Lang, index: number): string {
  return pair(index)[lang === 'fr' ? 0 : 1];
}

export function finding(id: string, kind: FindingKind, fr: string[], en: string[], origin: Finding['origin'] = 'curated'): Finding {
  return {
    id,
    kind,
    fr: fr.map((words) => quoteOf('fr', words)),
    en: en.map((words) => quoteOf('en', words)),
    aspects: kind === 'discrepancy' ? ['number'] : [],
    note: { fr: 'note', en: 'note' },
    origin,
    confidence: origin === 'automatic' ? 0.8 : null,
  };
}

/** A comparison of the fixture pair with these findings, validated as a file would be. */
export function comparisonOf(findings: Finding[], name = 'fixture'): Comparison {
  return parseComparison({
    format: COMPARISON_FORMAT,
    name,
    sources: { fr: FR, en: EN },
    alignment: [
      { fr: [0], en: [0], score: null },
      { fr: [1], en: [1], score: null },
    ],
    relations: findings,
  });
}
