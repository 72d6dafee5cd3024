/**
 * Sentence boundaries of a plain Latin text, as Unicode's sentence rules (UAX #29) place them, without
 * ICU: `Intl.Segmenter` answers each segment with an object and a copy of its words, which cost more
 * than the rules themselves on the texts a comparison reads (about 140 ms of 2.8 MB a side).
 *
 * Only texts made of the characters whose sentence classes are listed below are read here: ASCII
 * and Latin-1 letters, Œ and œ, ASCII digits, spaces, line feeds and the punctuation of French and
 * English news. Anything else (a combining accent, a CJK full stop, a carriage return) returns null, and
 * segment.ts asks ICU. A property test holds the two to the same boundaries on any text of these
 * characters (test/core/text/plainSentenceBreaks.test.ts).
 */

/** The sentence classes of UAX #29 that the characters read here take (OLetter, CR, Extend and Format are not among them). */
const enum SentenceClass {
  Other,
  Sp,
  Lower,
  Upper,
  Numeric,
  ATerm,
  STerm,
  Close,
  SContinue,
  Sep,
}

/** Marks a character not read here. */
const UNREAD = 255;

/** The class of each character read here, by its code (all are below the euro sign's, U+20AC); UNREAD for every other, which sends the text to ICU. */
const CLASS_OF = new Uint8Array(0x20ad).fill(UNREAD);

function assign(characters: string, sentenceClass: SentenceClass): void {
  for (const character of characters) CLASS_OF[character.codePointAt(0) as number] = sentenceClass;
}

function assignRange(from: number, to: number, sentenceClass: SentenceClass): void {
  CLASS_OF.fill(sentenceClass, from, to + 1);
}

assignRange(0x61, 0x7a, SentenceClass.Lower); // a-z
assignRange(0x41, 0x5a, SentenceClass.Upper); // A-Z
assignRange(0x30, 0x39, SentenceClass.Numeric); // 0-9
assignRange(0xc0, 0xd6, SentenceClass.Upper); // À-Ö
assignRange(0xd8, 0xde, SentenceClass.Upper); // Ø-Þ
assignRange(0xdf, 0xf6, SentenceClass.Lower); // ß-ö
assignRange(0xf8, 0xff, SentenceClass.Lower); // ø-ÿ
assign('Œ', SentenceClass.Upper);
assign('œ', SentenceClass.Lower);
assign(' \t\u00a0\u202f', SentenceClass.Sp);
assign('\n', SentenceClass.Sep);
assign('.', SentenceClass.ATerm);
assign('!?', SentenceClass.STerm);
// Quotation marks and brackets: UAX #29's Close (general categories Ps, Pe, Pi, Pf, and the quotation marks of line breaking).
assign('"\'«»()[]{}‘’“”', SentenceClass.Close);
assign(',-:;–—', SentenceClass.SContinue);
// The ellipsis is no end mark for UAX #29: "Il attend… Puis" is one sentence, as ICU reads it.
assign('%€$£&/@#*+=°§_<>|•~^`…', SentenceClass.Other);

const ANY_TERM = (sentenceClass: SentenceClass) => sentenceClass === SentenceClass.ATerm || sentenceClass === SentenceClass.STerm;

/**
 * Where each sentence of `text` starts, 0 first, by the rules SB4 to SB11 of UAX #29; null when the
 * text holds a character not read here.
 */
export function plainSentenceBreaks(text: string): number[] | null {
  const length = text.length;
  if (length === 0) return [];
  const classes = new Uint8Array(length);
  for (let index = 0; index < length; index++) {
    const sentenceClass = CLASS_OF[text.charCodeAt(index)] ?? UNREAD;
    if (sentenceClass === UNREAD) return null;
    classes[index] = sentenceClass;
  }
  const starts = [0];
  let index = 0;
  while (index < length) {
    const current = classes[index] as SentenceClass;
    if (current === SentenceClass.Sep) {
      // SB4: a paragraph separator ends its sentence.
      if (index + 1 < length) starts.push(index + 1);
      index++;
      continue;
    }
    if (!ANY_TERM(current)) {
      index++;
      continue;
    }
    // A full stop, a question or an exclamation mark, then closing quotes and brackets, then spaces (SB9, SB10).
    let next = index + 1;
    while (next < length && classes[next] === SentenceClass.Close) next++;
    while (next < length && classes[next] === SentenceClass.Sp) next++;
    if (next >= length) break;
    const following = classes[next] as SentenceClass;
    if (following === SentenceClass.Sep) {
      // SB11: the separator belongs to the sentence it ends.
      if (next + 1 < length) starts.push(next + 1);
      index = next + 1;
      continue;
    }
    if (current === SentenceClass.ATerm && next === index + 1) {
      // SB6: "3.5"; SB7: "U.S" (a letter, a full stop, a capital).
      if (following === SentenceClass.Numeric) {
        index = next;
        continue;
      }
      const before = index > 0 ? classes[index - 1] : undefined;
      if (following === SentenceClass.Upper && (before === SentenceClass.Upper || before === SentenceClass.Lower)) {
        index = next;
        continue;
      }
    }
    if (current === SentenceClass.ATerm && lowerComesFirst(classes, next)) {
      // SB8: after a full stop, a lower-case letter before any other letter or end mark: "etc. and so on".
      index = next;
      continue;
    }
    if (following === SentenceClass.SContinue || ANY_TERM(following)) {
      // SB8a: a comma, a colon, a dash or another end mark goes on with the sentence.
      index = next;
      continue;
    }
    starts.push(next); // SB11
    index = next;
  }
  return starts;
}

/** SB8's look-ahead: from `from`, past anything but letters, separators and end marks, the first such is a lower-case letter. */
function lowerComesFirst(classes: Uint8Array, from: number): boolean {
  for (let index = from; index < classes.length; index++) {
    const sentenceClass = classes[index] as SentenceClass;
    if (sentenceClass === SentenceClass.Lower) return true;
    if (sentenceClass === SentenceClass.Upper || sentenceClass === SentenceClass.Sep || ANY_TERM(sentenceClass)) return false;
  }
  return false;
}
