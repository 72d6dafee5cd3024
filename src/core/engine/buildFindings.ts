/**
 * The findings of an automatic comparison, from a matching: each linked group judged (judge.ts),
 * explained (notes.ts) and given a confidence (confidence.ts); each claim in no group a one-sided
 * finding, neighbouring one-sided claims of one paragraph joined into one, its note quoting the
 * claim of the other source that comes closest (closestCounterpart.ts) when that claim shares any
 * content. Findings come in the
 * French text's reading order, English-only ones where the rows put them. Linear in the claims.
 */
import type { Aspect, BilingualNote, Lang, Range, Finding, Source, Span } from '../model/types';
import type { SentenceBead } from './alignSentences';
import type { ClaimSplit } from './claimUnits';
import { phraseStretch, withBareEdges } from './extraStretch';
import { compareAccountFrames, type AccountFrameDifference } from './accountFrames';
import { closestCounterpart, type Counterpart } from './closestCounterpart';
import { DatedClaims, type DatedMention } from './datedEvent';
import { findingConfidence, linkConfidence, oneSidedConfidence } from './confidence';
import type { SentenceFeatures } from './features';
import { claimsFreeOfDifferences, judgeGroup, linkDiffers } from './judge';
import type { Difference, Judgement } from './judgement';
import { findSharedFacts } from './sharedFacts';
import type { LinkedGroup, Matching } from './matching';
import { noteForAccountFrames, noteForJudgement, noteForOneSided, noteForOtherMentions } from './notes';
import type { ScoredSentenceBead } from './paragraphBeads';
import { readPublication } from './timeline';

/** A link between a French and an English claim, by claim index. */
export interface ClaimLink {
  readonly fr: number;
  readonly en: number;
  readonly label: 'match' | 'discrepancy';
  /** True when the link crosses others: one source moved the passage. */
  readonly moved: boolean;
}

/** What the findings step needs besides the matching. */
export interface FindingInput {
  readonly sources: Readonly<Record<Lang, Source>>;
  readonly claims: Readonly<Record<Lang, ClaimSplit>>;
  readonly features: { readonly fr: readonly SentenceFeatures[]; readonly en: readonly SentenceFeatures[] };
  /** Whether linked claims may say different things in part (two accounts written apart), or not (a translation). */
  readonly partial: boolean;
  /** Hears the share of rows done, 0 to 1. */
  readonly onRow?: (share: number) => void;
}

export interface Findings {
  readonly findings: readonly Finding[];
  readonly links: readonly ClaimLink[];
  /** The rows with the confidence of the group each holds, for the paragraph beads. */
  readonly rows: readonly ScoredSentenceBead[];
}

/** The quote of a stretch of a text, without the spaces and punctuation at its ends; null when no letter or figure is left. */
function quoted(text: string, start: number, end: number): Span | null {
  let from = start;
  let to = end;
  while (from < to && /[\s,;:.]/u.test(text[from] ?? '')) from++;
  while (to > from && /[\s,;:]/u.test(text[to - 1] ?? '')) to--;
  return /[\p{L}\d]/u.test(text.slice(from, to)) ? { start: from, end: to, quote: text.slice(from, to) } : null;
}

/** Fewest words a stretch one side adds must hold to stand as a one-sided claim. */
const MIN_EXTRA_WORDS = 3;

/** Rows between two progress reports. */
const PROGRESS_ROWS = 512;

