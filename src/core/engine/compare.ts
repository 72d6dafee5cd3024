/**
 * The automatic comparison: two texts in, a comparison file out (docs/comparison-format.md), with every
 * finding and every paragraph bead marked "automatic" and given a confidence; every finding's
 * status is "automatic" until a reader confirms or rejects it.
 *
 * The outline, one named step each (see each step's file for its method and cost):
 *   1. read       each text: front matter, page chrome, paragraphs (intake/input.ts)
 *   2. sentences  of each paragraph (claimUnits.ts, text/segment.ts)
 *   3. reading    decide whether the texts read as a translation or as two accounts written apart
 *                 (reading.ts)
 *   4. claims     a translation is matched sentence by sentence; two accounts claim by claim (claims.ts)
 *   5. features   what each claim carries across the languages (features.ts)
 *   6. match      in order for a translation (alignSentences.ts; unsupportedPairs.ts parts two long
 *                 sentences that share almost nothing; moved.ts recovers what one source moved);
 *                 wherever they stand for two accounts (matchAccounts.ts)
 *   7. judge      each linked group, with its note and confidence; one-sided claims; for two
 *                 accounts, where each says its statements come from (buildFindings.ts, accountFrames.ts)
 *   8. beads      paragraph beads from the rows (paragraphBeads.ts)
 * Linear in the texts.
 */
import { COMPARISON_FORMAT, type Bead, type Comparison, type Lang, type Range, type Source } from '../model/types';
import { alignSentences } from './alignSentences';
import { buildFindings, type ClaimLink } from './buildFindings';
import { sentencesAsClaims, splitIntoClaims, splitSentences, type ClaimSplit, type SentenceSplit } from './claimUnits';
import type { CostParameters } from './cost';
import { extractFeatures, KeyTable, weighAcrossTexts, type SentenceFeatures } from './features';
import { readInput } from '../intake/input';
import { loadLexicon } from './lexicon';
import { matchAccounts } from './matchAccounts';
import { matchingFromAlignment, type Matching } from './matching';
import { MOVE_THRESHOLD, recoverMovedSentences } from './moved';
import { paragraphBeads } from './paragraphBeads';
import { risingProgress, type ProgressCallback } from './progress';
import { decideReading, readingSigns, type Reading } from './reading';
import { readPublication } from './timeline';
import { splitUnsupportedPairs } from './unsupportedPairs';

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
  /**
   * How the two texts are read: "translation" aligns them in order (one is a translation of the
   * other); "independent" matches claims wherever they stand (two accounts written apart); "auto"
   * (default) decides from the texts.
   */
  readonly reading?: 'auto' | Reading;
  /** Largest alignment table filled without banding (tests force banding with a small one). */
  readonly fullTable?: number;
  /**
   * Hears how far the comparison has gone, from 0 to 1: at each stage's end and, in the stages that
   * take long (alignment, judging), every few hundred sentences; the fractions only rise and end at 1.
   */
  readonly onProgress?: ProgressCallback;
}

/** Where each stage ends, as a share of the whole: measured on the bench's pairs, where features and alignment take most of the time. */
const STAGE_END = { sentences: 0.08, features: 0.42, alignment: 0.88, moved: 0.92, judged: 0.99 } as const;

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
  /** How the texts were read: as a translation, or as two accounts written apart. */
  readonly reading: Reading;
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
  const sentenceMode = options.sentenceMode ?? 'segment';
  const sentences = { fr: splitSentences(frSource, sentenceMode), en: splitSentences(enSource, sentenceMode) };
  progress(STAGE_END.sentences);

  // Each text's pieces (sentences, or claims) with their features; both texts of one call share a key table.
  const featuresOf = (pieces: Readonly<Record<Lang, SentenceSplit>>) => {
    const table = new KeyTable();
    const side = (source: Source) => extractFeatures(pieces[source.lang].ranges.map(([s, e]) => source.text.slice(s, e)), source.lang, lexicon, table, readPublication(source));
    return { fr: side(frSource), en: side(enSource) };
  };
  const sentenceFeatures = featuresOf(sentences);
  progress(STAGE_END.features);
  const aligned = alignSentences(sentenceFeatures.fr, sentenceFeatures.en, {
    ...(options.cost ? { cost: options.cost } : {}),
    ...(options.fullTable ? { fullTable: options.fullTable } : {}),
    ...(options.onProgress ? { onProgress: (share: number) => progress(STAGE_END.features + share * (STAGE_END.alignment - STAGE_END.features)) } : {}),
  });
  progress(STAGE_END.alignment);
  const reading = options.reading === undefined || options.reading === 'auto' ? decideReading(readingSigns(sentenceFeatures.fr, sentenceFeatures.en, aligned)) : options.reading;

  let claims: Record<Lang, ClaimSplit>;
  let features: { fr: SentenceFeatures[]; en: SentenceFeatures[] };
  let matching: Matching;
  if (reading === 'independent') {
    claims = { fr: splitIntoClaims(frSource, sentences.fr), en: splitIntoClaims(enSource, sentences.en) };
    const claimFeatures = featuresOf(claims);
    features = weighAcrossTexts(claimFeatures.fr, claimFeatures.en);
    // The claims of the headings (the title, subheadings: intake/input.ts), which sum up what follows them.
    const titleClaims = (source: Source, split: ClaimSplit) => {
      const headings = new Set(source.headings);
      return new Set(split.paragraphOf.flatMap((paragraph, claim) => (headings.has(paragraph) ? [claim] : [])));
    };
    matching = matchAccounts(features.fr, features.en, { fr: claims.fr.sentenceOf, en: claims.en.sentenceOf }, undefined, { fr: titleClaims(frSource, claims.fr), en: titleClaims(enSource, claims.en) });
  } else {
    claims = { fr: sentencesAsClaims(sentences.fr), en: sentencesAsClaims(sentences.en) };
    features = sentenceFeatures;
    const supported = splitUnsupportedPairs(features.fr, features.en, aligned);
    matching = matchingFromAlignment(recoverMovedSentences(features.fr, features.en, supported, options.moveThreshold ?? MOVE_THRESHOLD));
  }
  progress(STAGE_END.moved);

  const judged = buildFindings(matching, {
    sources: { fr: frSource, en: enSource },
    claims,
    features,
    partial: reading === 'independent',
    onRow: (share) => progress(STAGE_END.moved + share * (STAGE_END.judged - STAGE_END.moved)),
  });
  const alignment: Bead[] = paragraphBeads(judged.rows, claims.fr.paragraphOf, claims.en.paragraphOf, frSource.paragraphs.length, enSource.paragraphs.length);
  const comparison: Comparison = {
    format: COMPARISON_FORMAT,
    name: options.name ?? 'automatic',
    sources: { fr: frSource, en: enSource },
    alignment,
    relations: [...judged.findings],
  };
  progress(1);
  return { comparison, reading, sentences: { fr: sentences.fr.ranges, en: sentences.en.ranges }, ...sentenceLevel(judged.links, claims, { fr: sentences.fr.ranges.length, en: sentences.en.ranges.length }) };
}

