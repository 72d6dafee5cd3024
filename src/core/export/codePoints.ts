/**
 * Offsets in Unicode code points, as the W3C Web Annotation selectors count them, from the UTF-16
 * code unit offsets the comparison file uses. A character outside the Basic Multilingual Plane (an
 * emoji, `𝔸`) is two code units and one code point, so the two counts drift apart after it.
 *
 * Counting from the start of the text for each offset would be quadratic over a long text with many
 * quotes; a checkpoint every CHECKPOINT_UNITS code units bounds each conversion to that much
 * scanning, for one small array per text.
 */

const CHECKPOINT_UNITS = 1024;

/** Converts code unit offsets of one text to code point offsets. */
export interface CodePointIndex {
  /** The number of code points before the code unit `offset`; a lone half of a pair counts as one, as `Array.from` does. */
  readonly toCodePoint: (offset: number) => number;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** Whether the code units at `offset - 1` and `offset` are the two halves of one code point. */
function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

/** Indexes `text` once, in O(n) time and O(n / CHECKPOINT_UNITS) memory. */
export function indexCodePoints(text: string): CodePointIndex {
  // checkpoints[k] is the number of code points before code unit k · CHECKPOINT_UNITS, or before the
  // unit after it when that position splits a pair (the pair is counted in the previous stretch).
  const checkpoints: number[] = [0];
  const startsOf: number[] = [0];
  let count = 0;
  let unit = 0;
  while (unit < text.length) {
    unit += isHighSurrogate(text.charCodeAt(unit)) && isLowSurrogate(text.charCodeAt(unit + 1)) ? 2 : 1;
    count += 1;
    if (unit >= startsOf.length * CHECKPOINT_UNITS) {
      checkpoints.push(count);
      startsOf.push(unit);
    }
  }
  return {
    toCodePoint(offset) {
      if (offset < 0 || offset > text.length) throw new Error(`offset ${offset} lies outside a text of ${text.length} code units; this is a bug`);
      let k = Math.min(Math.floor(offset / CHECKPOINT_UNITS), checkpoints.length - 1);
      while (k > 0 && (startsOf[k] ?? 0) > offset) k -= 1;
      let points = checkpoints[k] ?? 0;
      let at = startsOf[k] ?? 0;
      while (at < offset) {
        const pair = isHighSurrogate(text.charCodeAt(at)) && isLowSurrogate(text.charCodeAt(at + 1)) && at + 1 < offset;
        at += pair ? 2 : 1;
        points += 1;
      }
      return points;
    },
  };
}

/** The last `count` code points before code unit `offset`, without a half pair at the cut. */
export function codePointsBefore(text: string, offset: number, count: number): string {
  let from = Math.max(0, offset - 2 * count);
  if (splitsPair(text, from)) from += 1;
  return Array.from(text.slice(from, offset)).slice(-count).join('');
}

/** The first `count` code points from code unit `offset`. */
export function codePointsAfter(text: string, offset: number, count: number): string {
  let to = Math.min(text.length, offset + 2 * count);
  if (splitsPair(text, to)) to += 1;
  return Array.from(text.slice(offset, to)).slice(0, count).join('');
}
