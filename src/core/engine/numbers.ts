/**
 * Numbers as each language writes them, reduced to their value: French "1 000,5" and English
 * "1,000.5" are both 1000.5; "1,5 million" and "1.5 million" are both 1500000; "15 000 yuans" and
 * "15,000 yuan" are both 15000. Number words ("trois", "three") are read too, as soft values: they
 * confirm a figure written in digits on the other side but never count as a difference themselves,
 * since one translator's "three" is another's "3" and "un" is most often an article.
 *
 * A figure followed by a unit (km/h, mph, km, miles, kg, pounds, °C, °F, m³, cubic feet, barrels…) is also read as a
 * measure, so that a conversion is the same figure: "850 km/h" and "530 mph".
 *
 * Method: one regular expression per language over the sentence, then the scale word and the unit
 * that follow; linear in the length of the sentence.
 */
import type { Lang } from '../model/types';
import { tokenize, type Token } from './normalize';
import { romanOrdinalValue } from './romanNumerals';

/** A number of a sentence; `value` compares across languages, `text` is as written. */
export interface Quantity {
  readonly value: number;
  /** The value before its scale word: 1.5 for "1,5 million", since the other side may put the scale elsewhere ("1,5 et 2 millions"). */
  readonly mantissa: number;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Written in words: confirms a figure but is never a difference by itself. */
  readonly soft: boolean;
  /** An approximate count ("une centaine de", "dozens of"): confirms a figure but never differs, not even from another word. */
  readonly approximate?: true;
  /** An ordinal that ranks ("third-largest city", "deuxième plus grande ville"): it differs from another rank only, never from a count. */
  readonly rank?: true;
  /** An ordinal, in words or in digits ("troisième", "first", "30e", "12th"): an order, not a count. */
  readonly ordinal?: true;
  /** The unit written after it, when it is one of UNITS: its dimension and the value in that dimension's base unit. */
  readonly measure?: Measure;
}

/** A figure with a unit, in the base unit of its dimension (metres, metres a second, kilograms, degrees Celsius). */
export interface Measure {
  readonly dimension: 'length' | 'speed' | 'mass' | 'temperature' | 'volume' | 'area';
  readonly base: number;
  /** Which unit of UNITS it was written in: a conversion is two units of one dimension. */
  readonly unit: number;
  /** Half the rounding step of the value as written, in the base unit ("45 mph" is 42.5 to 47.5 mph). */
  readonly halfStep: number;
}

/**
 * Units a news text gives in either language, longest spelling first, with the factor to the base
 * unit of their dimension (or, for temperatures, a conversion). "m" stays a scale (million), as
 * news uses it; "ton" is left out, since the short and the long ton differ by a tenth.
 */
