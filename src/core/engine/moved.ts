/**
 * Recovery of what one source moved: the dynamic program keeps both texts in order, so a
 * paragraph that one source tells earlier than the other comes out as French sentences alone
 * at one place and English sentences alone at another, or loosely attached to a neighbour's group.
 * This pass pairs such sentences when they cover each other well, wherever they stand.
 *
 * Candidates are the sentences left alone, and the sentences of a group of three or four that the
 * rest of their group covers poorly (below LOOSE); such a sentence leaves its group only for a
 * partner that covers it clearly better (by MARGIN). Method: an inverted index from the keys of the
 * English candidates (keys shared by more than POSTING_LIMIT of them are too common to point
 * anywhere) proposes, for each French candidate, the few English ones sharing most keys; a pair is
 * kept when each is the other's best and their similarity reaches `threshold`. Linear in the keys,
 * times POSTING_LIMIT.
 */
import type { SentenceBead } from './alignSentences';
import { coverageMask, maskedMass, pairMasks } from './cost';
import type { SentenceFeatures } from './features';

/** A French and an English sentence that say the same thing at different places of their texts. */
export interface MovedLink {
  readonly fr: number;
  readonly en: number;
  readonly similarity: number;
}

const POSTING_LIMIT = 8;
const CANDIDATES = 4;
/** Similarity a moved pair needs: higher than the aligner asks of neighbours, since anything may pair with anything. */
export const MOVE_THRESHOLD = 0.45;
/** A sentence must carry at least this much weighed content to be paired from afar. */
const MIN_MASS = 3;
/** A sentence of a larger group covered less than this by the rest of its group may be a moved one. */
const LOOSE = 0.3;
/** How much better a partner from afar must cover a sentence taken out of its group. */
const MARGIN = 0.15;

/** The beads once moved sentences are taken out of them, and the links that pair those sentences. */
export interface MovedRecovery {
  readonly beads: readonly SentenceBead[];
  readonly moved: readonly MovedLink[];
}

/**
 * Finds the sentences one source moved and pairs them; the beads keep every other sentence, in
 * order, and a sentence paired from afar stands alone in them.
 */
export function recoverMovedSentences(fr: readonly SentenceFeatures[], en: readonly SentenceFeatures[], beads: readonly SentenceBead[], threshold = MOVE_THRESHOLD): MovedRecovery {
  const frCandidates = new Map<number, number>(); // sentence → its coverage where it stands now
  const enCandidates = new Map<number, number>();
  for (const bead of beads) {
    if (bead.fr.length === 0) for (const q of bead.en) enCandidates.set(q, 0);
    if (bead.en.length === 0) for (const p of bead.fr) frCandidates.set(p, 0);
    if (bead.fr.length === 0 || bead.en.length === 0 || bead.fr.length + bead.en.length < 3) continue;
    for (const p of bead.fr) {
      const coverage = groupCoverage(fr[p] as SentenceFeatures, bead.en.map((q) => en[q] as SentenceFeatures));
      if (coverage < LOOSE && bead.fr.length > 1) frCandidates.set(p, coverage);
    }
    for (const q of bead.en) {
      const coverage = groupCoverage(en[q] as SentenceFeatures, bead.fr.map((p) => fr[p] as SentenceFeatures));
      if (coverage < LOOSE && bead.en.length > 1) enCandidates.set(q, coverage);
    }
  }
  const links = recoverMoved(fr, en, [...frCandidates.keys()], [...enCandidates.keys()], threshold).filter(
    (link) => link.similarity >= (frCandidates.get(link.fr) ?? 0) + (frCandidates.get(link.fr) ? MARGIN : 0) && link.similarity >= (enCandidates.get(link.en) ?? 0) + (enCandidates.get(link.en) ? MARGIN : 0),
  );
  if (links.length === 0) return { beads, moved: [] };
  const takenFr = new Set(links.map((link) => link.fr));
  const takenEn = new Set(links.map((link) => link.en));
  return { beads: beads.flatMap((bead) => splitBead(bead, takenFr, takenEn)), moved: links };
}

/**
 * A bead without its moved sentences: they stand alone before or after what remains, so that
 * reading order holds on both sides; a group left with one side only falls apart into lone sentences.
 */
