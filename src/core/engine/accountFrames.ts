/**
 * Where each account says its statements come from, compared as wholes: who said them, at which
 * venue or through which channel, and when. Two accounts written apart often report the same
 * statements from different occasions, and say so once, in a frame of its own: "…, a déclaré le
 * ministère mercredi au média d'information national thepaper.cn" (an article of 14 July 2017)
 * against "At the press conference of the State Council of China today, Zhang Feng, a spokesperson
 * …, said that" (a post of 5 May 2020). The claims those frames stand in seldom share content, so
 * the matcher never links them and the judge never sets their frames side by side; a fact-checker
 * does, first of all.
 *
 * Method: each account's frame is the first claim, in reading order, whose attribution frame
 * (attribution.ts) names its venue or channel by a word that says its kind: the place where a news
 * text says where its statements were made. The two claims are judged as a group (judge.ts) and
 * only the differences of the frame are kept: a venue or channel of another kind, a speaker who
 * cannot be the same, and a time that resolves to another day against each source's publication
 * (timeline.ts) — "mercredi" in an article of Friday 14 July 2017 is 12 July 2017, "today" in a
 * post of 5 May 2020 is that day. Nothing is proposed when the two accounts share fewer than
 * MIN_SHARED_GROUPS linked groups (they may not report the same statements at all), when the two
 * frame claims are already linked (their group's judgement has compared them), or when the frames
 * agree. Linear in the claims: one frame reading per claim until each side's first is found.
 */
import type { Lang } from '../model/types';
import { findFrames, type AttributionFrame } from './attribution';
import type { SentenceFeatures } from './features';
import { judgeGroup } from './judge';
import type { Difference, Judgement } from './judgement';
import type { LinkedGroup } from './matching';
import type { Publication } from './timeline';

/** Fewest linked groups two accounts must share before their frames are held to the same statements. */
const MIN_SHARED_GROUPS = 2;

/** The two accounts' frames that differ: the claim each stands in, and the judgement of their differences. */
export interface AccountFrameDifference {
  readonly fr: number;
  readonly en: number;
  readonly judgement: Judgement;
}

/**
 * Compares the frames of two accounts, or returns null when they agree, when either account gives
 * none, or when the accounts share too little to be reports of the same statements.
 */
export function compareAccountFrames(
  features: Readonly<Record<Lang, readonly SentenceFeatures[]>>,
  groups: readonly LinkedGroup[],
  publications: Readonly<Record<Lang, Publication | null>>,
): AccountFrameDifference | null {
  if (groups.length < MIN_SHARED_GROUPS) return null;
  const fr = firstSettledFrame(features.fr);
  const en = firstSettledFrame(features.en);
  if (fr === null || en === null) return null;
  if (groups.some((group) => group.fr.includes(fr.claim) && group.en.includes(en.claim))) return null;
  const frClaim = features.fr[fr.claim] as SentenceFeatures;
  const enClaim = features.en[en.claim] as SentenceFeatures;
  const judged = judgeGroup([frClaim], [enClaim], false, publications);
  // Who said it and where come first, then when: the order a reader checks a source in.
  const kept = judged.differences.filter((difference) => isFrameDifference(difference, fr.frame, en.frame));
  const differences = [...kept.filter((difference) => difference.attribution), ...kept.filter((difference) => !difference.attribution)];
  if (differences.length === 0) return null;
  return { fr: fr.claim, en: en.claim, judgement: { kind: 'discrepancy', differences, sharedFacts: [], partialProbability: null } };
}

/** The first claim whose frame names the kind of its venue or channel, with that frame. */
function firstSettledFrame(claims: readonly SentenceFeatures[]): { claim: number; frame: AttributionFrame } | null {
  for (const [claim, features] of claims.entries()) {
    const frame = findFrames(features.text, features.lang).find((candidate) => [candidate.venue, candidate.channel].some((setting) => setting !== null && setting.sure && setting.kind !== 'unknown'));
    if (frame) return { claim, frame };
  }
  return null;
}

/**
 * A difference of the frames themselves: of speaker or setting (it carries the frames), or of the
 * dates resolved within the frames' words ("mercredi", "today"; "At a press conference in Vienna
 * today, … said"). A date the content gives, or a figure, belongs to what was said, which these
 * claims need not share.
 */
function isFrameDifference(difference: Difference, fr: AttributionFrame, en: AttributionFrame): boolean {
  if (difference.attribution) return true;
  if (difference.aspect !== 'date' || !difference.timeline) return false;
  const within = (frame: AttributionFrame, dates: readonly { start: number; end: number }[]) => {
    const { start, end } = frameExtent(frame);
    return dates.length > 0 && dates.every((date) => start <= date.start && date.end <= end);
  };
  return within(fr, difference.timeline.fr.dates) && within(en, difference.timeline.en.dates);
}

/** The stretch of a claim a frame's words span, from its first filled slot to its last. */
function frameExtent(frame: AttributionFrame): { start: number; end: number } {
  const parts = [frame.verb, frame.speaker, frame.venue, frame.channel, frame.when].filter((part): part is NonNullable<typeof part> => part !== null);
  return { start: Math.min(...parts.map((part) => part.start)), end: Math.max(...parts.map((part) => part.end)) };
}
