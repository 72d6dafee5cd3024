/**
 * The short explanation of each automatic finding, written in both languages from the
 * judgement: "Les nombres diffèrent : 12 / 15." and "The numbers differ: 12 / 15.". A match
 * names the facts both sides give; a claim of one source, what the other says closest to it. A
 * date difference the timeline check found carries its evidence: each side's words as written and
 * as understood, and the publication they were read against. French typography puts a no-break
 * space before a colon and a semicolon and uses « » quotes.
 */
import type { Aspect, BilingualNote, FindingKind, Lang, SourceKind } from '../model/types';
import type { AttributionFrame, SettingKind } from './attribution';
import type { AttributionEvidence, Difference, Judgement, SharedFact, TimelineEvidence } from './judgement';
import { weekdayOf, type CalendarDay, type ResolvedDate } from './timeline';

const NBSP = '\u00a0';

const DIFFER: Readonly<Partial<Record<Aspect, { fr: string; en: string }>>> = {
  number: { fr: 'Les nombres diffèrent', en: 'The numbers differ' },
  date: { fr: 'Les dates diffèrent', en: 'The dates differ' },
  actor: { fr: 'Les noms diffèrent', en: 'The names differ' },
  venue: { fr: 'Les lieux diffèrent', en: 'The places differ' },
};

/** The note of a match or a discrepancy; `moved` when the two sides stand at different places in their texts. */
export function noteForJudgement(judgement: Judgement, moved: boolean): BilingualNote {
  if (judgement.kind === 'match') return noteForMatch(judgement.sharedFacts, moved);
  const parts = judgement.differences.map(noteForDifference);
  return { fr: parts.map((part) => part.fr).join(' '), en: parts.map((part) => part.en).join(' ') };
}

/** The lead of a note on two accounts' frames that differ (accountFrames.ts). */
const ACCOUNT_FRAMES: BilingualNote = {
  fr: 'Les deux récits ne donnent pas la même origine à ce qu’ils rapportent.',
  en: 'The two accounts give different origins for what they report.',
};

/** The note of two accounts' frames that differ: a lead that says the finding is about the accounts as wholes, then each difference. */
export function noteForAccountFrames(judgement: Judgement): BilingualNote {
  const differences = noteForJudgement(judgement, false);
  return { fr: `${ACCOUNT_FRAMES.fr} ${differences.fr}`, en: `${ACCOUNT_FRAMES.en} ${differences.en}` };
}

/**
 * The other places where each account gives a date the timeline check found in conflict
 * (datedEvent.ts): "The French source gives that date again: "publiée en janvier"."
 */
export function noteForOtherMentions(dates: Readonly<Record<Lang, readonly string[]>>): BilingualNote {
  const parts = { fr: [] as string[], en: [] as string[] };
  for (const lang of ['fr', 'en'] as const) {
    if (dates[lang].length === 0) continue;
    const frWords = dates[lang].map((text) => `«${NBSP}${text}${NBSP}»`).join(', ');
    const enWords = dates[lang].map((text) => `"${text}"`).join(', ');
    parts.fr.push(`La source ${lang === 'fr' ? 'française' : 'anglaise'} redonne cette date ailleurs${NBSP}: ${frWords}.`);
    parts.en.push(`The ${lang === 'fr' ? 'French' : 'English'} source gives that date again elsewhere: ${enWords}.`);
  }
  return { fr: parts.fr.join(' '), en: parts.en.join(' ') };
}

const SAME: BilingualNote = { fr: 'Les deux sources disent la même chose', en: 'Both sources say the same' };
const ELSEWHERE: BilingualNote = { fr: ', à des endroits différents du texte', en: ', at different places in their texts' };
const SAME_ELSEWHERE: BilingualNote = { fr: `${SAME.fr}${ELSEWHERE.fr}`, en: `${SAME.en}${ELSEWHERE.en}` };

/**
 * A match, with the facts both sides give, each side's words as written and the note's language
 * first: "Both sources say the same: 12 million euros / 12 millions d’euros; Tuesday / mardi."
 * Words written alike on both sides ("2019", "Lyon") are given once. Facts are set apart by
 * semicolons, since a figure or a date may hold a comma ("15,000", "Tuesday, October 3").
 */