/** Judges every group of a matching and lists every claim left alone. */
export function buildFindings({ beads, groups }: Matching, input: FindingInput): Findings {
  const { fr, en } = input.features;
  const findings: Finding[] = [];
  const links: ClaimLink[] = [];
  const rows: ScoredSentenceBead[] = [];
  const quote = (lang: Lang, indices: readonly number[]): Span[] =>
    indices.map((index) => {
      const [start, end] = input.claims[lang].ranges[index] as Range;
      return { start, end, quote: input.sources[lang].text.slice(start, end) };
    });
  // The group of each claim, by its index in `groups` (-1: none), in arrays indexed by claim rather
  // than maps: at 20,000 sentences a side, filling two maps and asking them of every claim was some
  // 20 ms of a profile of the run.
  const groupOf = { fr: new Int32Array(fr.length).fill(-1), en: new Int32Array(en.length).fill(-1) };
  groups.forEach((group, index) => {
    for (const p of group.fr) groupOf.fr[p] = index;
    for (const q of group.en) groupOf.en[q] = index;
  });

  // Each side's relative dates ("mercredi", "this year") are read against its own publication day.
  const publications = { fr: readPublication(input.sources.fr), en: readPublication(input.sources.en) };
  // Two accounts written apart may report the same statements from different occasions: their frames are compared as wholes.
  const frames = input.partial ? compareAccountFrames(input.features, groups, publications) : null;
  const addAccountFrames = (found: AccountFrameDifference): void => {
    const similarity = groups.reduce((sum, group) => sum + group.similarity, 0) / groups.length;
    const finding = judgedFinding(`a${findings.length + 1}`, found.judgement, quote('fr', [found.fr]), quote('en', [found.en]), findingConfidence(found.judgement, similarity), true);
    findings.push({ ...finding, note: noteForAccountFrames(found.judgement) });
    links.push({ fr: found.fr, en: found.en, label: 'discrepancy', moved: true });
  };
  const addJudged = (group: LinkedGroup): void => {
    const groupFeatures = { fr: group.fr.map((p) => fr[p] as SentenceFeatures), en: group.en.map((q) => en[q] as SentenceFeatures) };
    const judgement = judgeGroup(groupFeatures.fr, groupFeatures.en, input.partial, publications);
    const saysMore = sayingMore(judgement);
    if (saysMore === null) {
      pushGroupLinks(links, group, (frPosition, enPosition) => linkDiffers(judgement, frPosition, enPosition));
      addSplitAtDifferences(group, judgement, groupFeatures);
      return;
    }
    // One side says more than the other, and nothing the two give differs: what they share is a
    // match, and the stretch only one gives is a claim of its own, not a discrepancy (issue 11).
    // The match quotes the claims around the stretch, so that no word is quoted by both.
    const { lang, stretch } = saysMore;
    const claimIndex = group[lang][stretch.sentence] as number;
    const claim = input.claims[lang].ranges[claimIndex] as Range;
    const text = input.sources[lang].text;
    const raw = { start: claim[0] + stretch.start, end: claim[0] + stretch.end };
    // A word or two the other side lacks ("Chine : aucune") is wording, not a claim a reader would
    // check; a figure ("in 1985") is one, however short.
    const rawText = text.slice(raw.start, raw.end);
    const isWording = (rawText.match(/\p{L}+/gu)?.length ?? 0) < MIN_EXTRA_WORDS && !/\d/.test(rawText);
    // The words one side adds are quoted from where a phrase starts to where it ends, when such
    // places lie near ("au média d'information national thepaper.cn", not "national thepaper.cn").
    const [addedStart, addedEnd] = withBareEdges(text, lang, claim, (isWording ? null : phraseStretch(text, lang, claim, [raw.start, raw.end])) ?? [raw.start, raw.end]);
    const added = { start: addedStart, end: addedEnd, quote: text.slice(addedStart, addedEnd) };
    const shared: Judgement = { kind: 'match', differences: [], partialProbability: null, sharedFacts: findSharedFacts(groupFeatures.fr, groupFeatures.en, publications) };
    const around = [quoted(text, claim[0], added.start), quoted(text, added.end, claim[1])].filter((part): part is Span => part !== null);
    // A stretch that is its whole claim stands alone when the group has other claims on that side to carry the match.
    const standsAlone = !isWording && (around.length > 0 || group[lang].length > 1);
    // The links say what the findings say: a side that says more differs; wording does not.
    pushGroupLinks(links, group, () => standsAlone);
    const sharedQuotes = (side: Lang) => group[side].flatMap((index) => (standsAlone && side === lang && index === claimIndex ? around : quote(side, [index])));
    findings.push(judgedFinding(`a${findings.length + 1}`, shared, sharedQuotes('fr'), sharedQuotes('en'), linkConfidence(group.similarity), group.moved));
    if (!standsAlone) return;
    const otherSide = lang === 'fr' ? groupFeatures.en : groupFeatures.fr;
    const note = noteForOneSided(lang, otherSide.map((sentence) => sentence.text).join(' '));
    findings.push(oneSidedFinding(`a${findings.length + 1}`, lang, [added], note, (judgement.partialProbability ?? 0.5) * linkConfidence(group.similarity)));
  };

  // Dates the timeline check finds in conflict, with the finding that says so (it is pushed next).
  const timelineConflicts: { finding: number; group: LinkedGroup; difference: Difference }[] = [];
  const noteTimeline = (group: LinkedGroup, judgement: Judgement): void => {
    for (const difference of judgement.differences) if (difference.timeline) timelineConflicts.push({ finding: findings.length, group, difference });
  };
  // Every other mention of an event the two accounts date differently is part of the discrepancy (datedEvent.ts).
  const addMentionsOfDatedEvents = (): void => {
    const dated = { fr: new DatedClaims(fr, publications.fr), en: new DatedClaims(en, publications.en) };
    for (const { finding, group, difference } of timelineConflicts) {
      const timeline = difference.timeline as NonNullable<Difference['timeline']>;
      const holding = { fr: difference.frSentences.map((position) => group.fr[position] as number), en: difference.enSentences.map((position) => group.en[position] as number) };
      const mentions = {
        fr: dated.fr.mentionsOf(holding.fr, timeline.fr.dates, new Set(group.fr)),
        en: dated.en.mentionsOf(holding.en, timeline.en.dates, new Set(group.en)),
      };
      if (mentions.fr.length + mentions.en.length === 0) continue;
      const before = findings[finding] as Finding;
      const inOrder = (spans: Span[]) => spans.sort((a, b) => a.start - b.start);
      const claimsOf = (list: readonly DatedMention[]) => list.map((mention) => mention.claim);
      const also = noteForOtherMentions({ fr: mentions.fr.map((mention) => mention.date.text), en: mentions.en.map((mention) => mention.date.text) });
      findings[finding] = {
        ...before,
        fr: inOrder([...before.fr, ...quote('fr', claimsOf(mentions.fr))]),
        en: inOrder([...before.en, ...quote('en', claimsOf(mentions.en))]),
        note: { fr: `${before.note.fr} ${also.fr}`, en: `${before.note.en} ${also.en}` },
      };
      for (const p of claimsOf(mentions.fr)) for (const q of holding.en) links.push({ fr: p, en: q, label: 'discrepancy', moved: true });
      for (const q of claimsOf(mentions.en)) for (const p of holding.fr) links.push({ fr: p, en: q, label: 'discrepancy', moved: true });
    }
  };

  // A discrepancy quotes the claims that hold what differs; claims of the group that hold none of it
  // say the same as the other side, and are a match of their own, quoted with the other side's claims
  // that are free too (or all of them, when every claim there holds a difference).
  const addSplitAtDifferences = (group: LinkedGroup, judgement: Judgement, groupFeatures: { fr: SentenceFeatures[]; en: SentenceFeatures[] }): void => {
    const free = claimsFreeOfDifferences(judgement, group.fr.length, group.en.length);
    const confidence = findingConfidence(judgement, group.similarity);
    noteTimeline(group, judgement);
    if (free.fr.length + free.en.length === 0 || free.fr.length === group.fr.length || free.en.length === group.en.length) {
      findings.push(judgedFinding(`a${findings.length + 1}`, judgement, quote('fr', group.fr), quote('en', group.en), confidence, group.moved));
      return;
    }
    const pick = <T,>(all: readonly T[], positions: readonly number[]) => positions.map((position) => all[position] as T);
    const held = (all: readonly number[], freePositions: readonly number[]) => all.filter((_, position) => !freePositions.includes(position));
    const matchPositions = { fr: free.fr.length > 0 ? free.fr : group.fr.map((_, position) => position), en: free.en.length > 0 ? free.en : group.en.map((_, position) => position) };
    const shared: Judgement = {
      kind: 'match',
      differences: [],
      partialProbability: null,
      sharedFacts: findSharedFacts(pick(groupFeatures.fr, matchPositions.fr), pick(groupFeatures.en, matchPositions.en), publications),
    };
    findings.push(judgedFinding(`a${findings.length + 1}`, judgement, quote('fr', held(group.fr, free.fr)), quote('en', held(group.en, free.en)), confidence, group.moved));
    findings.push(judgedFinding(`a${findings.length + 1}`, shared, quote('fr', pick(group.fr, matchPositions.fr)), quote('en', pick(group.en, matchPositions.en)), linkConfidence(group.similarity), group.moved));
  };

  // A run of one-sided claims, with the claim of the other source that comes closest to any of them, if it shares anything.
  let run: { lang: Lang; paragraph: number; indices: number[]; confidence: number[]; closest: Counterpart | null } | null = null;
  const closeRun = () => {
    if (!run) return;
    const { lang, indices, confidence, closest } = run;
    const other = lang === 'fr' ? en : fr;
    const note = noteForOneSided(lang, closest ? (other[closest.index] as SentenceFeatures).text : null);
    findings.push(oneSidedFinding(`a${findings.length + 1}`, lang, quote(lang, indices), note, Math.min(...confidence)));
    run = null;
  };
  const addOneSided = (lang: Lang, index: number, position: number) => {
    const paragraph = input.claims[lang].paragraphOf[index] as number;
    if (run && (run.lang !== lang || run.paragraph !== paragraph)) closeRun();
    run ??= { lang, paragraph, indices: [], confidence: [], closest: null };
    const otherLang = lang === 'fr' ? 'en' : 'fr';
    const closest = closestCounterpart(input.features[lang][index] as SentenceFeatures, nearby(beads, position, otherLang), input.features[otherLang]);
    run.indices.push(index);
    run.confidence.push(oneSidedConfidence(closest?.covered ?? 0, input.partial));
    // Only a claim that shares some content is worth quoting: one that shares none is a neighbour, not a near miss.
    if (closest !== null && closest.covered > (run.closest?.covered ?? 0)) run.closest = closest;
  };

  beads.forEach((bead, position) => {
    if (input.onRow && position % PROGRESS_ROWS === PROGRESS_ROWS - 1) input.onRow(position / beads.length);
    for (const p of bead.fr) {
      const at = groupOf.fr[p] as number;
      if (at === -1) addOneSided('fr', p, position);
      else if ((groups[at] as LinkedGroup).fr[0] === p) {
        closeRun(); // a group is met at its first French claim
        addJudged(groups[at] as LinkedGroup);
      }
    }
    if (frames && bead.fr.includes(frames.fr)) {
      closeRun();
      addAccountFrames(frames);
    }
    for (const q of bead.en) {
      if (groupOf.en[q] === -1) addOneSided('en', q, position);
    }
    const rowGroup = bead.fr.length > 0 && bead.en.length > 0 ? (groupOf.fr[bead.fr[0] as number] as number) : -1;
    // Written out, not spread: a spread of each bead took V8's generic copy, some 13 ms at 20,000 sentences a side (profiled).
    rows.push({ fr: bead.fr, en: bead.en, similarity: bead.similarity, confidence: rowGroup !== -1 ? linkConfidence((groups[rowGroup] as LinkedGroup).similarity) : 0.5 });
  });
  closeRun();
  addMentionsOfDatedEvents();
  return { findings, links, rows };
}

