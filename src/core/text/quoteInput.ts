/**
 * How a message quotes a value read from a file: a hostile file may hold a 200 kB "kind", a list
 * nested a hundred thousand deep, or terminal escapes, and a message must stay one readable line
 * whatever it holds. Linear in the part quoted, never recursive.
 */
import { showControlCharacters } from './controlCharacters';

/** How many UTF-16 units of a text a message quotes: enough to recognise it. */
const QUOTE_LIMIT = 60;

/**
 * The text in double quotes, cut to `limit` with `…`, a quote or backslash in it escaped as JSON
 * does and every control character shown as an escape (controlCharacters.ts): `"bad\u001b]0;…"`.
 */
export function quoteInput(text: string, limit = QUOTE_LIMIT): string {
  let cut = text.length > limit ? text.slice(0, limit - 1) : text;
  // A cut between the halves of a pair would leave a lone surrogate.
  if (cut !== text && /[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  const escaped = showControlCharacters(cut.replace(/["\\]/g, (char) => `\\${char}`));
  return `"${escaped}${cut === text ? '' : '…'}"`;
}

/** Any value read from JSON, in a few words: a text quoted (quoteInput), a number as written, a list or an object by what it is. */
export function describeInput(value: unknown): string {
  if (typeof value === 'string') return quoteInput(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return 'nothing';
}
