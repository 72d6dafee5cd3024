/**
 * Order-free matching of two accounts written apart: each French sentence is paired with the
 * English sentence that best accounts for its content, wherever it stands, and is left one-sided
 * when nothing on the other side accounts for enough of it.
 *
 * Method. Candidates come from an inverted index over the English sentences' keys (keys shared by
 * more than `postingLimit` sentences point nowhere in particular and are skipped), the few whose
 * shared keys promise the best score (shared weight over each side's mass), plus the few
 * sentences around the French sentence's proportional position, so that two short sentences that
 * share little still meet their neighbour. Each candidate pair is scored by coverage: the share of
 * each side's weighed content the other side covers (features.ts), with a light prior for pairs
 * near the diagonal, since two accounts of one event tend to tell it in a similar order. When both
 * claims report speech, a pair keeps the better of that score and the score of what the two say
 * apart from their attribution frames (claimCoverage, attributionUnits.ts). Pairs are
 * then taken greedily, best score first, each sentence at most once — the classic approximation of
 * a maximum-weight assignment (Avis 1983 gives its factor of two; on a few candidates a sentence,
 * it is what competitive-linking aligners do, Melamed 2000). A sentence left over joins the group
 * of a neighbour of its own when the same counterpart covers it well: one long sentence may say
 * what the other account splits in two. A claim whose own link covers it less than its neighbouring
 * sentence's group does moves to that group, for a statement the other account tells over two
 * sentences (regroupToNeighbours).
 *
 * The result is laid out as the monotone aligner's is, so that everything after it is shared: the
 * longest chain of groups in reading order on both sides becomes the beads (rows), and a group off
 * that chain becomes a moved link that crosses rows. Cost: O(S · (K + W)) pair scores for S
 * sentences, K index candidates and W diagonal neighbours, plus a sort of those pairs.
 */
import type { Lang } from '../model/types';
import type { SentenceBead } from './alignSentences';
import { findFrames } from './attribution';
import { attributionUnits, NO_UNITS, type UnitMask } from './attributionUnits';
import { isReportingFrame } from './claims';
import { coverageMask, maskedMass } from './cost';
import { type SentenceFeatures, unitWeight } from './features';
import { withFigureSlots } from './figureSlots';
import type { LinkedGroup, Matching } from './matching';

/** The knobs of the matcher; DEFAULT_MATCH_PARAMETERS were set on the development benchmarks. */
export interface MatchParameters {
  /** Lowest score for a link: below it, a sentence is one-sided. */
  readonly link: number;
  /** Weight of the diagonal prior, added to the score of a pair at the same relative position. */
  readonly diagonal: number;
  /** Coverage a leftover claim needs from its neighbour's counterpart to join that group. */
  readonly join: number;
  /**
   * The same, for a claim of the same sentence as a claim of the group, measured against the
   * group's whole other side, whatever the group's size: a sentence's claims go together unless
   * nothing on the other side speaks to them ("Zhang Feng said that in January this year the
   * ministry issued a notice, and the main targets are …" is one statement).
   */
  readonly joinSibling: number;
  /** Mass added to a sentence's own before its coverage is taken, so that a short sentence's coverage counts less. */
  readonly priorMass: number;

  /** Score a leftover sentence needs with a sentence anywhere on the other side to join that sentence's group: the account says it twice. */
  readonly attach: number;
  /** Score a pair's words need before its figures of one kind count as one slot (figureSlots.ts). */
  readonly slotFloor: number;
}

// joinSibling is set by principle (a share the other side really covers), not fitted: both development
// benchmarks score the same for any value from 0.001 to 0.25, as their sentences seldom hold two claims.
// attach is the link threshold itself, by the same principle: a claim the other account says twice
// needs what any link needs. Both development benchmarks score the same for any value from 0.30 to
// 0.40; on the shipped pair, 0.34 rather than 0.40 links the headline to the foreign media's report
// and the foreign companies' dedicated lines to the French account's, as the analyst does.
const LINK_THRESHOLD = 0.34;
// slotFloor: two claims must share some words besides the figure's slot; 0.2 is where an unrelated
// pair of the development benchmarks would start to be linked by its years and shares.
const DEFAULT_MATCH_PARAMETERS: MatchParameters = { link: LINK_THRESHOLD, diagonal: 0.04, join: 0.5, joinSibling: 0.05, priorMass: 1, attach: LINK_THRESHOLD, slotFloor: 0.2 };

