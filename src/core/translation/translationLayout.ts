/**
 * A translation laid out for reading beside or instead of its original: its paragraphs cut into
 * pieces like the original's (reading/readingRows.ts), at the stretches the shown findings' quotes
 * map to (translatedSpans.ts), so that a translated claim lights, opens and is counted like the
 * original.
 * Where two findings map to the same translated sentence, the one with the shorter original quote
 * comes first, as in the original: a phrase judged a discrepancy stays visible in a sentence that
 * is otherwise a match.
 */
import { layoutParagraphs, type ParagraphView, type QuotedRange } from '../reading/readingRows';
import { mapSpansToTranslation } from './translatedSpans';
import type { Comparison, Range, FindingKind, Translation } from '../model/types';

export interface TranslationLayout {
  readonly translation: Translation;
  /** The translated paragraphs, by the original's paragraph index; their language is the translation's. */
  readonly paragraphs: readonly ParagraphView[];
  /** Where each shown finding's quotes of the source fall in the translation: `core-denial` → `[[0, 212], [214, 431]]`. */
  readonly quotes: ReadonlyMap<string, readonly Range[]>;
}

/** Lays out `translation` of its source with the findings whose kind is in `shownKinds` highlighted. */
export function layoutTranslation(comparison: Comparison, translation: Translation, shownKinds: ReadonlySet<FindingKind>): TranslationLayout {
  const original = comparison.sources[translation.source];
  const quotes = new Map<string, readonly Range[]>();
  const quoted: QuotedRange[] = [];
  for (const finding of comparison.relations) {
    const spans = finding[translation.source];
    if (!shownKinds.has(finding.kind) || spans.length === 0) continue;
    const ranges = mapSpansToTranslation(spans, original, translation);
    const rank = spans.reduce((sum, span) => sum + span.end - span.start, 0);
    quotes.set(finding.id, ranges);
    for (const [start, end] of ranges) quoted.push({ start, end, findingId: finding.id, rank });
  }
  return { translation, paragraphs: layoutParagraphs(translation, quoted), quotes };
}
