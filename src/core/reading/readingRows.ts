/**
 * The reading view's rows: one row per alignment bead, each paragraph cut into pieces at every
 * quote boundary so that a piece lies wholly inside or wholly outside each quote. Quotes may
 * overlap (a sentence in one finding, a phrase of it in another); a piece then lists every
 * finding that covers it, the most specific (shortest quote) first.
 * O(P + S log S + Σ pieces) for P paragraphs and S quotes: quotes are swept in order of start.
 * A translation's paragraphs are cut the same way (translation/translationLayout.ts), with the
 * stretches its quotes map to.
 */
import type { Comparison, Lang, Range, FindingKind } from '../model/types';
import { LANGS } from '../model/types';

/** A stretch of a paragraph inside the same set of quotes. */
export interface TextPiece {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Ids of the findings quoting this stretch, shortest quote first; empty for plain text. */
  readonly findingIds: readonly string[];
}

export interface ParagraphView {
  readonly index: number;
  readonly lang: Lang;
  readonly isHeading: boolean;
  readonly pieces: readonly TextPiece[];
}

export interface ReadingRow {
  readonly index: number;
  readonly fr: readonly ParagraphView[];
  readonly en: readonly ParagraphView[];
}

/** A stretch of a text that a finding quotes, or, in a translation, stands for its quote. */
export interface QuotedRange {
  readonly start: number;
  readonly end: number;
  readonly findingId: string;
  /** How specific the quote is, smaller first: its length in the text it quotes. */
  readonly rank: number;
}

/**
 * Lays out the comparison as rows of paragraphs cut into pieces; only findings whose kind is in
 * `shownKinds` are highlighted, the rest of the text stays plain.
 */
export function layoutReadingRows(comparison: Comparison, shownKinds: ReadonlySet<FindingKind>): ReadingRow[] {
  const paragraphViews = {} as Record<Lang, ParagraphView[]>;
  for (const lang of LANGS) {
    const source = comparison.sources[lang];
    const quotes: QuotedRange[] = comparison.relations
      .filter((finding) => shownKinds.has(finding.kind))
      .flatMap((finding) => finding[lang].map((span) => ({ start: span.start, end: span.end, findingId: finding.id, rank: span.end - span.start })));
    paragraphViews[lang] = layoutParagraphs(source, quotes);
  }
  return comparison.alignment.map((bead, index) => ({
    index,
    fr: bead.fr.map((paragraph) => paragraphAt(paragraphViews.fr, paragraph)),
    en: bead.en.map((paragraph) => paragraphAt(paragraphViews.en, paragraph)),
  }));
}

/**
 * Cuts each paragraph of a text (a source, or a translation of one) into pieces at every boundary
 * of `quotes`, given in any order; `lang` is the language of the text.
 */
export function layoutParagraphs(
  { text, lang, paragraphs, headings }: { text: string; lang: Lang; paragraphs: readonly Range[]; headings: readonly number[] },
  quotes: readonly QuotedRange[],
): ParagraphView[] {
  const sorted = [...quotes].sort((a, b) => a.start - b.start || b.end - a.end);
  const headingSet = new Set(headings);
  let firstOpen = 0; // quotes before this index end before the current paragraph
  return paragraphs.map((range, index) => {
    while (firstOpen < sorted.length && (sorted[firstOpen]?.end ?? 0) <= range[0]) firstOpen++;
    const overlapping: QuotedRange[] = [];
    for (let q = firstOpen; q < sorted.length; q++) {
      const quote = sorted[q];
      if (!quote || quote.start >= range[1]) break;
      if (quote.end > range[0]) overlapping.push(quote);
    }
    return { index, lang, isHeading: headingSet.has(index), pieces: cutIntoPieces(text, range, overlapping) };
  });
}

function paragraphAt(views: readonly ParagraphView[], index: number): ParagraphView {
  const view = views[index];
  if (!view) throw new Error(`alignment names paragraph ${index}, which does not exist; this is a bug`);
  return view;
}

function cutIntoPieces(text: string, [from, to]: Range, quotes: readonly QuotedRange[]): TextPiece[] {
  const cuts = new Set<number>([from, to]);
  for (const quote of quotes) {
    cuts.add(Math.max(from, quote.start));
    cuts.add(Math.min(to, quote.end));
  }
  const ordered = [...cuts].sort((a, b) => a - b);
  const pieces: TextPiece[] = [];
  for (let i = 0; i + 1 < ordered.length; i++) {
    const start = ordered[i] as number;
    const end = ordered[i + 1] as number;
    const covering = quotes
      .filter((quote) => quote.start <= start && quote.end >= end)
      .sort((a, b) => a.rank - b.rank || byCodeUnits(a.findingId, b.findingId));
    pieces.push({ start, end, text: text.slice(start, end), findingIds: [...new Set(covering.map((q) => q.findingId))] });
  }
  return pieces;
}

/**
 * Ties between quotes of one rank go by id, in code-unit order: the same in every browser, whatever
 * its locale, and without waking ICU's collator, which `localeCompare` does the first time (some
 * 15 ms in the render that first paints a comparison).
 */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