/** Index candidates kept per French sentence, by shared weighed keys. */
const INDEX_CANDIDATES = 8;
/** Sentences on each side of the proportional position that are always candidates. */
const DIAGONAL_WINDOW = 2;
/** A key shared by more English sentences than this is too common to propose anything. */
const POSTING_LIMIT = 24;

/** How well a French and an English sentence account for each other. */
export interface PairCoverage {
  /** Share of the French sentence's content the English one covers, 0 to 1. */
  readonly fr: number;
  /** Share of the English sentence's content the French one covers, 0 to 1. */
  readonly en: number;
}

/** Coverage of a French group by an English group and back, by the union of their pairs' masks. */
export function groupCoverage(fr: readonly SentenceFeatures[], en: readonly SentenceFeatures[], priorMass = 0): PairCoverage {
  const side = (own: readonly SentenceFeatures[], other: readonly SentenceFeatures[]) => {
    let covered = 0;
    let mass = 0;
    for (const sentence of own) {
      const { low, high } = coverageMask(sentence, other);
      covered += maskedMass(sentence, low, high);
      mass += sentence.mass;
    }
    return mass > 0 ? covered / (mass + priorMass) : 0;
  };
  return { fr: side(fr, en), en: side(en, fr) };
}

/**
 * How well two claims account for each other, as groupCoverage gives it. When both report speech
 * ("Selon le ministère, …", "Zhang Feng said that …"), also what they say apart from who said it,
 * and the better of the two: two accounts often give one statement to different speakers (the
 * ministry, its spokesman by name), and a shared speaker is still evidence where the rest is said
 * in other words (a denial told as "a nié" and "responded that … untrue"). Frames are compared
 * apart (accountFrames.ts). Each side's coverage mask is found once and serves both scores.
 */
function claimCoverage(fr: SentenceFeatures, en: SentenceFeatures, priorMass: number): PairCoverage {
  const frCovered = coverageMask(fr, [en]);
  const enCovered = coverageMask(en, [fr]);
  const whole = { fr: coveredShare(fr, frCovered, NO_UNITS, priorMass), en: coveredShare(en, enCovered, NO_UNITS, priorMass) };
  const frFrame = attributionUnits(fr);
  const enFrame = attributionUnits(en);
  if (frFrame === null || enFrame === null) return whole;
  const said = { fr: coveredShare(fr, frCovered, frFrame, priorMass), en: coveredShare(en, enCovered, enFrame, priorMass) };
  return pairScore(said) > pairScore(whole) ? said : whole;
}

/** Share of a claim's content that its `covered` units hold, the `left` units counting on neither part of the share. */
function coveredShare(claim: SentenceFeatures, covered: { readonly low: number; readonly high: number }, left: UnitMask, priorMass: number): number {
  const mass = claim.mass - left.mass;
  return mass > 0 ? maskedMass(claim, covered.low & ~left.low, covered.high & ~left.high) / (mass + priorMass) : 0;
}

/** The score of a pair: the mean of its two coverages, so that a short sentence wholly inside a long one still scores. */
export function pairScore(coverage: PairCoverage): number {
  return (coverage.fr + coverage.en) / 2;
}

/** The sentence each claim lies in, on each side; claims of one sentence join each other more easily. */
export interface SentenceOf {
  readonly fr: readonly number[];
  readonly en: readonly number[];
}

interface Candidate {
  readonly fr: number;
  readonly en: number;
  readonly score: number;
  readonly coverage: PairCoverage;
}

/**
 * A linked group as it grows: its row part (one or two neighbouring sentences a side, which can
 * stand in one row) and the sentences that joined it from elsewhere.
 */
