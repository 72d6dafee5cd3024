/**
 * Where the quotes of a source fall in its translation. A translation keeps the original's
 * paragraphs one for one, and usually its sentences: where a paragraph has as many sentences in
 * both (per `segmentSentences`), sentence i renders sentence i, and a quote maps to the translated
 * sentences whose originals it overlaps; where the counts differ, the whole translated paragraph
 * stands for it. Sentences are the finest unit a hand translation aligns without word alignment,
 * which this does not attempt: a phrase maps to the sentence that holds it.
 * O(Σ length of the paragraphs the quotes touch), for segmenting each of them once per call.
 */
import { segmentSentences } from '../text/segment';
import type { Range, Source, Translation } from '../model/types';

/** A quote's place in its source, `[start, end)`; a Span fits. */
export interface Stretch {
  readonly start: number;
  readonly end: number;
}

/**
 * The stretches of `translation` that render `spans` of `original`: whole translated sentences
 * (consecutive ones joined into one range) or whole translated paragraphs, in text order, each
 * once however many spans it renders.
 */
export function mapSpansToTranslation(spans: readonly Stretch[], original: Source, translation: Translation): Range[] {
  // Per paragraph touched: its translated sentences and the indices of those touched, or 'whole'.
  const touched = new Map<number, { sentences: Range[]; indices: Set<number> } | 'whole'>();
  original.paragraphs.forEach((paragraph, index) => {
    const inside = spans.filter((span) => overlaps(span, paragraph));
    if (inside.length === 0) return;
    const translated = translation.paragraphs[index];
    if (!translated) throw new Error(`the translation has no paragraph ${index}; readTranslationFile should have refused it; this is a bug`);
    const sentences = segmentSentences(original.text, original.lang, paragraph);
    const translatedSentences = segmentSentences(translation.text, translation.lang, translated);
    if (sentences.length !== translatedSentences.length) {
      touched.set(index, 'whole');
      return;
    }
    const indices = new Set<number>();
    sentences.forEach((sentence, i) => {
      if (inside.some((span) => overlaps(span, sentence))) indices.add(i);
    });
    // A quote of nothing but the space between two sentences still belongs to its paragraph.
    touched.set(index, indices.size > 0 ? { sentences: translatedSentences, indices } : 'whole');
  });

  const ranges: Range[] = [];
  // Map iteration follows insertion, which followed the paragraphs' order.
  for (const [index, which] of touched) {
    if (which === 'whole') {
      ranges.push(translation.paragraphs[index] as Range);
      continue;
    }
    const { sentences, indices } = which;
    let run: [number, number] | null = null; // [first, last] sentence index of the current run
    for (const i of [...indices].sort((a, b) => a - b)) {
      if (run && i === run[1] + 1) run[1] = i;
      else {
        if (run) ranges.push(joinSentences(sentences, run));
        run = [i, i];
      }
    }
    if (run) ranges.push(joinSentences(sentences, run));
  }
  return ranges;
}

/** What the translation says for `spans`: the text of the stretches that render them, one space apart. */
export function readTranslatedQuotes(spans: readonly Stretch[], original: Source, translation: Translation): string {
  return mapSpansToTranslation(spans, original, translation)
    .map(([start, end]) => translation.text.slice(start, end))
    .join(' ');
}

function joinSentences(sentences: readonly Range[], [first, last]: readonly [number, number]): Range {
  const from = sentences[first];
  const to = sentences[last];
  if (!from || !to) throw new Error(`sentences ${first}–${last} do not exist; this is a bug`);
  return [from[0], to[1]];
}

// Half-open ranges overlap when each starts before the other ends.
function overlaps(span: Stretch, [start, end]: Range): boolean {
  return span.start < end && start < span.end;
}
