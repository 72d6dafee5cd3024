/**
 * What the matching step hands to the judging step, whichever way the texts were read: the rows
 * (sentence beads in reading order, for the paragraph beads) and the linked groups (each becomes
 * one finding). A translation's aligned beads are both a row and a group; a passage one account
 * tells elsewhere is a group off the rows, which the reading view draws as a link across rows.
 */
import type { SentenceBead } from './alignSentences';
import type { MovedRecovery } from './moved';

/** Sentences of both texts that say the same thing, or nearly: one finding. */
export interface LinkedGroup {
  /** Sentence indices, ascending; neither side is empty. */
  readonly fr: readonly number[];
  readonly en: readonly number[];
  /** Covered share of the group's content, 0 to 1. */
  readonly similarity: number;
  /** True when the group does not stand in one row: one account tells it at another place. */
  readonly moved: boolean;
}

/** The rows and the linked groups of a comparison. */
export interface Matching {
  /** Every sentence exactly once, in reading order on both sides. */
  readonly beads: readonly SentenceBead[];
  /** Every sentence at most once across all groups. */
  readonly groups: readonly LinkedGroup[];
}

/** The monotone aligner's result as a matching: each two-sided bead is a group, each moved link too. */
export function matchingFromAlignment({ beads, moved }: MovedRecovery): Matching {
  const groups: LinkedGroup[] = beads
    .filter((bead) => bead.fr.length > 0 && bead.en.length > 0)
    .map((bead) => ({ fr: bead.fr, en: bead.en, similarity: bead.similarity, moved: false }));
  for (const link of moved) groups.push({ fr: [link.fr], en: [link.en], similarity: link.similarity, moved: true });
  return { beads, groups };
}