function noteForMatch(facts: readonly SharedFact[], moved: boolean): BilingualNote {
  const head = moved ? SAME_ELSEWHERE : SAME;
  if (facts.length === 0) return { fr: `${head.fr}.`, en: `${head.en}.` };
  // Written by a loop, not by lists mapped and joined with closures: every match of a comparison
  // has its note written, and those lists were some 12 MB of garbage at 20,000 sentences a side (sampled).
  let fr = `${head.fr}${NBSP}: `;
  let en = `${head.en}: `;
  for (let index = 0; index < facts.length; index++) {
    const fact = facts[index] as SharedFact;
    const alike = fact.fr === fact.en || fact.fr.toLowerCase() === fact.en.toLowerCase();
    if (index > 0) {
      fr += `${NBSP}; `;
      en += '; ';
    }
    fr += alike ? fact.fr : `${fact.fr} / ${fact.en}`;
    en += alike ? fact.en : `${fact.en} / ${fact.fr}`;
    if (fact.currencies) {
      fr += ' (deux monnaies)';
      en += ' (two currencies)';
    }
  }
  return { fr: period(fr), en: period(en) };
}

/** Ends a note with a full stop, unless its last words bring their own ("6:38 p.m."). */
function period(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}

function noteForDifference(difference: Difference): BilingualNote {
  if (difference.aspect === 'negation') {
    const frenchHasIt = difference.fr.length > 0;
    const words = (frenchHasIt ? difference.fr : difference.en).join(', ');
    return frenchHasIt
      ? { fr: `Seule la source française est négative («${NBSP}${words}${NBSP}»).`, en: `Only the French source is negative ("${words}").` }
      : { fr: `Seule la source anglaise est négative («${NBSP}${words}${NBSP}»).`, en: `Only the English source is negative ("${words}").` };
  }
  if (difference.aspect === 'scope') return noteForScope(difference);
  if (difference.attribution) return noteForAttribution(difference, difference.attribution);
  if (difference.timeline) return noteForTimeline(difference, difference.timeline);
  const wording = DIFFER[difference.aspect] ?? { fr: 'Les sources diffèrent', en: 'The sources differ' };
  const forms = `${difference.fr.join(', ')} / ${difference.en.join(', ')}`;
  return { fr: period(`${wording.fr}${NBSP}: ${forms}`), en: period(`${wording.en}: ${forms}`) };
}

const ONLY: Readonly<Record<Lang, BilingualNote>> = {
  fr: { fr: 'Seule la source française rapporte ceci', en: 'Only the French source reports this' },
  en: { fr: 'Seule la source anglaise rapporte ceci', en: 'Only the English source reports this' },
};

/** The words around a quote of the other source, by that source's language, in each note's language. */
const CLOSEST: Readonly<Record<Lang, Readonly<Record<Lang, readonly [before: string, after: string]>>>> = {
  fr: { fr: [`${NBSP}; le passage le plus proche de la source française est «${NBSP}`, `${NBSP}»`], en: ['; the closest the French source comes is "', '"'] },
  en: { fr: [`${NBSP}; le passage le plus proche de la source anglaise est «${NBSP}`, `${NBSP}»`], en: ['; the closest the English source comes is "', '"'] },
};

/**
 * The note of a claim only the `lang` source has; `closest` is what the other source says nearest
 * to it, when that shares any content, quoted from its start: "Only the English source reports
 * this; the closest the French source comes is "Le conseil a voté le budget…"."
 */
export function noteForOneSided(lang: Lang, closest: string | null = null): BilingualNote {
  if (closest === null) return { fr: `${ONLY[lang].fr}.`, en: `${ONLY[lang].en}.` };
  const words = quoteStart(closest);
  const [frBefore, frAfter] = CLOSEST[otherLang(lang)].fr;
  const [enBefore, enAfter] = CLOSEST[otherLang(lang)].en;
  return { fr: `${ONLY[lang].fr}${frBefore}${words}${frAfter}.`, en: `${ONLY[lang].en}${enBefore}${words}${enAfter}.` };
}

function otherLang(lang: Lang): Lang {
  return lang === 'fr' ? 'en' : 'fr';
}