function splitBead(bead: SentenceBead, takenFr: ReadonlySet<number>, takenEn: ReadonlySet<number>): SentenceBead[] {
  const keptFr = bead.fr.filter((p) => !takenFr.has(p));
  const keptEn = bead.en.filter((q) => !takenEn.has(q));
  if (keptFr.length === bead.fr.length && keptEn.length === bead.en.length) return [bead];
  const alone = (fr: readonly number[], en: readonly number[]): SentenceBead[] => [
    ...fr.map((p) => ({ fr: [p], en: [], similarity: 0 })),
    ...en.map((q) => ({ fr: [], en: [q], similarity: 0 })),
  ];
  if (keptFr.length === 0 || keptEn.length === 0) return alone(bead.fr, bead.en);
  const firstFr = keptFr[0] as number;
  const firstEn = keptEn[0] as number;
  return [
    ...alone(
      bead.fr.filter((p) => takenFr.has(p) && p < firstFr),
      bead.en.filter((q) => takenEn.has(q) && q < firstEn),
    ),
    { fr: keptFr, en: keptEn, similarity: bead.similarity },
    ...alone(
      bead.fr.filter((p) => takenFr.has(p) && p > firstFr),
      bead.en.filter((q) => takenEn.has(q) && q > firstEn),
    ),
  ];
}

/** Share of a sentence's content covered by a group of sentences of the other language. */
function groupCoverage(sentence: SentenceFeatures, group: readonly SentenceFeatures[]): number {
  if (sentence.mass === 0) return 0;
  const { low, high } = coverageMask(sentence, group);
  return maskedMass(sentence, low, high) / sentence.mass;
}

/** Pairs sentences left alone on each side; `frAlone` and `enAlone` are sentence indices. */
function recoverMoved(
  fr: readonly SentenceFeatures[],
  en: readonly SentenceFeatures[],
  frAlone: readonly number[],
  enAlone: readonly number[],
  threshold = MOVE_THRESHOLD,
): MovedLink[] {
  if (frAlone.length === 0 || enAlone.length === 0) return [];
  const postings = new Map<number, number[]>();
  for (const q of enAlone) {
    const sentence = en[q] as SentenceFeatures;
    if (sentence.mass < MIN_MASS) continue;
    for (const key of new Set(sentence.keys)) {
      const list = postings.get(key) ?? [];
      if (list.length <= POSTING_LIMIT) list.push(q);
      postings.set(key, list);
    }
  }
  const similarity = (p: number, q: number): number => {
    const a = fr[p] as SentenceFeatures;
    const b = en[q] as SentenceFeatures;
    const masks = pairMasks(a, b);
    const covered = maskedMass(a, masks.frLow, masks.frHigh) + maskedMass(b, masks.enLow, masks.enHigh);
    return a.mass + b.mass > 0 ? covered / (a.mass + b.mass) : 0;
  };

  const bestForFr = new Map<number, { en: number; similarity: number }>();
  const bestForEn = new Map<number, { fr: number; similarity: number }>();
  for (const p of frAlone) {
    const sentence = fr[p] as SentenceFeatures;
    if (sentence.mass < MIN_MASS) continue;
    const shared = new Map<number, number>();
    for (const key of new Set(sentence.keys)) {
      const list = postings.get(key);
      if (!list || list.length > POSTING_LIMIT) continue;
      for (const q of list) shared.set(q, (shared.get(q) ?? 0) + 1);
    }
    const candidates = [...shared].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, CANDIDATES);
    for (const [q] of candidates) {
      const score = similarity(p, q);
      if (score > (bestForFr.get(p)?.similarity ?? -1)) bestForFr.set(p, { en: q, similarity: score });
      if (score > (bestForEn.get(q)?.similarity ?? -1)) bestForEn.set(q, { fr: p, similarity: score });
    }
  }
  const links: MovedLink[] = [];
  for (const [p, best] of bestForFr) {
    if (best.similarity >= threshold && bestForEn.get(best.en)?.fr === p) links.push({ fr: p, en: best.en, similarity: best.similarity });
  }
  return links.sort((a, b) => a.fr - b.fr);
}
