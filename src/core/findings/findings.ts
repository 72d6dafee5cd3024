/**
 * Findings as a reader walks through them: counted by kind, filtered, put in reading order, and
 * stepped through one at a time.
 */
import type { Comparison, Lang, Finding, FindingKind } from '../model/types';
import { LANGS, FINDING_KINDS } from '../model/types';

/**
 * How many findings there are of each kind, rejected ones included; every kind is present, zero
 * when there is none. What a reader is shown as counted follows countFindings (findingCounts.ts).
 */
export function countFindingsByKind(findings: readonly Finding[]): Record<FindingKind, number> {
  const counts = Object.fromEntries(FINDING_KINDS.map((kind) => [kind, 0])) as Record<FindingKind, number>;
  for (const finding of findings) counts[finding.kind] += 1;
  return counts;
}

/**
 * The findings in the order a reader meets them: by the row of their first quote, then by its
 * place in the French text, then in the English text. Ties keep the file's order.
 */
export function orderFindings(comparison: Comparison): Finding[] {
  const rowOf = rowLocator(comparison);
  const keyed = comparison.relations.map((finding, fileIndex) => {
    const rows = LANGS.flatMap((lang) => finding[lang].map((span) => rowOf(lang, span.start)));
    return {
      finding,
      row: Math.min(...rows),
      fr: Math.min(...finding.fr.map((span) => span.start), Number.MAX_SAFE_INTEGER),
      en: Math.min(...finding.en.map((span) => span.start), Number.MAX_SAFE_INTEGER),
      fileIndex,
    };
  });
  keyed.sort((a, b) => a.row - b.row || a.fr - b.fr || a.en - b.en || a.fileIndex - b.fileIndex);
  return keyed.map((entry) => entry.finding);
}

/** The findings whose kind is shown, in the order given. */
export function filterByKind(findings: readonly Finding[], shownKinds: ReadonlySet<FindingKind>): Finding[] {
  return findings.filter((finding) => shownKinds.has(finding.kind));
}

/** Groups findings by kind, in the legend's order of kinds, keeping each group's order. */
export function groupByKind(findings: readonly Finding[]): { kind: FindingKind; findings: Finding[] }[] {
  return FINDING_KINDS.map((kind) => ({ kind, findings: findings.filter((finding) => finding.kind === kind) }));
}

/**
 * The id of the finding after (`+1`) or before (`-1`) `currentId` in `ordered`, wrapping around;
 * with no current finding, the first (or the last); null when there is no finding at all.
 */
export function stepFinding(ordered: readonly Finding[], currentId: string | null, direction: 1 | -1): string | null {
  if (ordered.length === 0) return null;
  const at = currentId === null ? -1 : ordered.findIndex((finding) => finding.id === currentId);
  if (at === -1) return (direction === 1 ? ordered[0] : ordered[ordered.length - 1])?.id ?? null;
  return ordered[(at + direction + ordered.length) % ordered.length]?.id ?? null;
}

/** The finding with this id, or null. */
export function findFinding(comparison: Comparison, id: string | null): Finding | null {
  if (id === null) return null;
  return comparison.relations.find((finding) => finding.id === id) ?? null;
}

/** Returns a function that tells which alignment row holds a given offset of a source. */
export function rowLocator(comparison: Comparison): (lang: Lang, offset: number) => number {
  const rowOfParagraph = { fr: new Map<number, number>(), en: new Map<number, number>() };
  comparison.alignment.forEach((bead, row) => {
    for (const lang of LANGS) for (const paragraph of bead[lang]) rowOfParagraph[lang].set(paragraph, row);
  });
  return (lang, offset) => {
    const paragraphs = comparison.sources[lang].paragraphs;
    // Binary search for the last paragraph that starts at or before the offset.
    let low = 0;
    let high = paragraphs.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((paragraphs[mid]?.[0] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return rowOfParagraph[lang].get(low) ?? 0;
  };
}
