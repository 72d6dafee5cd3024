/**
 * Splitting a row of the alignment: bead `row` splits before its `at`-th paragraph on side `lang`
 * (positions within the bead, from 0), so the first row keeps that side's paragraphs before `at`
 * and the second row the rest. The other side's paragraphs are shared in proportion: the second
 * row gets them from position `round(at · otherCount / count)` on, so that a 2–2 bead split
 * before fr[1] gives 1–1 and 1–1, and a 1–2 bead split before en[1] gives 1–1 and 0–1. A reader
 * who wants another share moves it with a further split or join. Both rows score null: a reader
 * made them. Neither row can be empty, since each keeps at least one paragraph on side `lang`.
 */
import type { Bead, Comparison, Lang } from '../model/types';
import { LANGS } from '../model/types';
import { beadAt } from './beadAt';
import { EditError } from './edit';

/** A place where a row can be split: before its `at`-th paragraph on side `lang`. */
export interface SplitPlace {
  readonly lang: Lang;
  readonly at: number;
}

/** Every place where row `row` can be split, French side first, in reading order; none for a row that does not exist. */
export function splitPlaces(comparison: Comparison, row: number): SplitPlace[] {
  const bead = Number.isInteger(row) ? comparison.alignment[row] : undefined;
  if (bead === undefined) return [];
  return LANGS.flatMap((lang) => bead[lang].slice(1).map((_, index) => ({ lang, at: index + 1 })));
}

/** The comparison with row `row` split in two; throws EditError 'no-such-row' or 'bad-split'. */
export function splitRow(comparison: Comparison, row: number, lang: Lang, at: number): Comparison {
  const bead = beadAt(comparison, row);
  const count = bead[lang].length;
  if (!Number.isInteger(at) || at < 1 || at >= count) {
    const room = count < 2 ? 'so it cannot be split on that side' : `so a split goes before 1 to ${count - 1}`;
    throw new EditError('bad-split', `row ${row} cannot be split before its ${lang} paragraph ${at}: it has ${count} ${lang} paragraph(s), ${room}`);
  }
  const other: Lang = lang === 'fr' ? 'en' : 'fr';
  const otherAt = Math.round((at * bead[other].length) / count);
  // Where each side is cut: `at` on the chosen side, its proportional place on the other.
  const cut: Record<Lang, number> = lang === 'fr' ? { fr: at, en: otherAt } : { fr: otherAt, en: at };
  const beads: Bead[] = [
    { fr: bead.fr.slice(0, cut.fr), en: bead.en.slice(0, cut.en), score: null },
    { fr: bead.fr.slice(cut.fr), en: bead.en.slice(cut.en), score: null },
  ];
  return { ...comparison, alignment: [...comparison.alignment.slice(0, row), ...beads, ...comparison.alignment.slice(row + 1)] };
}