/** Quote this many characters of a claim at most: enough to find it, the finding's texts hold the rest. */
const QUOTE_LENGTH = 60;

/**
 * The start of a claim, on one line, cut at a word before QUOTE_LENGTH with "…", or whole without
 * its closing full stop (the note brings its own); "p.m." and "U.S." keep theirs.
 */
function quoteStart(text: string): string {
  const words = text.replace(/\s+/g, ' ').trim();
  if (words.length <= QUOTE_LENGTH) return words.replace(/(?<!\.\p{L})\.$/u, '');
  const space = words.lastIndexOf(' ', QUOTE_LENGTH - 1);
  const cut = space >= QUOTE_LENGTH / 2 ? words.slice(0, space) : words.slice(0, QUOTE_LENGTH - 1);
  return `${cut.replace(/[\s,;:.«"“(–—-]+$/u, '')}…`;
}

/**
 * Whether `text` is a note the engine writes for a finding of `kind` in `lang`: the sentence that
 * says the kind, with or without the evidence it names (the facts a match rests on, the words of
 * the other source closest to a one-sided claim). Such a note stands or falls with the kind. None
 * for a discrepancy, whose note is a reading of the texts.
 */
export function isNoteForKind(kind: FindingKind, lang: Lang, text: string): boolean {
  switch (kind) {
    case 'match':
      return MATCH_NOTE[lang].test(text);
    case 'only-fr':
      return ONE_SIDED_NOTE.fr[lang].test(text);
    case 'only-en':
      return ONE_SIDED_NOTE.en[lang].test(text);
    case 'discrepancy':
      return false;
  }
}

const MATCH_NOTE: Readonly<Record<Lang, RegExp>> = {
  fr: new RegExp(`^${escape(SAME.fr)}(?:${escape(ELSEWHERE.fr)})?(?:${NBSP}: .+)?\\.$`, 'u'),
  en: new RegExp(`^${escape(SAME.en)}(?:${escape(ELSEWHERE.en)})?(?:: .+)?\\.$`, 'u'),
};

/** By the language of the source that has the claim, then by the note's language. */
const ONE_SIDED_NOTE: Readonly<Record<Lang, Readonly<Record<Lang, RegExp>>>> = {
  fr: { fr: oneSidedPattern('fr', 'fr'), en: oneSidedPattern('fr', 'en') },
  en: { fr: oneSidedPattern('en', 'fr'), en: oneSidedPattern('en', 'en') },
};

function oneSidedPattern(lang: Lang, noteLang: Lang): RegExp {
  const [before, after] = CLOSEST[otherLang(lang)][noteLang];
  return new RegExp(`^${escape(ONLY[lang][noteLang])}(?:${escape(before)}.+${escape(after)})?\\.$`, 'u');
}

