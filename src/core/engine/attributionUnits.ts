/**
 * The units of a claim that say who said it, not what was said: the words of its attribution
 * frames (attribution.ts), that is the speaker, the verb of saying, the venue or channel and the
 * time ("Selon le ministère", "Zhang Feng said that", "At the press conference … today").
 *
 * Two accounts written apart often attribute one statement differently: one to the ministry, the
 * other to its spokesman by name. Counted as content, those words stand against a match that
 * the statements themselves make. The matcher (matchAccounts.ts) can leave them out when it weighs
 * what two reported claims say; the frames themselves are compared apart (accountFrames.ts, and
 * the judge's attribution checks).
 */
import { findFrames, mayReport } from './attribution';
import { maskedMass } from './cost';
import type { SentenceFeatures } from './features';

/** Units of a claim as a two-halves mask, as cost.ts gives coverage, with their weighed mass. */
export interface UnitMask {
  readonly low: number;
  readonly high: number;
  readonly mass: number;
}

/** No unit. */
export const NO_UNITS: UnitMask = { low: 0, high: 0, mass: 0 };

/** A claim's features are made once and never change: each claim's frames are read once. */
const known = new WeakMap<SentenceFeatures, UnitMask | null>();

/**
 * The units of `claim` that lie wholly inside one of its attribution frames' parts, or null when
 * the claim reports nothing. A frame of function words only ("il a dit") gives an empty mask.
 */
export function attributionUnits(claim: SentenceFeatures): UnitMask | null {
  const found = known.get(claim);
  if (found !== undefined) return found;
  const mask = readAttributionUnits(claim);
  known.set(claim, mask);
  return mask;
}

function readAttributionUnits(claim: SentenceFeatures): UnitMask | null {
  if (!mayReport(claim.text, claim.lang)) return null;
  const parts = findFrames(claim.text, claim.lang).flatMap((frame) => [frame.speaker, frame.verb, frame.venue, frame.channel, frame.when].filter((part) => part !== null));
  if (parts.length === 0) return null;
  const spans = claim.unitSpans;
  let low = 0;
  let high = 0;
  for (let unit = 0; unit < claim.unitCount; unit++) {
    const start = spans[2 * unit] as number;
    const end = spans[2 * unit + 1] as number;
    if (!parts.some((part) => part.start <= start && end <= part.end)) continue;
    if (unit < 32) low |= 1 << unit;
    else high |= 1 << (unit - 32);
  }
  return low === 0 && high === 0 ? NO_UNITS : { low, high, mass: maskedMass(claim, low, high) };
}