const UNITS: readonly (readonly [RegExp, Measure['dimension'], (value: number) => number])[] = [
  [/^(?:km ?\/ ?h|kmh|kilom[eè]tres?\s+(?:à|a|par)\s+l['’]heure|kilomet(?:er|re)s?\s+(?:an|per)\s+hour)\b/iu, 'speed', (v) => (v * 1000) / 3600],
  [/^(?:mph|miles?\s+(?:an|per)\s+hour|miles?\s+(?:à|a|par)\s+l['’]heure)\b/iu, 'speed', (v) => v * 0.44704],
  // Areas before lengths: "km²" and "mètres carrés" start like a length.
  [/^(?:hectares?|ha)(?![\p{L}\d])/iu, 'area', (v) => v * 1e4],
  [/^acres?\b/iu, 'area', (v) => v * 4046.8564224],
  [/^(?:km²|km2|kilom[eè]tres?\s+carr[ée]s|square\s+kilomet(?:er|re)s?|sq\.?\s*km)(?![\p{L}\d])/iu, 'area', (v) => v * 1e6],
  [/^(?:square\s+miles?|sq\.?\s*mi(?:les?)?)\b/iu, 'area', (v) => v * 2589988.110336],
  [/^(?:m²|m[eè]tres?\s+carr[ée]s|square\s+met(?:er|re)s?)(?![\p{L}\d])/iu, 'area', (v) => v],
  [/^(?:km|kilom[eè]tres?|kilomet(?:er|re)s?)\b/iu, 'length', (v) => v * 1000],
  [/^(?:m[eè]tres?|meters?)\b/iu, 'length', (v) => v],
  [/^(?:miles?|mi)\b/iu, 'length', (v) => v * 1609.344],
  [/^(?:feet|foot|ft|pieds?)\b/iu, 'length', (v) => v * 0.3048],
  [/^(?:kg|kilos?|kilogrammes?|kilograms?)\b/iu, 'mass', (v) => v],
  [/^(?:tonnes?)\b/iu, 'mass', (v) => v * 1000],
  [/^(?:lbs?|pounds?)\b/iu, 'mass', (v) => v * 0.45359237],
  [/^(?:°\s*c|degr[eé]s?\s+celsius|degrees?\s+celsius)\b/iu, 'temperature', (v) => v],
  // Volumes in cubic metres; a scale word may stand between ("63 milliards de mètres cubes", "2.2 trillion cubic feet").
  [/^(?:(?:de\s+|d['’])?(?:m[eè]tres?\s+cubes?|m3|m³)|cubic\s+met(?:er|re)s?)(?![\p{L}\d])/iu, 'volume', (v) => v],
  [/^(?:(?:de\s+)?pieds?\s+cubes?|cubic\s+f(?:ee|oo)t)\b/iu, 'volume', (v) => v * 0.0283168],
  [/^(?:(?:de\s+)?barils?|barrels?)\b/iu, 'volume', (v) => v * 0.158987],
  [/^(?:°\s*f|degrees?\s+fahrenheit|degr[eé]s?\s+fahrenheit)\b/iu, 'temperature', (v) => ((v - 32) * 5) / 9],
];

/** Two conversions of one measure agree within this share (a converted figure is rounded), or within a degree for temperatures. */
const CONVERSION_TOLERANCE = 0.03;
/**
 * A conversion rounded to a round figure ("plus de 70 km/h" / "above 45 mph", 3.4 % apart) agrees
 * within half its rounding step, up to this share: "10 000 hectares" is not "20,000 acres".
 */
const ROUNDED_CONVERSION_LIMIT = 0.1;

/** The spaces that may stand between a figure and its unit. */
const SPACES_BEFORE_UNIT = /^[ \u00a0\u202f]+/;

/**
 * The measure of a figure followed by a unit of UNITS, read from the text just after it. The units
 * are walked by index: `entries()` made an iterator and a pair for each of them, for every figure of
 * every sentence.
 */
function measureAfter(value: number, after: string): Measure | undefined {
  const rest = after.replace(SPACES_BEFORE_UNIT, '');
  for (let unit = 0; unit < UNITS.length; unit++) {
    const entry = UNITS[unit] as (typeof UNITS)[number];
    if (!entry[0].test(rest)) continue;
    const toBase = entry[2];
    return { dimension: entry[1], base: toBase(value), unit, halfStep: Math.abs(toBase(roundingStep(value)) - toBase(0)) / 2 };
  }
  return undefined;
}

/** The step a written value is rounded to: the largest 10ⁿ or 5·10ⁿ it is a multiple of (45: 5, 850: 50, 12 000: 1 000, 1.5: 0.1). */
function roundingStep(value: number): number {
  const magnitude = Math.abs(value);
  if (magnitude === 0) return 1;
  if (!Number.isInteger(magnitude)) {
    const decimals = (String(magnitude).split('.')[1] ?? '').length;
    return 10 ** -decimals;
  }
  let step = 1;
  for (let power = 1; power <= magnitude; power *= 10) {
    if (magnitude % (5 * power) === 0) step = 5 * power;
    else if (magnitude % power === 0) step = power;
  }
  return step;
}

// French groups thousands with a (narrow) no-break space, a space or a dot, and writes a decimal comma;
// English groups with a comma and writes a decimal point.
const NUMBER: Readonly<Record<Lang, RegExp>> = {
  fr: /(?<![\d\p{L}][-]?|[\d,.])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d{1,3}(?:\.\d{3})+(?![,.]?\d)|\d+)(?:,(\d+))?(?![\d])/gu,
  en: /(?<![\d\p{L}][-]?|[\d,.])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![\d])/gu,
};

/** What groups a figure's digits, or marks its decimals, in either language: taken out before the figure is read. */
const GROUP_SEPARATORS = /[ \u00a0\u202f.,]/g;
/** The word after a figure, which may be its scale ("1,5 million"). */
const SCALE_WORD = /^[ \u00a0\u202f]*(\p{L}+)/u;

const SCALES: Readonly<Record<Lang, ReadonlyMap<string, number>>> = table({
  fr: { mille: 1e3, millier: 1e3, milliers: 1e3, million: 1e6, millions: 1e6, m: 1e6, milliard: 1e9, milliards: 1e9, md: 1e9, mds: 1e9, mrd: 1e9, mrds: 1e9 },
  en: { thousand: 1e3, thousands: 1e3, million: 1e6, millions: 1e6, m: 1e6, billion: 1e9, billions: 1e9, bn: 1e9, trillion: 1e12 },
});

/**
 * Ordinals in words from the fourth on, folded, as centuries, anniversaries and rounds are written:
 * "the thirteenth century" is "le XIIIe siècle", "la quatrième édition" the fourth.
 */
const FRENCH_ORDINAL_WORDS: Readonly<Record<string, number>> = {
  quatrieme: 4, cinquieme: 5, sixieme: 6, septieme: 7, huitieme: 8, neuvieme: 9, dixieme: 10, onzieme: 11, douzieme: 12,
  treizieme: 13, quatorzieme: 14, quinzieme: 15, seizieme: 16, vingtieme: 20, trentieme: 30, centieme: 100,
};
const ENGLISH_ORDINAL_WORDS: Readonly<Record<string, number>> = {
  fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13,
  fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, hundredth: 100,
};

const NUMBER_WORDS: Readonly<Record<Lang, ReadonlyMap<string, number>>> = table({
  fr: {
    deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
    treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, trente: 30, quarante: 40, cinquante: 50,
    soixante: 60, cent: 100, mille: 1000, million: 1e6, milliard: 1e9, premier: 1, premiere: 1, second: 2, deuxieme: 2, troisieme: 3,
    ...FRENCH_ORDINAL_WORDS,
  },
  en: {
    two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
    thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, twenty: 20, thirty: 30, forty: 40, fifty: 50,
    sixty: 60, hundred: 100, thousand: 1000, million: 1e6, billion: 1e9, first: 1, second: 2, third: 3,
    ...ENGLISH_ORDINAL_WORDS,
  },
});

/**
 * Nouns of an approximate count ("une centaine de bâtiments", "a dozen people"), read as soft values
 * when "de" / "of" follows: "la quarantaine" alone is a quarantine, "la trentaine" an age.
 */
const APPROXIMATE_COUNTS: Readonly<Record<Lang, ReadonlyMap<string, number>>> = table({
  fr: {
    dizaine: 10, dizaines: 10, douzaine: 12, douzaines: 12, quinzaine: 15, vingtaine: 20, trentaine: 30, quarantaine: 40,
    cinquantaine: 50, soixantaine: 60, centaine: 100, centaines: 100,
  },
  en: { dozen: 12, dozens: 12, scores: 20, hundreds: 100 },
});
const COUNT_OF: Readonly<Record<Lang, RegExp>> = { fr: /^[ \u00a0]*(?:de |d['’])/u, en: /^[ \u00a0]*of /u };

/** A half after a number in words, folded: "-and-a-half", " and a half", " et demi(e)". */
const AND_A_HALF: Readonly<Record<Lang, RegExp>> = {
  fr: /^[- \u00a0]et[- \u00a0]demie?(?!\p{L})/u,
  en: /^[- \u00a0]and[- \u00a0]a[- \u00a0]half(?!\p{L})/u,
};

/** The letters after a figure in digits that make it an ordinal, folded: "30e", "1er", "2nde", "12th", "21st". */
const DIGIT_ORDINAL: Readonly<Record<Lang, RegExp>> = {
  fr: /^(?:e|eme|er|ere|re|nde?)(?!\p{L})/u,
  en: /^(?:st|nd|rd|th)(?!\p{L})/u,
};

/** Ordinals, the number words that may rank. */
const ORDINALS: ReadonlySet<string> = new Set(['premier', 'premiere', 'second', 'seconde', 'deuxieme', 'troisieme', 'first', 'third', ...Object.keys(FRENCH_ORDINAL_WORDS), ...Object.keys(ENGLISH_ORDINAL_WORDS)]);
/**
 * What follows an ordinal that ranks rather than counts (folded): a superlative ("third-largest",
 * "second most populous", "deuxième plus grande"). "Le second tour" and "the third-largest city"
 * give no two values of one fact.
 */
const RANK_AFTER: Readonly<Record<Lang, RegExp>> = {
  fr: /^[ \u00a0]+(?:plus|moins)[ \u00a0]/u,
  en: /^[- \u00a0](?:most|least|largest|biggest|greatest|highest|lowest|oldest|youngest|richest|poorest|busiest|deadliest|longest|tallest|smallest|best|worst|strongest|fastest|heaviest|hottest|coldest|wettest|driest)(?!\p{L})/u,
};
/** An approximate count that needs no "of" after it: "a dozen people". */
const COUNT_ALONE = new Set(['dozen']);

/** Word tables as maps, so that no word ("constructor") meets an object's own properties. */
function table(words: Readonly<Record<Lang, Readonly<Record<string, number>>>>): Readonly<Record<Lang, ReadonlyMap<string, number>>> {
  return { fr: new Map(Object.entries(words.fr)), en: new Map(Object.entries(words.en)) };
}

/**
 * Finds the numbers of a sentence, in order, leaving out the ranges `taken` by dates; `folded` is
 * `foldKeepingOffsets(sentence)`.
 */
export function findNumbers(
  sentence: string,
  folded: string,
  lang: Lang,
  taken: readonly (readonly [number, number])[] = [],
  tokens: readonly Token[] = tokenize(sentence, folded),
): Quantity[] {
  const found: Quantity[] = [];
  const isTaken = (start: number, end: number) => taken.some(([s, e]) => start < e && s < end);
  for (const match of /\d/.test(folded) ? folded.matchAll(NUMBER[lang]) : []) {
    const start = match.index;
    let end = start + match[0].length;
    if (isTaken(start, end)) continue;
    const whole = (match[1] ?? '').replace(GROUP_SEPARATORS, '');
    const mantissa = Number(match[2] === undefined ? whole : `${whole}.${match[2]}`);
    let value = mantissa;
    const scale = SCALE_WORD.exec(folded.slice(end, end + 16));
    const factor = scale ? SCALES[lang].get(scale[1] ?? '') : undefined;
    if (scale && factor !== undefined) {
      value *= factor;
      end += scale[0].length;
    }
    const measure = measureAfter(value, sentence.slice(end, end + 40));
    // "la 30e journée", "the 12th minute": an order, not a count; its ending is part of it as written.
    const ending = match[2] === undefined && factor === undefined ? DIGIT_ORDINAL[lang].exec(folded.slice(end, end + 4)) : null;
    const ordinal = ending !== null;
    if (ending) end += ending[0].length;
    found.push({ value: roundValue(value), mantissa, text: sentence.slice(start, end), start, end, soft: false, ...(measure ? { measure } : {}), ...(ordinal ? { ordinal: true as const } : {}) });
  }
  for (const token of tokens) {
    // "XIIe siècle": an order in Roman numerals, as exact as "12th".
    const roman = lang === 'fr' && token.capital ? romanOrdinalValue(token.text) : null;
    if (roman !== null && !isTaken(token.start, token.end)) {
      found.push({ value: roman, mantissa: roman, text: token.text, start: token.start, end: token.end, soft: false, ordinal: true });
      continue;
    }
    const approximate = APPROXIMATE_COUNTS[lang].get(token.fold);
    const counts = approximate !== undefined && (COUNT_ALONE.has(token.fold) || COUNT_OF[lang].test(folded.slice(token.end, token.end + 4)));
    const whole = counts ? approximate : NUMBER_WORDS[lang].get(token.fold);
    if (whole === undefined || isTaken(token.start, token.end)) continue;
    // "eight-and-a-half tons", "trois et demi": the half belongs to the number.
    const half = counts ? null : AND_A_HALF[lang].exec(folded.slice(token.end, token.end + 16));
    const value = half ? whole + 0.5 : whole;
    if (found.some((q) => q.start <= token.start && token.start < q.end)) continue; // "1,5 million": already scaled
    const ordinal = !counts && ORDINALS.has(token.fold);
    const ranks = ordinal && RANK_AFTER[lang].test(folded.slice(token.end, token.end + 16));
    const end = token.end + (half?.[0].length ?? 0);
    found.push({
      value,
      mantissa: value,
      text: sentence.slice(token.start, end),
      start: token.start,
      end,
      soft: true,
      ...(counts ? { approximate: true as const } : {}),
      ...(ordinal ? { ordinal: true as const } : {}),
      ...(ranks ? { rank: true as const } : {}),
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * True when two figures can be the same quantity: equal values, equal mantissas (the scale word
 * stands elsewhere), or one is the other rounded to a whole number ("45,72" and "46").
 */
export function sameQuantity(a: Quantity, b: Quantity): boolean {
  if (a.measure && b.measure && a.measure.dimension === b.measure.dimension) return sameMeasure(a.measure, b.measure);
  if (a.value === b.value || a.mantissa === b.mantissa || a.value === b.mantissa || a.mantissa === b.value) return true;
  const rounded = (x: number, y: number) => !Number.isInteger(x) && Number.isInteger(y) && Math.round(x) === y;
  return rounded(a.mantissa, b.mantissa) || rounded(b.mantissa, a.mantissa);
}

/** Two measures of one dimension are the same when one is the other converted and rounded ("850 km/h" and "530 mph"). */
function sameMeasure(a: Measure, b: Measure): boolean {
  if (a.dimension === 'temperature') return Math.abs(a.base - b.base) <= 1;
  const larger = Math.max(Math.abs(a.base), Math.abs(b.base));
  if (larger === 0 || Math.abs(a.base - b.base) / larger <= CONVERSION_TOLERANCE) return true;
  // Two units: one side converted and rounded to a round figure.
  return a.unit !== b.unit && Math.abs(a.base - b.base) / larger <= ROUNDED_CONVERSION_LIMIT && Math.abs(a.base - b.base) <= Math.min(a.halfStep, b.halfStep);
}

/**
 * Keys under which a measure meets its conversions in the alignment's word features ("50 mph" and
 * "80 km/h", "10 km" and "6 miles"), where only equal keys meet: the measure's base value falls in
 * a bucket, on a log scale a little wider than the conversion tolerance (a degree for
 * temperatures), and takes that bucket and the next. Two measures within the tolerance lie in the
 * same bucket or in neighbouring ones, so they always share a key; measures up to about twice the
 * tolerance apart may share one too, which a similarity may afford and a judgement would not.
 */
export function measureKeys(measure: Pick<Measure, 'dimension' | 'base'>): [string, string] {
  const bucket =
    measure.dimension === 'temperature' ? Math.floor(measure.base) : measure.base > 0 ? Math.floor(Math.log(measure.base) / MEASURE_BUCKET) : Number.NEGATIVE_INFINITY;
  return [`u:${measure.dimension}:${bucket}`, `u:${measure.dimension}:${bucket + 1}`];
}

/** Width of a measure's bucket on the log scale: just over the conversion tolerance (log 1.0315 > -log 0.97). */
const MEASURE_BUCKET = Math.log(1 + CONVERSION_TOLERANCE + 0.0015);

function roundValue(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
