/**
 * The automatic comparison: two texts in, a comparison file out (PRODUCT.md), with every relation
 * and every paragraph bead marked "automatic" and given a confidence; every relation's status is
 * "automatic" until a reader confirms or rejects it.
 *
 * Pipeline: read each text (input.ts) → sentences → features (features.ts) → sentence alignment
 * (alignSentences.ts) → moved sentences paired (moved.ts) → each aligned group judged (judge.ts)
 * and explained (notes.ts) → paragraph beads (paragraphBeads.ts). Linear in the texts; see each
 * step for its cost.
 */
import { COMPARISON_FORMAT, type Aspect, type Bead, type Comparison, type Lang, type Range, type Relation, type Source, type Span } from '../types';
import { segmentSentences } from '../segment';
import { alignSentences, type SentenceBead } from './alignSentences';
import { maskedMass, pairMasks, type CostParameters } from './cost';
import { extractFeatures, KeyTable, type SentenceFeatures } from './features';
import { readInput } from './input';
import { differenceCertainty, judgeGroup, linkDiffers, type Judgement } from './judge';
import { loadLexicon } from './lexicon';
import { MOVE_THRESHOLD, recoverMovedSentences } from './moved';
import { noteForJudgement, noteForOneSided } from './notes';
import { paragraphBeads, type ScoredSentenceBead } from './paragraphBeads';
import { risingProgress, type ProgressCallback } from './progress';

export interface CompareOptions {
  /** A short name for the comparison, used in file names (default "automatic"). */
  readonly name?: string;
  /**
   * How sentences are found: "segment" (default) splits paragraphs with the sentence segmenter;
   * "lines" takes each non-blank line as one sentence, for texts that are already split.
   */
  readonly sentenceMode?: 'segment' | 'lines';
  /** Take page chrome out of the texts (default true). */
  readonly pageChrome?: boolean;
  readonly cost?: CostParameters;
  /** Similarity a pair of sentences needs to be linked across a move; Infinity turns the recovery off. */
  readonly moveThreshold?: number;
  /** Largest alignment table filled without banding (tests force banding with a small one). */
  readonly fullTable?: number;
  /**
   * Hears how far the comparison has gone, from 0 to 1: at each stage's end and, in the stages that
   * take long (alignment, judging), every few hundred sentences; the fractions only rise and end at 1.
   */
  readonly onProgress?: ProgressCallback;
}

/** Where each stage ends, as a share of the whole: measured on the bench's pairs, where features and alignment take most of the time. */
const STAGE_END = { sentences: 0.08, frFeatures: 0.25, enFeatures: 0.42, alignment: 0.88, moved: 0.92, judged: 0.99 } as const;
/** Beads judged between two reports. */
const PROGRESS_BEADS = 512;

/** A link between a French and an English sentence, by sentence index (reading order, from 0). */
export interface SentenceLink {
  readonly fr: number;
  readonly en: number;
  readonly label: 'match' | 'discrepancy';
  /** True when the link crosses others: one source moved the passage. */
  readonly moved: boolean;
}

/** The comparison with the sentence-level detail it was built from. */
export interface EngineResult {
  readonly comparison: Comparison;
  /** Each sentence's range in its source's text. */
  readonly sentences: { readonly fr: readonly Range[]; readonly en: readonly Range[] };
  readonly links: readonly SentenceLink[];
  readonly onlyFr: readonly number[];
  readonly onlyEn: readonly number[];
}

/** Compares a French and an English text (plain text or Markdown, optional front matter); the result passes `parseComparison`. */
export function compareTexts(fr: string, en: string, options: CompareOptions = {}): Comparison {
  return compareInDetail(fr, en, options).comparison;
}

/** Like `compareTexts`, and also returns the sentences and their links. */
export function compareInDetail(fr: string, en: string, options: CompareOptions = {}): EngineResult {
  const read = { pageChrome: options.pageChrome ?? true };
  return compareSources(readInput(fr, 'fr', { ...read, fileName: 'fr.md' }), readInput(en, 'en', { ...read, fileName: 'en.md' }), options);
}