interface Group {
  fr: number[];
  en: number[];
  score: number;
  extraFr: number[];
  extraEn: number[];
}

/**
 * Matches two accounts without assuming one order; the beads use every sentence exactly once, in
 * reading order on both sides, and the same inputs always give the same result.
 */
export function matchAccounts(
  fr: readonly SentenceFeatures[],
  en: readonly SentenceFeatures[],
  sentenceOf: SentenceOf | null = null,
  parameters: MatchParameters = DEFAULT_MATCH_PARAMETERS,
  titles: TitleClaims = NO_TITLES,
): Matching {
  const candidates = scoreCandidates(fr, en, parameters, titles);
  const groups = assignGreedily(candidates, fr.length, en.length, parameters);
  joinLeftovers(groups, candidates, fr, en, sentenceOf, parameters);
  attachRepeats(groups, candidates, fr.length, en.length, parameters);
  regroupToNeighbours(groups, fr, en, sentenceOf, parameters, titles);
  return layOut(groups, fr, en, parameters);
}

/** The claims of each side's title (its first paragraph, when that is a heading). */
export interface TitleClaims {
  readonly fr: ReadonlySet<number>;
  readonly en: ReadonlySet<number>;
}

const NO_TITLES: TitleClaims = { fr: new Set(), en: new Set() };

/**
 * Added to the score of a pair of the two titles' claims, and taken from a pair of a title's claim
 * and a claim of the other text's body. Each account's title sums up the same event, so a reader
 * sets the two titles side by side, and the bodies' sentences with each other; without it, each
 * title may take the other's opening sentence, which it sums up ("Measles cases in Europe tripled
 * last year, WHO says" took "Le nombre de cas de rougeole en Europe a triplé l'an dernier,
 * atteignant 127 000 cas", and left "127 000 cas" one-sided). It orders pairs only: a link still
 * needs its words to reach the link threshold.
 */
const TITLE_PRIOR = 0.15;

/** Every candidate pair with its score, best first; ties go to the earlier French, then English, sentence. */
function scoreCandidates(fr: readonly SentenceFeatures[], en: readonly SentenceFeatures[], parameters: MatchParameters, titles: TitleClaims): Candidate[] {
  const postings = new Map<number, number[]>();
  en.forEach((sentence, q) => {
    for (const key of new Set(sentence.keys)) {
      const list = postings.get(key);
      if (list === undefined) postings.set(key, [q]);
      else if (list.length <= POSTING_LIMIT) list.push(q);
    }
  });
  const out: Candidate[] = [];
  // Per English sentence: the weight of the French units it shares, each unit counted once though
  // several of its keys (its cognate, its translations) may meet that sentence; the units seen, as
  // a two-halves mask (a sentence has at most 64).
  const shared = new Map<number, { weight: number; low: number; high: number }>();
  fr.forEach((sentence, p) => {
    shared.clear();
    // One view of the sentence's units for all its keys: each read of `unitOf` makes a new one (features.ts).
    const unitOf = sentence.unitOf;
    sentence.keys.forEach((key, k) => {
      const list = postings.get(key);
      if (list === undefined || list.length > POSTING_LIMIT) return;
      const unit = unitOf[k] as number;
      const weight = unitWeight(sentence, unit);
      for (const q of list) {
        let entry = shared.get(q);
        if (entry === undefined) shared.set(q, (entry = { weight: 0, low: 0, high: 0 }));
        const bit = 1 << (unit & 31);
        if (unit < 32 ? (entry.low & bit) !== 0 : (entry.high & bit) !== 0) continue;
        if (unit < 32) entry.low |= bit;
        else entry.high |= bit;
        entry.weight += weight;
      }
    });
    // What a candidate promises is the score it will get, shared content over each side's own: by
    // shared weight alone, long sentences that repeat the account's common names crowd out a short
    // one that says the same thing ("Officials deny the requirement to ban personal VPN services").
    const estimate = (q: number, weight: number) => weight * (1 / (sentence.mass + parameters.priorMass) + 1 / ((en[q] as SentenceFeatures).mass + parameters.priorMass));
    const chosen = new Set(
      [...shared]
        .map(([q, { weight }]) => [q, estimate(q, weight)] as const)
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .slice(0, INDEX_CANDIDATES)
        .map(([q]) => q),
    );
    const centre = fr.length > 1 ? Math.round((p * (en.length - 1)) / (fr.length - 1)) : 0;
    for (let q = Math.max(0, centre - DIAGONAL_WINDOW); q <= Math.min(en.length - 1, centre + DIAGONAL_WINDOW); q++) chosen.add(q);
    for (const q of chosen) {
      const words = claimCoverage(sentence, en[q] as SentenceFeatures, parameters.priorMass);
      // Two claims whose words say a little of each other and that give one figure two values are one fact told two ways (figureSlots.ts).
      const coverage = pairScore(words) < parameters.link && pairScore(words) >= parameters.slotFloor ? withFigureSlots(sentence, en[q] as SentenceFeatures, words, parameters.priorMass) : words;
      const offset = Math.abs(relativePosition(p, fr.length) - relativePosition(q, en.length));
      const frTitle = titles.fr.has(p);
      const titlePrior = frTitle === titles.en.has(q) ? (frTitle ? TITLE_PRIOR : 0) : -TITLE_PRIOR;
      out.push({ fr: p, en: q, coverage, score: pairScore(coverage) + parameters.diagonal * Math.max(0, 1 - 4 * offset) + titlePrior });
    }
  });
  return out.sort((a, b) => b.score - a.score || a.fr - b.fr || a.en - b.en);
}

