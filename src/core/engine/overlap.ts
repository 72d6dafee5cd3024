/**
 * How far two linked groups of claims say the same thing: the signs that one side says more than
 * the other, read off which of each side's units (features.ts) the other side covers.
 *
 *   - coverage: the share of each side's weighed content the other covers;
 *   - extra facts: units the other side does not cover that carry facts — figures, and words
 *     with a capital that do not start the sentence (names, places, titles);
 *   - extra run: the heaviest run of neighbouring uncovered units, as a share of its side's
 *     content — a clause the other side lacks, rather than words scattered by paraphrase;
 *   - length: the log of the ratio of the two sides' lengths;
 *   - an added figure: the first run of uncovered units that holds a figure (a year, a count, a
 *     date), on the side that says more when both have one — a fact a reader would check, even
 *     when the rest of the two sides cover each other well.
 * Linear in the units of the group.
 */
import { coverageMask, maskedMass } from './cost';
import { type SentenceFeatures, unitEnd, unitStart, unitWeight } from './features';

export interface OverlapSigns {
  /** Covered shares, 0 to 1. */
  readonly frCovered: number;
  readonly enCovered: number;
  /** Uncovered units carrying facts, both sides together. */
  readonly extraFacts: number;
  /** The heavier side's heaviest uncovered run, as a share of that side's mass. */
  readonly extraRun: number;
  /** |log(English length / French length)|. */
  readonly lengthGap: number;
  /** The side whose content the other covers least. */
  readonly saysMore: 'fr' | 'en';
  /** What each side says that the other does not: its facts and its heaviest uncovered run, as written, in text order. */
  readonly extra: { readonly fr: readonly string[]; readonly en: readonly string[] };
  /** Where the heaviest uncovered run of the side that says more lies: which of its claims (0 for the group's first), and offsets in that claim's text. */
  readonly extraStretch: ExtraStretch | null;
  /** The first uncovered run that holds a figure, and its side; null when every figure of both sides is covered. */
  readonly addedFigure: { readonly lang: 'fr' | 'en'; readonly stretch: ExtraStretch } | null;
}

/** A stretch of one claim of a group, by the claim's place in the group and offsets in its text. */
export interface ExtraStretch {
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
}

interface SideSigns {
  covered: number;
  facts: number;
  run: number;
  length: number;
  extra: string[];
  stretch: ExtraStretch | null;
  figureStretch: ExtraStretch | null;
}

/** Reads the signs of a partial overlap between a French and an English group of claims. */
export function readOverlap(fr: readonly SentenceFeatures[], en: readonly SentenceFeatures[]): OverlapSigns {
  const frSide = sideSigns(fr, en);
  const enSide = sideSigns(en, fr);
  return {
    frCovered: frSide.covered,
    enCovered: enSide.covered,
    extraFacts: frSide.facts + enSide.facts,
    extraRun: Math.max(frSide.run, enSide.run),
    lengthGap: frSide.length > 0 && enSide.length > 0 ? Math.abs(Math.log(enSide.length / frSide.length)) : 0,
    saysMore: frSide.covered < enSide.covered ? 'fr' : 'en',
    extra: { fr: frSide.extra, en: enSide.extra },
    extraStretch: (frSide.covered < enSide.covered ? frSide : enSide).stretch,
    addedFigure: addedFigure(frSide, enSide),
  };
}

function addedFigure(frSide: SideSigns, enSide: SideSigns): OverlapSigns['addedFigure'] {
  const sides = frSide.covered < enSide.covered ? (['fr', 'en'] as const) : (['en', 'fr'] as const);
  for (const lang of sides) {
    const stretch = (lang === 'fr' ? frSide : enSide).figureStretch;
    if (stretch) return { lang, stretch };
  }
  return null;
}

function sideSigns(own: readonly SentenceFeatures[], other: readonly SentenceFeatures[]): SideSigns {
  let coveredMass = 0;
  let mass = 0;
  let facts = 0;
  let run = 0;
  let length = 0;
  const factWords: string[] = [];
  let runWords: string[] = [];
  let stretch: ExtraStretch | null = null;
  // The first run that holds an uncovered figure (typed wide: it is set inside the loop).
  let figureStretch = null as ExtraStretch | null;
  for (const [index, sentence] of own.entries()) {
    // The run that holds the first uncovered figure grows while it lasts.
    let inFigureRun = false;
    const { low, high } = coverageMask(sentence, other);
    coveredMass += maskedMass(sentence, low, high);
    mass += sentence.mass;
    length += sentence.length;
    let current = 0;
    let currentStart = -1;
    for (const unit of unitsInTextOrder(sentence)) {
      const covered = unit < 32 ? (low >>> unit) & 1 : (high >>> (unit - 32)) & 1;
      if (covered === 1) {
        current = 0;
        inFigureRun = false;
        continue;
      }
      if (current === 0) currentStart = unitStart(sentence, unit);
      const currentEnd = unitEnd(sentence, unit);
      if (inFigureRun && figureStretch) figureStretch = { ...figureStretch, end: currentEnd };
      else if (!figureStretch && isFigure(sentence, unit)) {
        figureStretch = { sentence: index, start: currentStart, end: currentEnd };
        inFigureRun = true;
      }
      current += unitWeight(sentence, unit);
      if (current > run) {
        run = current;
        runWords = [sentence.text.slice(currentStart, currentEnd)];
        stretch = { sentence: index, start: currentStart, end: currentEnd };
      }
      if (carriesFact(sentence, unit)) {
        facts += 1;
        factWords.push(sentence.text.slice(unitStart(sentence, unit), currentEnd));
      }
    }
  }
  const extra = [...new Set([...runWords, ...factWords.filter((word) => !runWords.some((stretch) => stretch.includes(word)))])];
  return { covered: mass > 0 ? coveredMass / mass : 0, facts, run: mass > 0 ? run / mass : 0, length, extra, stretch, figureStretch };
}

function unitsInTextOrder(sentence: SentenceFeatures): number[] {
  return Array.from({ length: sentence.unitCount }, (_, unit) => unit).sort((a, b) => unitStart(sentence, a) - unitStart(sentence, b));
}

/** A unit written with a digit first: a year, a count, a date, a share. */
function isFigure(sentence: SentenceFeatures, unit: number): boolean {
  return /\d/.test(sentence.text[unitStart(sentence, unit)] ?? '');
}

/** A figure, or a word with a capital away from the sentence's start. */
function carriesFact(sentence: SentenceFeatures, unit: number): boolean {
  const start = unitStart(sentence, unit);
  const first = sentence.text[start] ?? '';
  if (isFigure(sentence, unit)) return true;
  return start > 0 && first !== first.toLowerCase() && !/[.!?:]\s*$/.test(sentence.text.slice(0, start));
}