/**
 * Links every French claim of a group with every English one, each a discrepancy when `differs`
 * says so of their positions in the group. By loops: every group has its links pushed, and the
 * closures that nested calls of forEach made for each of its claims were garbage.
 */
function pushGroupLinks(links: ClaimLink[], group: LinkedGroup, differs: (frPosition: number, enPosition: number) => boolean): void {
  for (let frPosition = 0; frPosition < group.fr.length; frPosition++) {
    for (let enPosition = 0; enPosition < group.en.length; enPosition++) {
      links.push({ fr: group.fr[frPosition] as number, en: group.en[enPosition] as number, label: differs(frPosition, enPosition) ? 'discrepancy' : 'match', moved: group.moved });
    }
  }
}

/** The side that says more and its stretch, when a group's only difference is that one side says more; else null. */
function sayingMore(judgement: Judgement): { lang: Lang; stretch: NonNullable<Difference['stretch']> } | null {
  // Read by index, not destructured with a rest: that made a list of the others for every group.
  const only = judgement.differences[0];
  if (!only || judgement.differences.length > 1 || only.aspect !== 'scope' || !only.stretch || !only.saysMore) return null;
  return { lang: only.saysMore, stretch: only.stretch };
}

function oneSidedFinding(id: string, lang: Lang, spans: Span[], note: BilingualNote, confidence: number): Finding {
  return {
    id,
    kind: lang === 'fr' ? 'only-fr' : 'only-en',
    fr: lang === 'fr' ? spans : [],
    en: lang === 'en' ? spans : [],
    aspects: [],
    note,
    origin: 'automatic',
    confidence: round(confidence),
    status: 'automatic',
  };
}

function judgedFinding(id: string, judgement: Judgement, fr: Span[], en: Span[], confidence: number, moved: boolean): Finding {
  // A match has no difference, and most discrepancies one: a set is made only for more.
  const { differences } = judgement;
  const aspects: Aspect[] = differences.length < 2 ? differences.map((difference) => difference.aspect) : [...new Set(differences.map((difference) => difference.aspect))];
  return { id, kind: judgement.kind, fr, en, aspects, note: noteForJudgement(judgement, moved), origin: 'automatic', confidence: round(confidence), status: 'automatic' };
}

/** Claims of the other side near a one-sided row: those of the two rows before and after it. */
function nearby(beads: readonly SentenceBead[], position: number, side: Lang): number[] {
  return beads.slice(Math.max(0, position - 2), position + 3).flatMap((bead) => bead[side]);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
