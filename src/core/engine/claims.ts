/**
 * Claims, not sentences: a sentence of an account often joins two things a reader would check
 * apart ("there is no official statement …, and the reports are therefore wrong, the ministry told
 * thepaper.cn on Wednesday"). Each claim keeps exact offsets into the text, so that the reading
 * view and every export quote it as they quote a sentence.
 *
 * Method: a sentence is cut at clause boundaries that both languages mark on the surface —
 *   - a semicolon, or a colon followed by a space;
 *   - a comma followed by a coordinating conjunction and a new subject ("…, et les informations",
 *     "…, and the reports", "…, but it", "…, tandis que …", "…, while …");
 *   - a reporting frame after a comma at the end ("…, a déclaré le ministère mercredi", "…, said
 *     Zhang Feng") or a "said that" / "a déclaré que" between frame and content;
 *   - a comma before a participle of saying or judging ("…, blaming a drop in vaccination",
 *     "…, estimant que …"), which gives a claim of its own.
 * A piece shorter than MIN_CLAIM characters or MIN_WORDS words joins its neighbour: a claim must
 * be worth checking on its own. Linear in the length of the sentence.
 */
import type { Lang, Range } from '../model/types';

/** Shortest claim, in characters, and in words: shorter pieces join a neighbour. */
const MIN_CLAIM = 30;
const MIN_WORDS = 4;

/** A word that starts a new subject after a coordinating conjunction. */
const SUBJECT: Readonly<Record<Lang, string>> = {
  fr: "(?:les?|la|l['’]|il|elle|ils|elles|on|ce|cette|ces|cet|un|une|des|son|sa|ses|leur|leurs|nous|[A-ZÉÈÀ][\\p{L}-]+)",
  en: '(?:the|a|an|it|he|she|they|we|this|these|those|his|her|their|its|[A-Z][\\p{L}-]+)',
};

const CONJUNCTION: Readonly<Record<Lang, string>> = {
  fr: '(?:et|mais|tandis que|alors que|car)',
  en: '(?:and|but|while|whereas)',
};

/** Verbs of saying in a trailing frame, in the forms a news text uses. */
const FRAME_VERB: Readonly<Record<Lang, string>> = {
  fr: '(?:a|ont|avait|avaient)\\s+(?:déclaré|précisé|ajouté|indiqué|affirmé|souligné|expliqué|annoncé|assuré|estimé|rappelé|confirmé|nié)',
  en: '(?:said|says|told|added|stated|explained|announced|noted|confirmed|denied)',
};

/**
 * A frame that closes its sentence, as patterns to anchor: the verb first ("a déclaré la capitainerie
 * mardi", "said Zhang Feng"; a frame is short: a verb of saying, who, when, to whom), or, in English,
 * the speaker first ("the seismological office said on Wednesday"), but not before "that", which
 * opens the content. `\\b` is ASCII-only, so a space ends the verb.
 */
const VERB_FIRST_FRAME: Readonly<Record<Lang, string>> = {
  fr: `${FRAME_VERB.fr}\\s(?:[^,;:\\s]+\\s+){0,12}[^,;:\\s]+\\s*`,
  en: `${FRAME_VERB.en}\\s(?:[^,;:\\s]+\\s+){0,12}[^,;:\\s]+\\s*`,
};
const SPEAKER_FIRST_FRAME = `(?:[^,;:\\s]+\\s+){1,8}${FRAME_VERB.en}(?:\\s+(?!that\\b)[^,;:\\s]+){0,6}\\s*[.!?"”’]*\\s*`;

/** Where a frame starts after a comma and runs to the sentence's end; the whole of a claim that is only a frame. */
const CUT_BEFORE_FRAME: Readonly<Record<Lang, RegExp>> = {
  fr: new RegExp(`,\\s+(?=${VERB_FIRST_FRAME.fr}$)`, 'gu'),
  en: new RegExp(`,\\s+(?=(?:${VERB_FIRST_FRAME.en}|${SPEAKER_FIRST_FRAME})$)`, 'gu'),
};
const WHOLE_FRAME: Readonly<Record<Lang, RegExp>> = {
  fr: new RegExp(`^${VERB_FIRST_FRAME.fr}$`, 'u'),
  en: new RegExp(`^(?:${VERB_FIRST_FRAME.en}|${SPEAKER_FIRST_FRAME})$`, 'u'),
};