function relativePosition(index: number, count: number): number {
  return count > 1 ? index / (count - 1) : 0.5;
}

/** Takes pairs best first while both sentences are free and the pair's coverage reaches the link threshold. */
function assignGreedily(candidates: readonly Candidate[], frCount: number, enCount: number, parameters: MatchParameters): (Group | null)[] {
  const frGroup: (Group | null)[] = new Array<Group | null>(frCount).fill(null);
  const enTaken = new Uint8Array(enCount);
  for (const candidate of candidates) {
    if (pairScore(candidate.coverage) < parameters.link) continue;
    if (frGroup[candidate.fr] !== null || enTaken[candidate.en] === 1) continue;
    frGroup[candidate.fr] = { fr: [candidate.fr], en: [candidate.en], score: candidate.score, extraFr: [], extraEn: [] };
    enTaken[candidate.en] = 1;
  }
  return frGroup;
}

/**
 * A claim left over joins its neighbour's group (the claim just before or after it, on its own
 * side) when the neighbour's counterpart covers it by `join` at least (`joinSibling` when both
 * claims lie in one sentence): the other account said in one sentence what this one says in two.
 */
function joinLeftovers(
  frGroup: (Group | null)[],
  candidates: readonly Candidate[],
  fr: readonly SentenceFeatures[],
  en: readonly SentenceFeatures[],
  sentenceOf: SentenceOf | null,
  parameters: MatchParameters,
): void {
  const enGroup = new Map<number, Group>();
  for (const group of frGroup) if (group) for (const q of group.en) enGroup.set(q, group);
  const coverageOf = new Map<string, PairCoverage>();
  for (const candidate of candidates) coverageOf.set(`${candidate.fr},${candidate.en}`, candidate.coverage);
  const covers = (p: number, q: number) => coverageOf.get(`${p},${q}`) ?? groupCoverage([fr[p] as SentenceFeatures], [en[q] as SentenceFeatures], parameters.priorMass);

  // How much of a claim the other side of a group covers, the whole of it.
  const coveredByGroup = (lang: 'fr' | 'en', claim: number, group: Group) =>
    lang === 'fr'
      ? groupCoverage([fr[claim] as SentenceFeatures], group.en.map((q) => en[q] as SentenceFeatures), parameters.priorMass).fr
      : groupCoverage(group.fr.map((p) => fr[p] as SentenceFeatures), [en[claim] as SentenceFeatures], parameters.priorMass).en;
  // A claim of the same sentence joins a group of any size; another neighbour, only a one-to-one group that covers it well.
  const joins = (lang: 'fr' | 'en', claim: number, neighbour: number, group: Group) => {
    // A bare reporting frame, naming who said it and no occasion, goes with the claim it was cut from,
    // whatever the other side says of it: alone, it would read as a claim only one source makes ("a
    // indiqué la préfecture du Rhône"). A frame that names where or when it was said ("…, a annoncé la
    // compagnie mardi dans un communiqué") stays a claim, for the two accounts' origins (accountFrames.ts).
    if (sentenceOf !== null && sentenceOf[lang][claim] === sentenceOf[lang][neighbour]) {
      const own = (lang === 'fr' ? fr[claim] : en[claim]) as SentenceFeatures;
      return isBareFrame(own.text, lang) || coveredByGroup(lang, claim, group) >= parameters.joinSibling;
    }
    if (group.fr.length > 1 || group.en.length > 1) return false;
    return (lang === 'fr' ? covers(claim, group.en[0] as number).fr : covers(group.fr[0] as number, claim).en) >= parameters.join;
  };

  // French leftovers: the English sentence of a French neighbour's group covers them.
  for (let p = 0; p < fr.length; p++) {
    if (frGroup[p] !== null) continue;
    for (const neighbour of [p - 1, p + 1]) {
      const group = frGroup[neighbour];
      if (!group || !joins('fr', p, neighbour, group)) continue;
      group.fr = [...group.fr, p].sort((a, b) => a - b);
      frGroup[p] = group;
      break;
    }
  }
  // English leftovers: the French sentence of an English neighbour's group covers them.
  for (let q = 0; q < en.length; q++) {
    if (enGroup.has(q)) continue;
    for (const neighbour of [q - 1, q + 1]) {
      const group = enGroup.get(neighbour);
      if (!group || !joins('en', q, neighbour, group)) continue;
      group.en = [...group.en, q].sort((a, b) => a - b);
      enGroup.set(q, group);
      break;
    }
  }
}

