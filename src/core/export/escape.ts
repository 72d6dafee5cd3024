/**
 * Escaping for every format that has markup: each function turns any string into a piece of its
 * format that reads back as exactly that text (less the characters the format cannot hold), so a
 * quote or a note never becomes markup, whatever it contains.
 */

/**
 * What XML 1.0 cannot hold at all, not even as a character reference: C0 controls other than tab,
 * line feed and carriage return, lone surrogates, U+FFFE and U+FFFF. HTML treats them as errors too.
 */
const NOT_XML_CHARACTER = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Removes the characters that XML 1.0 (and HTML) cannot hold. */
export function stripInvalidCharacters(text: string): string {
  return text.replace(NOT_XML_CHARACTER, '');
}

const HTML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML element content or a double- or single-quoted attribute value. */
export function escapeHtml(text: string): string {
  return stripInvalidCharacters(text).replace(/[&<>"']/g, (character) => HTML_ENTITIES[character] ?? character);
}

// A carriage return (and, for XML 1.1 parsers, U+0085 and U+2028; for xmldom, U+2029 as well)
// would be read back as a line feed, and tabs and line feeds in an attribute as spaces (XML's
// end-of-line and attribute-value normalisation); character references keep them as they are.
const XML_TEXT_ESCAPES: Readonly<Record<string, string>> = {
  ...HTML_ENTITIES,
  "'": '&apos;',
  '\r': '&#13;',
  '\u0085': '&#133;',
  '\u2028': '&#8232;',
  '\u2029': '&#8233;',
};
const XML_ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = { ...XML_TEXT_ESCAPES, '\t': '&#9;', '\n': '&#10;' };

/** Text for XML element content; `]]>` cannot close anything since `>` is escaped. */
export function escapeXml(text: string): string {
  return stripInvalidCharacters(text).replace(/[&<>"'\r\u0085\u2028\u2029]/g, (character) => XML_TEXT_ESCAPES[character] ?? character);
}

/** Text for a quoted XML attribute value, white space kept as it is. */
export function escapeXmlAttribute(text: string): string {
  return stripInvalidCharacters(text).replace(/[&<>"'\t\n\r\u0085\u2028\u2029]/g, (character) => XML_ATTRIBUTE_ESCAPES[character] ?? character);
}

/**
 * Text as Markdown inline content that renders as exactly that text (CommonMark, with GFM tables
 * and strikethrough, raw HTML allowed). Runs of ASCII white space, line breaks included, become one
 * space: a line break could start a list, a heading or a quote. Every character that inline syntax
 * uses is backslash-escaped (`&` against entities, `$` against GitHub's maths); at the start, so are
 * the characters that open a block. No-break spaces, which French typography needs, are kept.
 */
export function escapeMarkdown(text: string): string {
  return stripInvalidCharacters(text)
    .replace(/[ \t\n\r\f\v]+/g, ' ')
    .replace(/[\\`*_[\]<>&|~!#$]/g, '\\$&')
    .replace(/^(\s*)([-+=])/, '$1\\$2')
    .replace(/^(\s*\d{1,9})([.)])/, '$1\\$2');
}

/**
 * A CSS string literal, quotes included, that is safe inside a `<style>` element: everything but
 * letters, digits, spaces and plain punctuation is written as a hexadecimal escape, so neither a
 * quote, a line break nor `</style>` can end it.
 */
export function quoteCssString(text: string): string {
  const body = Array.from(stripInvalidCharacters(text), (character) =>
    /^[\p{L}\p{N} .,:;!?()-]$/u.test(character) ? character : `\\${(character.codePointAt(0) ?? 0).toString(16)} `,
  ).join('');
  return `"${body}"`;
}
