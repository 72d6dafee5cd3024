/**
 * What a value from a file must not carry into a message, a terminal or a log as it is: C0
 * controls (ESC starts the sequences that set a window's title, clear the screen, make links or
 * hide text; BEL, CR and backspace rewrite what was shown), DEL, C1 controls (U+009B is ESC [ to
 * many terminals), the line and paragraph separators, the bidirectional embeddings, overrides and
 * isolates (they reorder what is shown, as in "Trojan Source"), the byte order mark, and lone
 * surrogates (no encoding can write them). Each is shown instead as a `\u001b` escape, so that
 * the reader sees that something was there and what.
 */
const CONTROL =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * The text with every control character (see above) written as a `\uXXXX` escape, except those in
 * `kept` (a summary keeps its line feeds and tabs); the result holds no character that a terminal
 * acts on or that reorders text, whatever the input.
 */
export function showControlCharacters(text: string, kept = ''): string {
  return text.replace(CONTROL, (char) => (kept.includes(char) ? char : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