/**
 * Whether a claim is only a reporting frame cut from the end of its sentence ("a indiqué la
 * préfecture du Rhône.", "said Zhang Feng.", "the seismological office said on Wednesday."): who
 * said it, when, where, and no content of its own to check.
 */
export function isReportingFrame(claim: string, lang: Lang): boolean {
  const text = claim.trim();
  // It closes its sentence: a frame before its content ("The spokesman said" / "that …") is not bare.
  return /[.!?]["”’»]?$/u.test(text) && WHOLE_FRAME[lang].test(text);
}

/** A comma before a present participle of saying or judging, which opens a claim of its own. */
const PARTICIPLE_CLAUSE: Readonly<Record<Lang, RegExp>> = {
  fr: /,\s+(?=(?:estimant|ajoutant|précisant|soulignant|affirmant|accusant|dénonçant|appelant|jugeant|rappelant|expliquant|assurant|évoquant|attribuant|imputant)\s)/gu,
  en: /,\s+(?=(?:blaming|citing|saying|adding|noting|warning|arguing|claiming|accusing|calling|urging|describing|attributing)\s)/gu,
};

/** Where a sentence may be cut: the offset at which the next claim starts. */
function cutPoints(sentence: string, lang: Lang): number[] {
  const cuts: number[] = [];
  const add = (at: number) => {
    if (at > 0 && at < sentence.length) cuts.push(at);
  };
  for (const match of sentence.matchAll(/[;]\s+|:\s+(?=\S)/g)) {
    // "18:30" never matches (a space is needed after the colon); a colon in a heading's "Chine : …" does, which is right.
    add(match.index + match[0].length);
  }
  const coordination = new RegExp(`,\\s+(?=${CONJUNCTION[lang]}\\s+${SUBJECT[lang]}\\b)`, 'gu');
  for (const match of sentence.matchAll(coordination)) add(match.index + match[0].length);
  // A trailing frame, verb first or, in English, speaker first ("…, the seismological office said on
  // Wednesday"): the same frame as French "…, a indiqué le BCSF", cut the same way. A source named
  // with "according to" / "selon" stays with its claim in both languages, as a leading "Selon X," does.
  for (const match of sentence.matchAll(CUT_BEFORE_FRAME[lang])) add(match.index + match[0].length);
  // A participle of saying after a comma opens a claim of its own: "…tripled to 127,000, the WHO
  // said, blaming a drop in vaccination" gives the figure and, apart, the cause the WHO blames.
  for (const match of sentence.matchAll(PARTICIPLE_CLAUSE[lang])) add(match.index + match[0].length);
  const speech = lang === 'fr' ? /\b(?:a|ont)\s+(?:déclaré|précisé|indiqué|affirmé|souligné|expliqué|annoncé|assuré|estimé)\s+(?=que\b|qu['’])/gu : /\b(?:said|says|stated|explained|announced|noted|added)\s+(?=that\b)/gu;
  for (const match of sentence.matchAll(speech)) add(match.index + match[0].length);
  return [...new Set(cuts)].sort((a, b) => a - b);
}

function wordCount(text: string): number {
  return text.match(/\p{L}+/gu)?.length ?? 0;
}

/**
 * The claims of one sentence, as ranges of the text it lies in: they cover the sentence from its
 * first to its last character, in order, without overlap, and trailing spaces stay out of them.
 */
export function splitClaims(text: string, [start, end]: Range, lang: Lang): Range[] {
  const sentence = text.slice(start, end);
  const pieces: [number, number][] = [];
  let from = 0;
  for (const cut of [...cutPoints(sentence, lang), sentence.length]) {
    pieces.push([from, cut]);
    from = cut;
  }
  // Small pieces join the piece before them (or after, for the first).
  const merged: [number, number][] = [];
  for (const piece of pieces) {
    const previous = merged[merged.length - 1];
    const small = (range: [number, number]) => {
      const part = sentence.slice(range[0], range[1]);
      return part.trim().length < MIN_CLAIM || wordCount(part) < MIN_WORDS;
    };
    if (previous && (small(piece) || small(previous))) previous[1] = piece[1];
    else merged.push([piece[0], piece[1]]);
  }
  return merged.map(([from, to]) => {
    const part = sentence.slice(from, to);
    const lead = part.length - part.trimStart().length;
    const trail = part.length - part.trimEnd().length;
    return [start + from + lead, start + to - trail] as Range;
  });
}