/** Compares two sources already read. */
export function compareSources(frSource: Source, enSource: Source, options: CompareOptions = {}): EngineResult {
  const progress = risingProgress(options.onProgress);
  progress(0);
  const lexicon = loadLexicon();
  const mode = options.sentenceMode ?? 'segment';
  const frSplit = splitSentences(frSource, mode);
  const enSplit = splitSentences(enSource, mode);
  progress(STAGE_END.sentences);
  const table = new KeyTable();
  const fr = extractFeatures(frSplit.ranges.map(([s, e]) => frSource.text.slice(s, e)), 'fr', lexicon, table);
  progress(STAGE_END.frFeatures);
  const en = extractFeatures(enSplit.ranges.map(([s, e]) => enSource.text.slice(s, e)), 'en', lexicon, table);
  progress(STAGE_END.enFeatures);

  const aligned = alignSentences(fr, en, {
    ...(options.cost ? { cost: options.cost } : {}),
    ...(options.fullTable ? { fullTable: options.fullTable } : {}),
    ...(options.onProgress ? { onProgress: (share: number) => progress(STAGE_END.enFeatures + share * (STAGE_END.alignment - STAGE_END.enFeatures)) } : {}),
  });
  progress(STAGE_END.alignment);
  const { beads, moved } = recoverMovedSentences(fr, en, aligned, options.moveThreshold ?? MOVE_THRESHOLD);
  progress(STAGE_END.moved);
  const frAlone = beads.filter((bead) => bead.en.length === 0).flatMap((bead) => bead.fr);
  const enAlone = beads.filter((bead) => bead.fr.length === 0).flatMap((bead) => bead.en);
  const movedFr = new Set(moved.map((link) => link.fr));
  const movedEn = new Set(moved.map((link) => link.en));

  const relations: Relation[] = [];
  const links: SentenceLink[] = [];
  const scored: ScoredSentenceBead[] = [];
  const quote = (lang: Lang, indices: readonly number[]): Span[] => {
    const source = lang === 'fr' ? frSource : enSource;
    const ranges = lang === 'fr' ? frSplit.ranges : enSplit.ranges;
    return indices.map((index) => {
      const [start, end] = ranges[index] as Range;
      return { start, end, quote: source.text.slice(start, end) };
    });
  };
  const addJudged = (frIndices: readonly number[], enIndices: readonly number[], similarity: number, isMoved: boolean): number => {
    const judgement = judgeGroup(
      frIndices.map((p) => fr[p] as SentenceFeatures),
      enIndices.map((q) => en[q] as SentenceFeatures),
    );
    const alignment = alignmentConfidence(similarity);
    const confidence = judgement.kind === 'match' ? alignment : alignment * differenceCertainty(judgement);
    frIndices.forEach((p, frPosition) =>
      enIndices.forEach((q, enPosition) =>
        links.push({ fr: p, en: q, label: linkDiffers(judgement, frPosition, enPosition) ? 'discrepancy' : 'match', moved: isMoved }),
      ),
    );
    relations.push(judgedRelation(`a${relations.length + 1}`, judgement, quote('fr', frIndices), quote('en', enIndices), confidence, isMoved));
    return alignment;
  };

  let oneSidedRun: { lang: Lang; paragraph: number; indices: number[]; confidence: number[] } | null = null;
  const closeRun = () => {
    if (!oneSidedRun) return;
    const { lang, indices, confidence } = oneSidedRun;
    relations.push({
      id: `a${relations.length + 1}`,
      kind: lang === 'fr' ? 'only-fr' : 'only-en',
      fr: lang === 'fr' ? quote('fr', indices) : [],
      en: lang === 'en' ? quote('en', indices) : [],
      aspects: [],
      note: noteForOneSided(lang),
      origin: 'automatic',
      confidence: round(Math.min(...confidence)),
      status: 'automatic',
    });
    oneSidedRun = null;
  };
  const addOneSided = (lang: Lang, index: number, confidence: number) => {
    const paragraph = (lang === 'fr' ? frSplit.paragraphOf : enSplit.paragraphOf)[index] as number;
    if (oneSidedRun && (oneSidedRun.lang !== lang || oneSidedRun.paragraph !== paragraph)) closeRun();
    oneSidedRun ??= { lang, paragraph, indices: [], confidence: [] };
    oneSidedRun.indices.push(index);
    oneSidedRun.confidence.push(confidence);
  };

  const movedByFr = new Map(moved.map((link) => [link.fr, link]));
  beads.forEach((bead, position) => {
    if (position % PROGRESS_BEADS === PROGRESS_BEADS - 1) progress(STAGE_END.moved + (position / beads.length) * (STAGE_END.judged - STAGE_END.moved));
    if (bead.fr.length > 0 && bead.en.length > 0) {
      closeRun();
      scored.push({ ...bead, confidence: addJudged(bead.fr, bead.en, bead.similarity, false) });
      return;
    }
    for (const p of bead.fr) {
      const link = movedByFr.get(p);
      if (link) {
        closeRun();
        addJudged([p], [link.en], link.similarity, true);
      } else {
        addOneSided('fr', p, oneSidedConfidence(fr[p] as SentenceFeatures, nearby(beads, position, 'en'), en));
      }
    }
    for (const q of bead.en) {
      if (!movedEn.has(q)) addOneSided('en', q, oneSidedConfidence(en[q] as SentenceFeatures, nearby(beads, position, 'fr'), fr));
    }
    scored.push({ ...bead, confidence: 0.5 });
  });
  closeRun();

  // A moved pair's sentences stand alone in the paragraph beads, which must keep reading order.
  const alignment: Bead[] = paragraphBeads(scored, frSplit.paragraphOf, enSplit.paragraphOf, frSource.paragraphs.length, enSource.paragraphs.length);
  const comparison: Comparison = {
    format: COMPARISON_FORMAT,
    name: options.name ?? 'automatic',
    sources: { fr: frSource, en: enSource },
    alignment,
    relations,
  };
  progress(1);
  return {
    comparison,
    sentences: { fr: frSplit.ranges, en: enSplit.ranges },
    links: links.sort((a, b) => a.fr - b.fr || a.en - b.en),
    onlyFr: frAlone.filter((p) => !movedFr.has(p)),
    onlyEn: enAlone.filter((q) => !movedEn.has(q)),
  };
}

