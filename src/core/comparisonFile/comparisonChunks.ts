/**
 * The comparison file in pieces, for a writer that streams it: the same bytes as
 * `serializeComparison` (two-space JSON, fields in the schema's order, a final newline), produced
 * a source or a few dozen beads or findings at a time instead of as one string.
 *
 * At 20,000 sentences a side the whole file is about 20 MB: built as one string it took 43 MB of
 * two-byte characters, then 23 MB more as UTF-8, and `serializeComparison`'s schema pass copied the
 * comparison once more (12 MB) only to order its fields. Here a piece is a source, its text
 * included, or some tens of kilobytes, and a writer holds one piece at a time.
 *
 * There is no schema check: this is for a comparison already known valid, the engine's (whose
 * output a test loads with `parseComparison`) or one just loaded with `parseComparison`. A test
 * holds these bytes equal to `serializeComparison`'s, so the field order cannot drift from the schema;
 * and a source or a finding with a field this file does not write throws rather than lose it, so
 * that a field added to the schema and forgotten here fails the first test that writes one.
 */
import type { Bead, Comparison, Finding, Source, Span } from '../model/types';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Yields the comparison file's text in order; joined, the pieces are exactly `serializeComparison(comparison)`. */
export function* comparisonChunks(comparison: Comparison): Generator<string, void, undefined> {
  yield `{\n  "format": ${JSON.stringify(comparison.format)},\n  "name": ${JSON.stringify(comparison.name)},\n  "sources": {\n`;
  yield '    "fr": ';
  yield* sourcePieces(comparison.sources.fr);
  yield ',\n    "en": ';
  yield* sourcePieces(comparison.sources.en);
  yield '\n  },\n';
  yield* arrayMember('alignment', comparison.alignment, orderBead, false);
  yield* arrayMember('relations', comparison.relations, orderFinding, true);
  yield '}\n';
}

/**
 * A source as it reads two levels down, its text a slice at a time: laid out by `JSON.stringify`
 * with an empty text, which is then written in its place, escaped by `JSON.stringify` slice by
 * slice. A text of 20,000 sentences (1.4 million characters) escaped whole was a string of 3 MB,
 * then one more as `nested` cut it out, where a slice's are a few tens of kilobytes.
 */
function* sourcePieces(source: Source): Generator<string, void, undefined> {
  const laidOut = nested({ ...orderSource(source), text: '' }, 2);
  // The only line break followed by three levels of indent and "text": a string's own line breaks are escaped.
  const inQuotes = laidOut.indexOf(`\n${INDENT.repeat(3)}"text": ""`) + `\n${INDENT.repeat(3)}"text": "`.length;
  yield laidOut.slice(0, inQuotes);
  yield* escapedPieces(source.text);
  yield laidOut.slice(inQuotes);
}

/** How many characters of a source's text are escaped at a time. */
const TEXT_SLICE = 16_384;

/** `JSON.stringify(text)` without its quotes, in pieces: a slice never ends between the two halves of a surrogate pair, which would each be escaped alone. */
function* escapedPieces(text: string): Generator<string, void, undefined> {
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + TEXT_SLICE);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    yield JSON.stringify(text.slice(start, end)).slice(1, -1);
    start = end;
  }
}

/**
 * How many elements of a top-level array are laid out at once: a piece of some tens of thousands of
 * characters. Not more: `JSON.stringify`'s text comes in parts, joined into one string when it is
 * first read, and past about 64,000 characters that string is one of V8's large objects, four times
 * as slow to make (20,000 findings: 140 ms of CPU at 128 a piece, 37 ms at 32).
 */
const ELEMENTS_PER_PIECE = 32;

/**
 * `"key": [ … ]` at the top level, as `JSON.stringify(…, null, 2)` lays it out: an empty array on
 * one line, `[]`; otherwise one element a line, indented two levels. The elements are laid out by
 * `JSON.stringify` itself, ELEMENTS_PER_PIECE at a time and already two levels down (see `nested`):
 * at 20,000 sentences a side, with about 20,000 findings and as many beads, writing each finding by
 * hand and re-indenting each bead's lines made most of the output's time and garbage.
 */
