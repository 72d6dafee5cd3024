/**
 * The comparison file in pieces, for a writer that streams it: the same bytes as
 * `serializeComparison` (two-space JSON, fields in the schema's order, a final newline), produced
 * one source, one bead or one finding at a time instead of as one string.
 *
 * At 20,000 sentences a side the whole file is about 20 MB: built as one string it took 43 MB of
 * two-byte characters, then 23 MB more as UTF-8, and `serializeComparison`'s schema pass copied the
 * comparison once more (12 MB) only to order its fields. Here each piece is a few hundred bytes
 * (a source, its text included, is one piece), so a writer holds one piece at a time.
 *
 * There is no schema check: this is for a comparison already known valid, the engine's (whose
 * output a test loads with `parseComparison`) or one just loaded with `parseComparison`. A test
 * holds these bytes equal to `serializeComparison`'s, so the field order cannot drift from the schema;
 * and a source or a finding with a field this file does not write throws rather than lose it, so
 * that a field added to the schema and forgotten here fails the first test that writes one.
 */
import type { Bead, Comparison, Finding, Source, Span } from '../model/types';

/** Yields the comparison file's text in order; joined, the pieces are exactly `serializeComparison(comparison)`. */
export function* comparisonChunks(comparison: Comparison): Generator<string, void, undefined> {
  yield `{\n  "format": ${JSON.stringify(comparison.format)},\n  "name": ${JSON.stringify(comparison.name)},\n  "sources": {\n`;
  yield `    "fr": ${indented(orderSource(comparison.sources.fr), 2)},\n`;
  yield `    "en": ${indented(orderSource(comparison.sources.en), 2)}\n  },\n`;
  yield* arrayMember('alignment', comparison.alignment, orderBead, false);
  yield* findingsMember(comparison.relations);
  yield '}\n';
}

/**
 * `"relations": [ … ]`, each finding written by hand in the layout `JSON.stringify(…, null, 2)`
 * gives it: at 20,000 sentences a side there are about 20,000 findings, and copying each into an
 * ordered object, laying it out with an indent, then re-indenting the lines cost about 150 ms of
 * the command line's output time (scripts/bench.ts), three times what the leaves' own
 * `JSON.stringify` costs. The leaves still go through `JSON.stringify`, so strings and numbers
 * read exactly as it writes them; a test holds the whole equal to `serializeComparison`'s.
 */
function* findingsMember(findings: readonly Finding[]): Generator<string, void, undefined> {
  if (findings.length === 0) {
    yield '  "relations": []\n';
    return;
  }
  yield '  "relations": [\n';
  const lastIndex = findings.length - 1;
  for (let index = 0; index <= lastIndex; index++) {
    yield `    ${findingText(findings[index] as Finding)}${index === lastIndex ? '\n' : ',\n'}`;
  }
  yield '  ]\n';
}

/** One finding as an element of the top-level `relations` array: its fields six spaces in, in the schema's order. */
function findingText(finding: Finding): string {
  checkFields(finding, FINDING_FIELDS, 'finding');
  let text =
    `{\n      "id": ${JSON.stringify(finding.id)},\n      "kind": ${JSON.stringify(finding.kind)},` +
    `\n      "fr": ${spansText(finding.fr)},\n      "en": ${spansText(finding.en)},` +
    `\n      "aspects": ${stringsText(finding.aspects)},` +
    `\n      "note": {\n        "fr": ${JSON.stringify(finding.note.fr)},\n        "en": ${JSON.stringify(finding.note.en)}\n      },` +
    `\n      "origin": ${JSON.stringify(finding.origin)},\n      "confidence": ${JSON.stringify(finding.confidence)}`;
  // Absent, not null, when not set (a curated finding has no status, an unedited one no `edited`),
  // as JSON.stringify leaves out an undefined field and the schema's output does.
  if (finding.status !== undefined) text += `,\n      "status": ${JSON.stringify(finding.status)}`;
  if (finding.edited !== undefined) text += `,\n      "edited": ${JSON.stringify(finding.edited)}`;
  if (finding.noteStanding !== undefined) text += `,\n      "noteStanding": ${noteStandingText(finding.noteStanding)}`;
  return `${text}\n    }`;
}

/** A side's quotes, as the value of a finding's field: `[]`, or one object a quote, eight spaces in. */
function spansText(spans: readonly Span[]): string {
  if (spans.length === 0) return '[]';
  let text = '[';
  for (let index = 0; index < spans.length; index++) {
    const span = spans[index] as Span;
    text +=
      `${index === 0 ? '' : ','}\n        {\n          "start": ${JSON.stringify(span.start)},` +
      `\n          "end": ${JSON.stringify(span.end)},\n          "quote": ${JSON.stringify(span.quote)}\n        }`;
  }
  return `${text}\n      ]`;
}

/** A list of strings (a finding's aspects), as the value of a finding's field. */
function stringsText(strings: readonly string[]): string {
  if (strings.length === 0) return '[]';
  return `[\n${strings.map((value) => `        ${JSON.stringify(value)}`).join(',\n')}\n      ]`;
}

/** How each note stands, French first, a language left out when its note stands as written. */
function noteStandingText(standing: NonNullable<Finding['noteStanding']>): string {
  const lines: string[] = [];
  if (standing.fr !== undefined) lines.push(`        "fr": ${JSON.stringify(standing.fr)}`);
  if (standing.en !== undefined) lines.push(`        "en": ${JSON.stringify(standing.en)}`);
  return lines.length === 0 ? '{}' : `{\n${lines.join(',\n')}\n      }`;
}

/**
 * `"key": [ … ]` at the top level, one piece per element, as `JSON.stringify(…, null, 2)` lays it
 * out: an empty array on one line, `[]`; otherwise one element a line, indented two levels.
 */
function* arrayMember<T>(key: string, items: readonly T[], order: (item: T) => unknown, last: boolean): Generator<string, void, undefined> {
  const end = last ? '\n' : ',\n';
  if (items.length === 0) {
    yield `  ${JSON.stringify(key)}: []${end}`;
    return;
  }
  yield `  ${JSON.stringify(key)}: [\n`;
  const lastIndex = items.length - 1;
  for (let index = 0; index <= lastIndex; index++) {
    yield `    ${indented(order(items[index] as T), 2)}${index === lastIndex ? '\n' : ',\n'}`;
  }
  yield `  ]${end}`;
}

/**
 * `JSON.stringify(value, null, 2)` as it reads `depth` levels down: each line after the first
 * indented by two spaces a level. A line feed can only be a line break here, since JSON escapes
 * line feeds inside strings.
 */
function indented(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replaceAll('\n', `\n${'  '.repeat(depth)}`);
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

function orderBead(bead: Bead): Bead {
  return { fr: bead.fr, en: bead.en, score: bead.score };
}