/**
 * A claim in a one-to-one link moves to its neighbour's group when that group's other side covers
 * it better than its own counterpart does and takes it in without a lower score: the other account
 * split over two sentences what this claim says at once, and the claim's own link was the best
 * single sentence left, not its counterpart. "Le MIIT a nié avoir interdit aux entreprises de
 * télécommunications … aux particuliers", next to the French sentence on the foreign media's reports,
 * says what "foreign media reported … a ban on personal VPN services" and "the Ministry … responded
 * that … untrue" say together; alone, it had gone to a sentence on the "Ministry of Posts and
 * Telecommunications" that shares its words and none of its claim. The counterpart it leaves is free
 * again. The neighbour lies in another sentence: claims of one sentence were cut apart so that each
 * finds its own counterpart (a reporting frame, the other account's frame). A title and the body's
 * first sentence stay apart too: the title sums up, it is no part of a statement the other account
 * splits. O(C) coverages for C claims.
 */
function regroupToNeighbours(
  frGroup: (Group | null)[],
  fr: readonly SentenceFeatures[],
  en: readonly SentenceFeatures[],
  sentenceOf: SentenceOf | null,
  parameters: MatchParameters,
  titles: TitleClaims,
): void {
  const enGroup: (Group | null)[] = new Array<Group | null>(en.length).fill(null);
  for (const group of frGroup) if (group) for (const q of [...group.en, ...group.extraEn]) enGroup[q] = group;
  const groupOf = { fr: frGroup, en: enGroup };
  const frOf = (indices: readonly number[]) => indices.map((p) => fr[p] as SentenceFeatures);
  const enOf = (indices: readonly number[]) => indices.map((q) => en[q] as SentenceFeatures);
  // A group's whole side: its row part and the claims that joined it from elsewhere.
  const wholeSide = (group: Group, lang: Lang) => (lang === 'fr' ? [...group.fr, ...group.extraFr] : [...group.en, ...group.extraEn]);
  const coverageOf = (frIndices: readonly number[], enIndices: readonly number[]) => groupCoverage(frOf(frIndices), enOf(enIndices), parameters.priorMass);
  // The group's coverage with `claim` added to its `lang` side (none added when null).
  const withClaim = (group: Group, lang: Lang, claim: number | null) => {
    const own = claim === null ? wholeSide(group, lang) : [...wholeSide(group, lang), claim];
    return lang === 'fr' ? coverageOf(own, wholeSide(group, 'en')) : coverageOf(wholeSide(group, 'fr'), own);
  };
  const oneToOne = (group: Group | null): group is Group => group !== null && group.fr.length === 1 && group.en.length === 1 && group.extraFr.length + group.extraEn.length === 0;
  // A neighbour of another sentence, of the same kind (title or body): the claims of one sentence were
  // cut apart so that each finds its own counterpart (a frame its frame), and stay so.
  const apart = (lang: Lang, claim: number, neighbour: number) =>
    (sentenceOf === null || sentenceOf[lang][claim] !== sentenceOf[lang][neighbour]) && titles[lang].has(claim) === titles[lang].has(neighbour);

  // The French claims first, then the English ones, each against the groups as the French left them.
  for (const lang of ['fr', 'en'] as const) {
    const other = lang === 'fr' ? 'en' : 'fr';
    const groups = groupOf[lang];
    for (let claim = 0; claim < groups.length; claim++) {
      const own = groups[claim] ?? null;
      if (!oneToOne(own)) continue;
      const ownCoverage = (lang === 'fr' ? coverageOf([claim], own.en) : coverageOf(own.fr, [claim]))[lang];
      for (const neighbour of [claim - 1, claim + 1]) {
        const group = groups[neighbour];
        if (!group || group === own || !group[lang].includes(neighbour) || !apart(lang, claim, neighbour)) continue;
        const byGroup = (lang === 'fr' ? coverageOf([claim], wholeSide(group, 'en')) : coverageOf(wholeSide(group, 'fr'), [claim]))[lang];
        if (byGroup <= ownCoverage) continue;
        if (pairScore(withClaim(group, lang, claim)) < pairScore(withClaim(group, lang, null))) continue;
        groupOf[other][own[other][0] as number] = null;
        group[lang] = [...group[lang], claim].sort((a, b) => a - b);
        groups[claim] = group;
        break;
      }
    }
  }
}

