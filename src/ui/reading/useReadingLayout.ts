import { useDeferredValue, useMemo } from 'react';
import { countFindings, filterByKind, orderFindings, type FindingCounts } from '../../core/findings/index';
import type { Comparison, Lang, Finding, FindingKind } from '../../core/model/index';
import { layoutReadingRows, locateFindings, type ReadingRow, type StripMark } from '../../core/reading/index';

/**
 * From this many findings on, the overview strip and the list of findings are drawn just after the
 * texts rather than with them: on 6,000 findings they took half of the time to open, and the
 * reader looks at the texts first. Below it (the shipped comparison has 23) everything is drawn at
 * once, as the page has always been.
 */
const DRAW_SIDE_AFTER = 1000;

const NO_MARKS: Record<Lang, StripMark[]> = { fr: [], en: [] };
const NO_FINDINGS: readonly Finding[] = [];

export interface ReadingLayout {
  /** Every finding of the comparison, by id. */
  readonly findings: ReadonlyMap<string, Finding>;
  readonly counts: FindingCounts;
  /** The findings of the kinds shown, in reading order: what Next and Previous step through. */
  readonly shown: readonly Finding[];
  /** Both texts, aligned row by row, with the claims of the kinds shown. */
  readonly rows: readonly ReadingRow[];
  /** The overview strip's marks: empty for a moment on a long comparison, drawn after the texts. */
  readonly stripMarks: Readonly<Record<Lang, readonly StripMark[]>>;
  /** The list of findings: empty for a moment on a long comparison, drawn after the texts. */
  readonly listedFindings: readonly Finding[];
}

/** What the reading view draws of `comparison` with the kinds shown, every piece of it asked of the core. */
export function useReadingLayout(comparison: Comparison, shownKinds: ReadonlySet<FindingKind>): ReadingLayout {
  const findings = useMemo(() => new Map(comparison.relations.map((finding) => [finding.id, finding])), [comparison]);
  const counts = useMemo(() => countFindings(comparison.relations), [comparison]);
  const ordered = useMemo(() => orderFindings(comparison), [comparison]);
  const shown = useMemo(() => filterByKind(ordered, shownKinds), [ordered, shownKinds]);
  const rows = useMemo(() => layoutReadingRows(comparison, shownKinds), [comparison, shownKinds]);
  const marks = useMemo(() => locateFindings(comparison, shownKinds), [comparison, shownKinds]);
  const drawSideAfter = comparison.relations.length >= DRAW_SIDE_AFTER;
  const deferredMarks = useDeferredValue(marks, NO_MARKS);
  const deferredFindings = useDeferredValue(shown, NO_FINDINGS);
  return {
    findings,
    counts,
    shown,
    rows,
    stripMarks: drawSideAfter ? deferredMarks : marks,
    listedFindings: drawSideAfter ? deferredFindings : shown,
  };
}
