/** Strings for the exports' property tests: markup-heavy mixes, and anything at all. */
import fc from 'fast-check';

const PIECES = [
  '<', '>', '&', '"', "'", '`', '*', '_', '[', ']', '(', ')', '{', '}', '#', '-', '+', '=', '|', '~', '!', '\\', '$', '@', ':', '/', '.', ';',
  '\n', '\r', '\t', ' ', '\u00a0', '\u0085', '\u2028', '\u2029', 'a', 'é', '1', '😀', '𝔸', '\u0000', '\u001b', '\uD800', '\uDC00', '\uFFFE',
  '<script>', '</style>', 'onerror=', '<!--', '-->', ']]>', '<![CDATA[', '&amp;', '&#60;', 'http://x.example/', 'javascript:', '1.', '***',
];

/** A string built from the pieces that markup, Markdown, XML and CSV give meaning to, or any string at all. */
export const anyText = fc.oneof(
  fc.string({ unit: fc.constantFrom(...PIECES), maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);
