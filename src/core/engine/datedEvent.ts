/**
 * Every mention of a dated event whose date two accounts disagree on. Once the timeline check has
 * found that the French account's "règlement de janvier" is January 2017 and the English account's
 * "in January this year" is January 2020, a fact-checker marks every place the French account
 * speaks of that January too ("la réglementation sur les VPN publiée en janvier"): the date is the
 * same wrong date wherever it is said, though the matcher paired that claim with another.
 *
 * Rule: a claim of the same account mentions the same event when one of its dates resolves against
 * the account's publication (timeline.ts) to one of the conflicting dates, at the same grain, and it
 * shares at least MIN_SHARED_WORDS content words with a claim that holds the conflict (what the
 * event is: "règlement" and "réglementation" meet by their cognate key, "VPN"). Only claims that
 * write a date mark are read: a relative word alone ("this year") never resolves below the year.
 * Each claim's dates are resolved once per comparison, so the cost is linear in the claims, times
 * the few conflicts a comparison has.
 */
import { type SentenceFeatures, unitStart } from './features';
import { resolveDates, sameDate, type Publication, type ResolvedDate } from './timeline';

/** Fewest content words a mention shares with a claim holding the conflict. */
const MIN_SHARED_WORDS = 2;

/** A claim that mentions the event, and the date it gives it, as written and resolved. */
export interface DatedMention {
  readonly claim: number;
  readonly date: ResolvedDate;
}

/** One account's claims, with the dates of each resolved on first asking. */
export class DatedClaims {
  private readonly resolved = new Map<number, readonly ResolvedDate[]>();

  constructor(
    private readonly claims: readonly SentenceFeatures[],
    private readonly publication: Publication | null,
  ) {}

  /**
   * The claims, outside `taken`, that mention the event that `holding` claims date to one of
   * `dates`, in reading order.
   */
  mentionsOf(holding: readonly number[], dates: readonly ResolvedDate[], taken: ReadonlySet<number>): DatedMention[] {
    if (this.publication === null || dates.length === 0) return [];
    const eventWords = new Set(holding.flatMap((claim) => contentKeys(this.claims[claim] as SentenceFeatures)));
    const mentions: DatedMention[] = [];
    this.claims.forEach((claim, index) => {
      if (taken.has(index) || claim.dates.length === 0) return;
      const date = this.datesOf(index).find((candidate) => dates.some((conflicting) => sameDate(candidate, conflicting)));
      if (date === undefined) return;
      const shared = new Set(contentKeys(claim).filter((key) => eventWords.has(key)));
      if (shared.size >= MIN_SHARED_WORDS) mentions.push({ claim: index, date });
    });
    return mentions;
  }

  private datesOf(index: number): readonly ResolvedDate[] {
    let dates = this.resolved.get(index);
    if (dates === undefined) {
      const claim = this.claims[index] as SentenceFeatures;
      dates = resolveDates(claim.text, claim.lang, claim.dates, this.publication);
      this.resolved.set(index, dates);
    }
    return dates;
  }
}

/** The first key of each unit of a claim that is a word, not a date or a figure. */
function contentKeys(claim: SentenceFeatures): number[] {
  const keys: number[] = [];
  // Once: each reading of `unitKeys` makes a view (features.ts).
  const unitKeys = claim.unitKeys;
  for (let unit = 0; unit < unitKeys.length; unit++) {
    const start = unitStart(claim, unit);
    const inside = (mark: { start: number; end: number }) => mark.start <= start && start < mark.end;
    if (claim.dates.some(inside) || claim.numbers.some(inside)) continue;
    keys.push(unitKeys[unit] as number);
  }
  return keys;
}
