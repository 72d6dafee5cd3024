/**
 * Findings as a reader walks through them: counted by kind, filtered, put in reading order, and
 * stepped through one at a time.
 */
import type { Comparison, Lang, Relation, RelationKind } from '../model/types';
import { LANGS, RELATION_KINDS } from '../model/types';

/**
 * How many relations there are of each kind, rejected ones included; every kind is present, zero
 * when there is none. What a reader is shown as counted follows countFindings (findingCounts.ts).
 */
export function countRelationsByKind(relations: readonly Relation[]): Record<RelationKind, number> {
  const counts = Object.fromEntries(RELATION_KINDS.map((kind) => [kind, 0])) as Record<RelationKind, number>;
  for (const relation of relations) counts[relation.kind] += 1;
  return counts;
}

/**
 * The relations in the order a reader meets them: by the row of their first quote, then by its
 * place in the French text, then in the English text. Ties keep the file's order.
 */
export function orderFindings(comparison: Comparison): Relation[] {
  const rowOf = rowLocator(comparison);
  const keyed = comparison.relations.map((relation, fileIndex) => {
    const rows = LANGS.flatMap((lang) => relation[lang].map((span) => rowOf(lang, span.start)));
    return {
      relation,
      row: Math.min(...rows),
      fr: Math.min(...relation.fr.map((span) => span.start), Number.MAX_SAFE_INTEGER),
      en: Math.min(...relation.en.map((span) => span.start), Number.MAX_SAFE_INTEGER),
      fileIndex,
    };
  });
  keyed.sort((a, b) => a.row - b.row || a.fr - b.fr || a.en - b.en || a.fileIndex - b.fileIndex);
  return keyed.map((entry) => entry.relation);
}

/** The relations whose kind is shown, in the order given. */
export function filterByKind(relations: readonly Relation[], shownKinds: ReadonlySet<RelationKind>): Relation[] {
  return relations.filter((relation) => shownKinds.has(relation.kind));
}

/** Groups relations by kind, in the legend's order of kinds, keeping each group's order. */
export function groupByKind(relations: readonly Relation[]): { kind: RelationKind; relations: Relation[] }[] {
  return RELATION_KINDS.map((kind) => ({ kind, relations: relations.filter((relation) => relation.kind === kind) }));
}

/**
 * The id of the finding after (`+1`) or before (`-1`) `currentId` in `ordered`, wrapping around;
 * with no current finding, the first (or the last); null when there is no finding at all.
 */
export function stepFinding(ordered: readonly Relation[], currentId: string | null, direction: 1 | -1): string | null {
  if (ordered.length === 0) return null;
  const at = currentId === null ? -1 : ordered.findIndex((relation) => relation.id === currentId);
  if (at === -1) return (direction === 1 ? ordered[0] : ordered[ordered.length - 1])?.id ?? null;
  return ordered[(at + direction + ordered.length) % ordered.length]?.id ?? null;
}

/** The relation with this id, or null. */
export function findRelation(comparison: Comparison, id: string | null): Relation | null {
  if (id === null) return null;
  return comparison.relations.find((relation) => relation.id === id) ?? null;
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