/**
 * The claim links seen sentence by sentence, as the benchmarks score them: two sentences are linked
 * when claims of theirs are; the link differs when a claim link between them does, or when either
 * sentence has a claim in no link (the two say different things in part). A sentence none of whose
 * claims is linked is one-sided.
 */
function sentenceLevel(
  claimLinks: readonly ClaimLink[],
  claims: Readonly<Record<Lang, ClaimSplit>>,
  sentenceCount: Readonly<Record<Lang, number>>,
): Pick<EngineResult, 'links' | 'onlyFr' | 'onlyEn'> {
  // Flags in arrays indexed by claim and by sentence, and pairs keyed by one number, rather than
  // sets and strings: at 20,000 sentences a side there are as many links, and sets of them were
  // some 50 ms of the run.
  const linkedClaims = { fr: new Uint8Array(claims.fr.sentenceOf.length), en: new Uint8Array(claims.en.sentenceOf.length) };
  for (const link of claimLinks) {
    linkedClaims.fr[link.fr] = 1;
    linkedClaims.en[link.en] = 1;
  }
  const { linked: linkedFr, partial: partialFr } = sentenceFlags(claims.fr.sentenceOf, linkedClaims.fr, sentenceCount.fr);
  const { linked: linkedEn, partial: partialEn } = sentenceFlags(claims.en.sentenceOf, linkedClaims.en, sentenceCount.en);
  const pairKeys = Math.max(sentenceCount.en, partialEn.length);
  const byPair = new Map<number, SentenceLink>();
  for (const link of claimLinks) {
    const fr = claims.fr.sentenceOf[link.fr] as number;
    const en = claims.en.sentenceOf[link.en] as number;
    const key = fr * pairKeys + en;
    const before = byPair.get(key);
    const differs = link.label === 'discrepancy' || partialFr[fr] === 1 || partialEn[en] === 1 || before?.label === 'discrepancy';
    byPair.set(key, { fr, en, label: differs ? 'discrepancy' : 'match', moved: link.moved || (before?.moved ?? false) });
  }
  return {
    links: [...byPair.values()].sort((a, b) => a.fr - b.fr || a.en - b.en),
    onlyFr: unflagged(linkedFr, sentenceCount.fr),
    onlyEn: unflagged(linkedEn, sentenceCount.en),
  };
}

/** For each sentence, whether one of its claims is linked, and whether one is not (the sentence is then linked in part at most). */
function sentenceFlags(sentenceOf: readonly number[], linkedClaims: Uint8Array, sentenceCount: number): { linked: Uint8Array; partial: Uint8Array } {
  let size = sentenceCount;
  for (const sentence of sentenceOf) size = Math.max(size, sentence + 1);
  const linked = new Uint8Array(size);
  const partial = new Uint8Array(size);
  sentenceOf.forEach((sentence, claim) => {
    if (linkedClaims[claim] === 1) linked[sentence] = 1;
    else partial[sentence] = 1;
  });
  return { linked, partial };
}

/** The sentences below `count` that no flag marks, in order. */
function unflagged(flags: Uint8Array, count: number): number[] {
  const sentences: number[] = [];
  for (let sentence = 0; sentence < count; sentence++) if (flags[sentence] !== 1) sentences.push(sentence);
  return sentences;
}