function escape(words: string): string {
  return words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Cut an extra stretch to this many characters in a note: the quotes are in the finding anyway. */
const EXTRA_LENGTH = 60;

/** A partial overlap: which source says more, and what, quoted as written. */
function noteForScope(difference: Difference): BilingualNote {
  const frenchSaysMore = difference.saysMore === 'fr';
  const own = (frenchSaysMore ? difference.fr : difference.en).map((words) => (words.length > EXTRA_LENGTH ? `${words.slice(0, EXTRA_LENGTH - 1)}…` : words));
  const other = (frenchSaysMore ? difference.en : difference.fr).slice(0, 3);
  const list = (quote: (words: string) => string, items: readonly string[]) => items.map(quote).join(', ');
  const frQuote = (words: string) => `«${NBSP}${words}${NBSP}»`;
  const enQuote = (words: string) => `"${words}"`;
  const frHead = frenchSaysMore ? 'La source française en dit plus' : 'La source anglaise en dit plus';
  const enHead = frenchSaysMore ? 'The French source says more' : 'The English source says more';
  const frTail = other.length > 0 ? ` ; l’autre a en propre ${list(frQuote, other)}.` : '.';
  const enTail = other.length > 0 ? `; the other has ${list(enQuote, other)} of its own.` : '.';
  if (own.length === 0) return { fr: `${frHead}${frTail}`, en: `${enHead}${enTail}` };
  return { fr: `${frHead}${NBSP}: ${list(frQuote, own)}${frTail}`, en: `${enHead}: ${list(enQuote, own)}${enTail}` };
}

const MONTH_NAMES: Readonly<Record<Lang, readonly string[]>> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** Monday first, as dates.ts and timeline.ts number weekdays from 1. */
const WEEKDAY_NAMES: Readonly<Record<Lang, readonly string[]>> = {
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

/** What was published, as a note names it: "in an article of 14 July 2017", "dans un billet du 5 mai 2020". */
const PUBLISHED_IN: Readonly<Record<Lang, Readonly<Record<SourceKind | 'unknown', string>>>> = {
  fr: { 'news-article': 'dans un article du', 'blog-press-conference': 'dans un billet du', unknown: 'dans une source publiée le' },
  en: { 'news-article': 'in an article of', 'blog-press-conference': 'in a post of', unknown: 'in a source published on' },
};

/**
 * A date difference the timeline check found, side by side: "The dates differ. French: "en
 * janvier", in an article of 14 July 2017, so January 2017; English: "in January this year", in a
 * post of 5 May 2020, so January 2020." Forms of the difference outside the resolved dates (a time
 * of day) follow.
 */
function noteForTimeline(difference: Difference, timeline: { fr: TimelineEvidence; en: TimelineEvidence }): BilingualNote {
  const side = (evidence: TimelineEvidence): BilingualNote => ({ fr: sideOfTimeline(evidence, 'fr'), en: sideOfTimeline(evidence, 'en') });
  const frSide = side(timeline.fr);
  const enSide = side(timeline.en);
  const resolvedTexts = new Set([...timeline.fr.dates, ...timeline.en.dates].map((date) => date.text));
  const rest = { fr: difference.fr.filter((form) => !resolvedTexts.has(form)), en: difference.en.filter((form) => !resolvedTexts.has(form)) };
  const restForms = `${rest.fr.join(', ')} / ${rest.en.join(', ')}`;
  const hasRest = rest.fr.length > 0 || rest.en.length > 0;
  return {
    fr: period(`Les dates diffèrent. Source française${NBSP}: ${frSide.fr}${NBSP}; source anglaise${NBSP}: ${enSide.fr}.${hasRest ? ` Aussi${NBSP}: ${restForms}` : ''}`),
    en: period(`The dates differ. French: ${frSide.en}; English: ${enSide.en}.${hasRest ? ` Also: ${restForms}` : ''}`),
  };
}

/** One side's dates in the note's language: each as written and as understood, the publication named at the first relative one. */
function sideOfTimeline(evidence: TimelineEvidence, lang: Lang): string {
  const { publication } = evidence;
  // The publication's weekday helps only a reader who must count back from it to a weekday.
  const countsWeekdays = evidence.dates.some((date) => date.grain === 'day' && (date.rule === 'weekday' || date.rule === 'last-named' || date.rule === 'next-named'));
  let named = false;
  const parts = evidence.dates.map((date) => {
    const written = lang === 'fr' ? `«${NBSP}${date.text}${NBSP}»` : `"${date.text}"`;
    const value = formatDate(date, lang);
    if (date.rule === 'written' || publication === null) return lang === 'fr' ? `${written}, soit ${value}` : `${written}, that is ${value}`;
    const published = named ? '' : `, ${PUBLISHED_IN[lang][publication.kind ?? 'unknown']} ${formatDay(publication.day, lang, countsWeekdays)}`;
    named = true;
    return `${written}${published}, ${lang === 'fr' ? 'donc' : 'so'} ${value}${stillToCome(date, publication.day, lang)}`;
  });
  return parts.join(lang === 'fr' ? ', et ' : ', and ');
}

/** Why a month after the publication's went back a year: that month had not yet come. */
function stillToCome(date: ResolvedDate, published: CalendarDay, lang: Lang): string {
  if (date.rule !== 'month-last-year' || date.month === null) return '';
  const month = MONTH_NAMES[lang][date.month - 1] as string;
  return lang === 'fr' ? ` (${month} ${published.year} était encore à venir)` : ` (${month} ${published.year} was yet to come)`;
}

/** A resolved date at its grain: "January 2017", "mercredi 12 juillet 2017" (with "le" in French), "2017". */
function formatDate(date: ResolvedDate, lang: Lang): string {
  if (date.month === null) return String(date.year);
  const month = MONTH_NAMES[lang][date.month - 1] as string;
  if (date.day === null) return `${month} ${date.year}`;
  return `${lang === 'fr' ? 'le ' : ''}${formatDay({ year: date.year, month: date.month, day: date.day }, lang, true)}`;
}

/** A day as each language writes it: "Wednesday 12 July 2017", "mercredi 1er juillet 2017". */
function formatDay(day: CalendarDay, lang: Lang, withWeekday: boolean): string {
  const weekday = withWeekday ? `${WEEKDAY_NAMES[lang][weekdayOf(day) - 1] as string} ` : '';
  const dayOfMonth = lang === 'fr' && day.day === 1 ? '1er' : String(day.day);
  return `${weekday}${dayOfMonth} ${MONTH_NAMES[lang][day.month - 1] as string} ${day.year}`;
}

/** What each kind of venue or channel is called in a note. */
const SETTING_NAMES: Readonly<Record<Lang, Readonly<Record<Exclude<SettingKind, 'unknown'>, string>>>> = {
  fr: { 'press-conference': 'une conférence de presse', statement: 'un communiqué', 'news-outlet': 'un média ou un entretien', parliament: 'un parlement ou une audition', 'social-media': 'un réseau social' },
  en: { 'press-conference': 'a press conference', statement: 'a statement', 'news-outlet': 'a news outlet or interview', parliament: 'a parliament or hearing', 'social-media': 'a social network' },
};

/** Cut a frame's words to about this many characters, at a word: the finding quotes them whole. */
const FRAME_QUOTE_LENGTH = 60;

/**
 * A difference of who said it or where (attribution.ts), each side's frame as written: "Where it
 * was said differs. French: "le ministère", "au média d'information national thepaper.cn" (a
 * news outlet or interview), "mercredi"; English: …". A speaker difference names the speakers; a
 * venue difference names the speakers too, as context, unless they differ in a note of their own.
 */
function noteForAttribution(difference: Difference, evidence: AttributionEvidence): BilingualNote {
  const speakerOnly = difference.aspect === 'actor';
  const withSpeaker = speakerOnly || !evidence.speakersDiffer;
  const side = (frame: AttributionFrame, lang: Lang) => frameAsWritten(frame, lang, { speaker: withSpeaker, rest: !speakerOnly });
  const head = speakerOnly ? { fr: 'L’auteur de la déclaration diffère.', en: 'Who said it differs.' } : { fr: 'Le lieu de la déclaration diffère.', en: 'Where it was said differs.' };
  return {
    fr: `${head.fr} Source française${NBSP}: ${side(evidence.fr, 'fr')}${NBSP}; source anglaise${NBSP}: ${side(evidence.en, 'fr')}.`,
    en: `${head.en} French: ${side(evidence.fr, 'en')}; English: ${side(evidence.en, 'en')}.`,
  };
}

/** One frame's words in a note's language: the speaker, the venue and the channel with their kinds when read with certainty, the time. */
function frameAsWritten(frame: AttributionFrame, lang: Lang, parts: { speaker: boolean; rest: boolean }): string {
  const quote = (text: string) => {
    const space = text.lastIndexOf(' ', FRAME_QUOTE_LENGTH - 1);
    const cut = text.length > FRAME_QUOTE_LENGTH ? `${text.slice(0, space > 0 ? space : FRAME_QUOTE_LENGTH - 1).replace(/[\s,;:]+$/, '')}…` : text;
    return lang === 'fr' ? `«${NBSP}${cut}${NBSP}»` : `"${cut}"`;
  };
  const words: string[] = [];
  if (parts.speaker && frame.speaker) words.push(quote(frame.speaker.text));
  if (parts.rest) {
    for (const setting of [frame.venue, frame.channel]) {
      // A kind read from a loose word ("un message", a web address) is not named: the words say what they say.
      if (setting) words.push(setting.kind === 'unknown' || !setting.sure ? quote(setting.text) : `${quote(setting.text)} (${SETTING_NAMES[lang][setting.kind]})`);
    }
    if (frame.when) words.push(quote(frame.when.text));
  }
  return words.join(', ');
}
