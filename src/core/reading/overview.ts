/**
 * The overview strip: where in each text the findings that need a look (discrepancies and
 * one-source claims) sit, as fractions of the text's length, so that a reader sees at a glance
 * whether trouble clusters at the top, the bottom or all through.
 */
import type { Comparison, Lang, FindingKind } from '../model/types';
import { LANGS } from '../model/types';

export interface StripMark {
  readonly findingId: string;
  readonly kind: FindingKind;
  /** Where the quote starts and ends, between 0 and 1 of the text's length. */
  readonly from: number;
  readonly to: number;
}

const NEEDS_A_LOOK: ReadonlySet<FindingKind> = new Set(['discrepancy', 'only-fr', 'only-en']);

/** One list of marks per language, in text order, for the shown kinds that need a look. */
export function locateFindings(comparison: Comparison, shownKinds: ReadonlySet<FindingKind>): Record<Lang, StripMark[]> {
  const marks = { fr: [] as StripMark[], en: [] as StripMark[] };
  for (const lang of LANGS) {
    const length = comparison.sources[lang].text.length;
    for (const finding of comparison.relations) {
      if (!NEEDS_A_LOOK.has(finding.kind) || !shownKinds.has(finding.kind)) continue;
      for (const span of finding[lang]) {
        marks[lang].push({ findingId: finding.id, kind: finding.kind, from: span.start / length, to: span.end / length });
      }
    }
    marks[lang].sort((a, b) => a.from - b.from);
  }
  return marks;
}