/** Sentences of a source in reading order, and the paragraph each belongs to. */
function splitSentences(source: Source, mode: 'segment' | 'lines'): { ranges: Range[]; paragraphOf: number[] } {
  const ranges: Range[] = [];
  const paragraphOf: number[] = [];
  source.paragraphs.forEach((paragraph, index) => {
    const found = mode === 'lines' ? lineRanges(source.text, paragraph) : segmentSentences(source.text, source.lang, paragraph);
    for (const range of found) {
      ranges.push(range);
      paragraphOf.push(index);
    }
  });
  return { ranges, paragraphOf };
}

function lineRanges(text: string, [start, end]: Range): Range[] {
  const ranges: Range[] = [];
  let offset = start;
  for (const line of text.slice(start, end).split('\n')) {
    const lead = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (trimmed !== '') ranges.push([offset + lead, offset + lead + trimmed.length]);
    offset += line.length + 1;
  }
  return ranges;
}

function judgedRelation(id: string, judgement: Judgement, fr: Span[], en: Span[], confidence: number, moved: boolean): Relation {
  const aspects: Aspect[] = [...new Set(judgement.differences.map((difference) => difference.aspect))];
  return { id, kind: judgement.kind, fr, en, aspects, note: noteForJudgement(judgement, moved), origin: 'automatic', confidence: round(confidence), status: 'automatic' };
}

/** How sure the aligner is of a group, from its similarity: about 0.5 at 0.15, 0.95 from 0.6 up. */
function alignmentConfidence(similarity: number): number {
  return Math.min(0.99, Math.max(0.05, 0.35 + similarity));
}

/** Sentences of the other side near a one-sided bead: those of the two beads before and after it. */
function nearby(beads: readonly SentenceBead[], position: number, side: Lang): number[] {
  return beads.slice(Math.max(0, position - 2), position + 3).flatMap((bead) => bead[side]);
}

/** How sure it is that a sentence has no counterpart: the less its best neighbour covers it, the surer. */
function oneSidedConfidence(sentence: SentenceFeatures, neighbours: readonly number[], other: readonly SentenceFeatures[]): number {
  let best = 0;
  for (const index of neighbours) {
    const neighbour = other[index] as SentenceFeatures;
    const masks = sentence.lang === 'fr' ? pairMasks(sentence, neighbour) : pairMasks(neighbour, sentence);
    const covered = sentence.lang === 'fr' ? maskedMass(sentence.weights, masks.frLow, masks.frHigh) : maskedMass(sentence.weights, masks.enLow, masks.enHigh);
    best = Math.max(best, sentence.mass > 0 ? covered / sentence.mass : 0);
  }
  return Math.min(0.99, Math.max(0.05, 1 - best));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