function* arrayMember<T>(key: string, items: readonly T[], order: (item: T) => unknown, last: boolean): Generator<string, void, undefined> {
  const end = last ? '\n' : ',\n';
  if (items.length === 0) {
    yield `  ${JSON.stringify(key)}: []${end}`;
    return;
  }
  yield `  ${JSON.stringify(key)}: [\n`;
  for (let start = 0; start < items.length; start += ELEMENTS_PER_PIECE) {
    const elements = nested(items.slice(start, start + ELEMENTS_PER_PIECE).map(order), 1);
    // The array's brackets off: its elements, each already on its own lines two levels in, commas between.
    yield elements.slice(2, -(1 + INDENT.length + 1));
    yield start + ELEMENTS_PER_PIECE >= items.length ? '\n' : ',\n';
  }
  yield `  ]${end}`;
}

/** JSON.stringify's indent of one level. */
const INDENT = '  ';

/**
 * `JSON.stringify(value, null, 2)` as it reads `depth` levels down: laid out by `JSON.stringify`
 * inside `depth` arrays, each in the next, and cut out of them, so that its lines come already
 * indented (the cut joins `JSON.stringify`'s parts once, as writing it would; re-indenting its lines
 * copied it twice more).
 */
function nested(value: unknown, depth: number): string {
  let wrapped: unknown = value;
  for (let level = 0; level < depth; level++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, INDENT.length);
  // Each array around it opens with "[", a line feed and the next level's indent, and closes with a line feed, its own indent and "]".
  let opening = 0;
  let closing = 0;
  for (let level = 0; level < depth; level++) {
    opening += 2 + INDENT.length * (level + 1);
    closing += 2 + INDENT.length * level;
  }
  return text.slice(opening, text.length - closing);
}

// The objects below list the fields in the schema's order (format.ts), which fixes the file's.

/** The fields written below; anything else on a source or a finding is a field added to the schema and not here. */
const SOURCE_FIELDS: ReadonlySet<string> = new Set(['lang', 'title', 'outlet', 'published', 'publishedTime', 'updated', 'byline', 'editors', 'kind', 'url', 'text', 'paragraphs', 'headings', 'excluded']);
const FINDING_FIELDS: ReadonlySet<string> = new Set(['id', 'kind', 'fr', 'en', 'aspects', 'note', 'origin', 'confidence', 'status', 'edited', 'noteStanding']);

function checkFields(value: object, known: ReadonlySet<string>, what: string): void {
  for (const key of Object.keys(value)) {
    if (!known.has(key)) throw new Error(`comparisonChunks: a ${what} has the field "${key}", which it does not write; add it in the schema's order (format.ts); this is a bug`);
  }
}

function orderSource(source: Source): Source {
  checkFields(source, SOURCE_FIELDS, 'source');
  return {
    lang: source.lang,
    title: source.title,
    outlet: source.outlet,
    published: source.published,
    publishedTime: source.publishedTime,
    updated: source.updated,
    byline: source.byline,
    editors: source.editors,
    kind: source.kind,
    url: source.url,
    text: source.text,
    paragraphs: source.paragraphs,
    headings: source.headings,
    excluded: source.excluded.map(({ text, reason }) => ({ text, reason })),
  };
}

function orderFinding(finding: Finding): Finding {
  checkFields(finding, FINDING_FIELDS, 'finding');
  const ordered: Mutable<Finding> = {
    id: finding.id,
    kind: finding.kind,
    fr: finding.fr.map(orderSpan),
    en: finding.en.map(orderSpan),
    aspects: finding.aspects,
    note: { fr: finding.note.fr, en: finding.note.en },
    origin: finding.origin,
    confidence: finding.confidence,
  };
  // Absent, not null, when not set (a curated finding has no status, an unedited one no `edited`),
  // as the schema's output leaves them out. Not set to undefined either: JSON.stringify would leave
  // them out as well, but an object with an undefined field takes it twice as long to lay out.
  if (finding.status !== undefined) ordered.status = finding.status;
  if (finding.edited !== undefined) ordered.edited = finding.edited;
  const { noteStanding } = finding;
  if (noteStanding !== undefined) {
    const standing: Mutable<NonNullable<Finding['noteStanding']>> = {};
    if (noteStanding.fr !== undefined) standing.fr = noteStanding.fr;
    if (noteStanding.en !== undefined) standing.en = noteStanding.en;
    ordered.noteStanding = standing;
  }
  return ordered;
}

function orderSpan(span: Span): Span {
  return { start: span.start, end: span.end, quote: span.quote };
}

function orderBead(bead: Bead): Bead {
  return { fr: bead.fr, en: bead.en, score: bead.score };
}
