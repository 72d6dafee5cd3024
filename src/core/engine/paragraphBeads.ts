/**
 * Paragraph beads from the sentence alignment: two paragraphs share a bead when a sentence of one
 * is aligned with a sentence of the other, and a bead grows until the next aligned sentences start
 * a new paragraph on both sides at once. A paragraph none of whose sentences is aligned stands in
 * a one-sided bead. The beads use every paragraph exactly once and in order, as the comparison
 * file requires. One pass over the sentence beads: linear.
 */
import type { Bead } from '../model/types';
import type { SentenceBead } from './alignSentences';

/** A sentence bead with the confidence the judgement gave it. */
export interface ScoredSentenceBead extends SentenceBead {
  readonly confidence: number;
}

/**
 * Groups paragraphs into beads; `frParagraphOf[s]` is the paragraph of French sentence s, and
 * a bead's score is the mean confidence of the sentence beads inside it.
 */
export function paragraphBeads(
  beads: readonly ScoredSentenceBead[],
  frParagraphOf: readonly number[],
  enParagraphOf: readonly number[],
  frParagraphCount: number,
  enParagraphCount: number,
): Bead[] {
  const out: Bead[] = [];
  let nextFr = 0; // first paragraph not yet in a bead
  let nextEn = 0;
  let group: { frEnd: number; enEnd: number; frStart: number; enStart: number; scores: number[] } | null = null;
  // A one-sided paragraph's score is the mean confidence of its one-sided sentences.
  const frAlone = new Map<number, number[]>();
  const enAlone = new Map<number, number[]>();
  for (const bead of beads) {
    if (bead.en.length === 0) for (const s of bead.fr) pushTo(frAlone, frParagraphOf[s] as number, bead.confidence);
    if (bead.fr.length === 0) for (const s of bead.en) pushTo(enAlone, enParagraphOf[s] as number, bead.confidence);
  }

  const closeGroup = () => {
    if (!group) return;
    flushOneSided(group.frStart, group.enStart);
    out.push({ fr: span(group.frStart, group.frEnd), en: span(group.enStart, group.enEnd), score: round(mean(group.scores)) });
    nextFr = group.frEnd + 1;
    nextEn = group.enEnd + 1;
    group = null;
  };
  // Paragraphs before `frUntil`/`enUntil` not yet in a bead stand alone, French ones first.
  const flushOneSided = (frUntil: number, enUntil: number) => {
    for (let p = nextFr; p < frUntil; p++) out.push({ fr: [p], en: [], score: round(mean(frAlone.get(p) ?? [])) });
    for (let q = nextEn; q < enUntil; q++) out.push({ fr: [], en: [q], score: round(mean(enAlone.get(q) ?? [])) });
    nextFr = Math.max(nextFr, frUntil);
    nextEn = Math.max(nextEn, enUntil);
  };

  for (const bead of beads) {
    if (bead.fr.length === 0 || bead.en.length === 0) continue;
    const frFirst = frParagraphOf[bead.fr[0] as number] as number;
    const frLast = frParagraphOf[bead.fr[bead.fr.length - 1] as number] as number;
    const enFirst = enParagraphOf[bead.en[0] as number] as number;
    const enLast = enParagraphOf[bead.en[bead.en.length - 1] as number] as number;
    if (group && frFirst > group.frEnd && enFirst > group.enEnd) closeGroup();
    if (!group) {
      flushOneSided(frFirst, enFirst);
      group = { frStart: frFirst, enStart: enFirst, frEnd: frLast, enEnd: enLast, scores: [] };
    }
    group.frEnd = Math.max(group.frEnd, frLast);
    group.enEnd = Math.max(group.enEnd, enLast);
    group.scores.push(bead.confidence);
  }
  closeGroup();
  flushOneSided(frParagraphCount, enParagraphCount);
  return out;
}

/** The paragraphs from `from` to `to`, both included; a loop, since `Array.from` over an array-like with a function takes V8's generic path, once per bead. */
function span(from: number, to: number): number[] {
  const paragraphs: number[] = [];
  for (let p = from; p <= to; p++) paragraphs.push(p);
  return paragraphs;
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0.5 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

function pushTo(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