/** A reporting frame that names no venue, channel or time: who said it, and nothing else to check. */
function isBareFrame(text: string, lang: 'fr' | 'en'): boolean {
  return isReportingFrame(text, lang) && findFrames(text, lang).every((frame) => frame.venue === null && frame.channel === null && frame.when === null);
}

/**
 * A sentence still left over joins the group of its best candidate anywhere on the other side when
 * that candidate covers it by `attach` at least: an account that says a thing twice ("the
 * rectification is to clean up unlicensed operations", then again two paragraphs on) links both
 * places to the one sentence of the other account that says it once.
 */
function attachRepeats(frGroup: (Group | null)[], candidates: readonly Candidate[], frCount: number, enCount: number, parameters: MatchParameters): void {
  const enGroup: (Group | null)[] = new Array<Group | null>(enCount).fill(null);
  for (const group of frGroup) if (group) for (const q of [...group.en, ...group.extraEn]) enGroup[q] = group;
  const frLeft = new Uint8Array(frCount);
  const enLeft = new Uint8Array(enCount);
  frGroup.forEach((group, p) => (frLeft[p] = group === null ? 1 : 0));
  enGroup.forEach((group, q) => (enLeft[q] = group === null ? 1 : 0));
  for (const candidate of candidates) {
    if (frLeft[candidate.fr] === 1 && pairScore(candidate.coverage) >= parameters.attach) {
      const group = enGroup[candidate.en];
      if (group) {
        group.extraFr.push(candidate.fr);
        frGroup[candidate.fr] = group;
        frLeft[candidate.fr] = 0;
      }
    }
    if (enLeft[candidate.en] === 1 && pairScore(candidate.coverage) >= parameters.attach) {
      const group = frGroup[candidate.fr];
      if (group && frLeft[candidate.fr] === 0) {
        group.extraEn.push(candidate.en);
        enGroup[candidate.en] = group;
        enLeft[candidate.en] = 0;
      }
    }
  }
}

