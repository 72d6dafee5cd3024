/**
 * French ordinals in Roman numerals, as French writes centuries, dynasties' numbers and
 * republics: "XIIe siècle" is the 12th century, "IIIe République" the Third Republic. English
 * writes the same order in digits ("12th"), so the two meet only once the numeral is read.
 * "Ier"/"Ire" are left out: after a monarch's name ("François Ier") English writes "I", which is
 * no number.
 */

/** A Roman numeral in capitals followed by a French ordinal ending: "XIIe", "XVIème", "IIIeme". */
const ROMAN_ORDINAL = /^([IVXLCDM]+)(?:e|ème|eme)$/u;

/** One-letter numerals that, with an "e", spell a French word: "Ce", "De", "Le", "Me" (Maître). */
const WORDS_NOT_NUMERALS: ReadonlySet<string> = new Set(['C', 'D', 'L', 'M']);

const DIGIT_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/**
 * The value of a word such as "XIIe", or null when it is no Roman ordinal: a malformed numeral
 * ("IIIIe"), or one letter that is also a word with its "e" ("Ce", "De", "Le", "Me").
 */
export function romanOrdinalValue(word: string): number | null {
  const numeral = ROMAN_ORDINAL.exec(word)?.[1];
  if (numeral === undefined || WORDS_NOT_NUMERALS.has(numeral)) return null;
  const value = romanValue(numeral);
  // Read back only when written as a numeral is written: "IIV" or "VV" are no numbers.
  return value > 0 && toRoman(value) === numeral ? value : null;
}

/** Sums the digits, a smaller one before a larger taken away ("IX" = 9). */
function romanValue(numeral: string): number {
  let value = 0;
  for (let index = 0; index < numeral.length; index++) {
    const digit = DIGIT_VALUES[numeral[index] as string] as number;
    const next = DIGIT_VALUES[numeral[index + 1] ?? ''] ?? 0;
    value += digit < next ? -digit : digit;
  }
  return value;
}

const CANONICAL: readonly (readonly [number, string])[] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

function toRoman(value: number): string {
  let rest = value;
  let numeral = '';
  for (const [amount, digits] of CANONICAL) {
    while (rest >= amount) {
      numeral += digits;
      rest -= amount;
    }
  }
  return numeral;
}
