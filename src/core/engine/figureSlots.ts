/**
 * Two claims that each give a figure of the same kind — a share, a sum of money, a measure of one
 * dimension — fill one slot, whatever the two values: "Le taux de chômage s'établit à 7,4 %" and
 * "The unemployment rate stood at 7.3%" speak of one fact and disagree on it. Their words alone
 * account for too little of two short claims for the order-free matcher to link them, and unlinked
 * they would read as two one-sided claims; linked, the judge sees the two values of one slot.
 *
 * Method: the figures the words leave uncovered on each side are read for their kind (figureKind.ts);
 * a figure whose kind the other side also gives uncovered counts as covered. A plain count is no
 * slot (it may count anything), nor is a figure already met by an equal one. Only for pairs whose
 * words already account for some of both sides (see matchAccounts.ts): a figure alone links nothing.
 */
import { coverageMask } from './cost';
import { type SentenceFeatures, unitEnd, unitStart, unitWeight } from './features';
import { figureKind, type FigureKind } from './figureKind';

/** How much of each claim of a pair the other accounts for, 0 to 1 (matchAccounts.ts's PairCoverage). */
interface Coverage {
  readonly fr: number;
  readonly en: number;
}

/** The coverage of a French and an English claim with the figures that fill one slot counted as covered; the same coverage when none does. */
export function withFigureSlots(fr: SentenceFeatures, en: SentenceFeatures, coverage: Coverage, priorMass: number): Coverage {
  if (fr.numbers.length === 0 || en.numbers.length === 0) return coverage;
  const frFigures = uncoveredFigures(fr, en);
  const enFigures = uncoveredFigures(en, fr);
  if (frFigures.length === 0 || enFigures.length === 0) return coverage;
  const frKinds = new Set(frFigures.map((figure) => figure.kind));
  const enKinds = new Set(enFigures.map((figure) => figure.kind));
  const added = (figures: readonly SlotFigure[], otherKinds: ReadonlySet<FigureKind>) => figures.reduce((sum, figure) => sum + (otherKinds.has(figure.kind) ? figure.weight : 0), 0);
  const frAdded = added(frFigures, enKinds);
  const enAdded = added(enFigures, frKinds);
  if (frAdded === 0 && enAdded === 0) return coverage;
  return { fr: coverage.fr + frAdded / (fr.mass + priorMass), en: coverage.en + enAdded / (en.mass + priorMass) };
}

interface SlotFigure {
  readonly kind: FigureKind;
  readonly weight: number;
}

/** The figures of a claim that the other claim's words leave uncovered and that fill a slot (not a plain count), with their units' weights. */
function uncoveredFigures(sentence: SentenceFeatures, other: SentenceFeatures): SlotFigure[] {
  const { low, high } = coverageMask(sentence, [other]);
  const figures: SlotFigure[] = [];
  for (const quantity of sentence.numbers) {
    if (quantity.soft) continue; // a number in words is too loose a value to fill a slot
    const kind = figureKind(sentence.text, quantity);
    if (kind === 'count') continue;
    for (let unit = 0; unit < sentence.unitCount; unit++) {
      if (unitStart(sentence, unit) !== quantity.start || unitEnd(sentence, unit) !== quantity.end) continue;
      const covered = (unit < 32 ? (low >>> unit) & 1 : (high >>> (unit - 32)) & 1) === 1;
      if (!covered) figures.push({ kind, weight: unitWeight(sentence, unit) });
      break;
    }
  }
  return figures;
}