/**
 * The groups as rows and findings: the longest chain of groups whose row parts rise on both sides
 * (patience sorting, O(G log G)) stands in the rows; a group off that chain, and the sentences that
 * joined a group from elsewhere, stand alone in the rows and are linked across them.
 */
function layOut(frGroup: readonly (Group | null)[], fr: readonly SentenceFeatures[], en: readonly SentenceFeatures[], parameters: MatchParameters): Matching {
  const groups = [...new Set(frGroup.filter((group): group is Group => group !== null))].sort((a, b) => (a.fr[0] as number) - (b.fr[0] as number));
  const chain = longestIncreasingChain(groups);
  const inChain = new Set(chain);
  const ascending = (values: readonly number[]) => [...values].sort((a, b) => a - b);
  const linked: LinkedGroup[] = groups.map((group) => {
    const frIndices = ascending([...group.fr, ...group.extraFr]);
    const enIndices = ascending([...group.en, ...group.extraEn]);
    const coverage = groupCoverage(
      frIndices.map((p) => fr[p] as SentenceFeatures),
      enIndices.map((q) => en[q] as SentenceFeatures),
      parameters.priorMass,
    );
    return { fr: frIndices, en: enIndices, similarity: pairScore(coverage), moved: !inChain.has(group) || group.extraFr.length + group.extraEn.length > 0 };
  });

  const beads: SentenceBead[] = [];
  let nextFr = 0;
  let nextEn = 0;
  for (const group of chain) {
    for (; nextFr < (group.fr[0] as number); nextFr++) beads.push({ fr: [nextFr], en: [], similarity: 0 });
    for (; nextEn < (group.en[0] as number); nextEn++) beads.push({ fr: [], en: [nextEn], similarity: 0 });
    const coverage = groupCoverage(
      group.fr.map((p) => fr[p] as SentenceFeatures),
      group.en.map((q) => en[q] as SentenceFeatures),
      parameters.priorMass,
    );
    beads.push({ fr: group.fr, en: group.en, similarity: pairScore(coverage) });
    nextFr = (group.fr[group.fr.length - 1] as number) + 1;
    nextEn = (group.en[group.en.length - 1] as number) + 1;
  }
  for (; nextFr < fr.length; nextFr++) beads.push({ fr: [nextFr], en: [], similarity: 0 });
  for (; nextEn < en.length; nextEn++) beads.push({ fr: [], en: [nextEn], similarity: 0 });
  return { beads, groups: linked };
}

/**
 * The longest chain of groups whose French and English sentences both rise; groups come sorted by
 * their first French sentence. Patience sorting on the English side: `tails[k]` is the group ending
 * the best chain of length k + 1 found so far, and `previous` threads each chain back.
 */
function longestIncreasingChain(groups: readonly Group[]): Group[] {
  const tails: number[] = [];
  const previous = new Int32Array(groups.length).fill(-1);
  const first = (group: Group) => group.en[0] as number;
  const last = (group: Group) => group.en[group.en.length - 1] as number;
  const lastFr = (group: Group) => group.fr[group.fr.length - 1] as number;
  groups.forEach((group, index) => {
    // Lower bound: the first chain end that this group cannot follow.
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const tail = groups[tails[mid] as number] as Group;
      if (last(tail) < first(group) && lastFr(tail) < (group.fr[0] as number)) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[index] = tails[lo - 1] as number;
    tails[lo] = index;
  });
  const chain: Group[] = [];
  for (let index = tails.length > 0 ? (tails[tails.length - 1] as number) : -1; index >= 0; index = previous[index] as number) chain.push(groups[index] as Group);
  return chain.reverse();
}
