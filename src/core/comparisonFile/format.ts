/**
 * The comparison file (docs/comparison-format.md): its schema, loading with located errors, and saving.
 *
 * Loading runs in two passes: the shape (zod/mini), then the facts the shape cannot say: each
 * quote is the text at its offsets, the alignment uses every paragraph once and in order, a
 * one-source finding quotes one source only. Every problem is reported, not just the first, and
 * names the finding by its id and the field by its path.
 */
import * as z from 'zod/mini';
import { describeInput, quoteInput } from '../text/quoteInput';
import {
  ASPECTS,
  COMPARISON_FORMAT,
  EXCLUSION_REASONS,
  LANGS,
  NOTE_STANDINGS,
  FINDING_KINDS,
  FINDING_STATUSES,
  SOURCE_KINDS,
  type Comparison,
  type Lang,
  type Range,
} from '../model/types';

const offset = z.int().check(z.nonnegative());
const unit = z.number().check(z.gte(0), z.lte(1));

const spanSchema = z.object({ start: offset, end: offset, quote: z.string().check(z.minLength(1)) });

const sourceSchema = z.object({
  lang: z.enum(LANGS),
  title: z.string(),
  outlet: z.nullable(z.string()),
  published: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  publishedTime: z._default(z.nullable(z.string()), null),
  updated: z._default(z.nullable(z.string()), null),
  byline: z.array(z.string()),
  editors: z._default(z.array(z.string()), []),
  kind: z._default(z.nullable(z.enum(SOURCE_KINDS)), null),
  url: z._default(z.nullable(z.string()), null),
  text: z.string().check(z.minLength(1)),
  paragraphs: z.array(z.tuple([offset, offset])),
  headings: z._default(z.array(offset), []),
  excluded: z.array(z.object({ text: z.string(), reason: z.enum(EXCLUSION_REASONS) })),
});

const comparisonSchema = z.object({
  format: z.literal(COMPARISON_FORMAT),
  name: z.string().check(z.minLength(1)),
  sources: z.object({ fr: sourceSchema, en: sourceSchema }),
  alignment: z.array(
    z.object({ fr: z.array(offset), en: z.array(offset), score: z._default(z.nullable(unit), null) }),
  ),
  relations: z.array(
    z.object({
      id: z.string().check(z.minLength(1)),
      kind: z.enum(FINDING_KINDS),
      fr: z.array(spanSchema),
      en: z.array(spanSchema),
      aspects: z.array(z.enum(ASPECTS)),
      note: z.object({ fr: z.string(), en: z.string() }),
      origin: z.enum(['curated', 'automatic']),
      confidence: z.nullable(unit),
      // Optional so that files written before readers could judge findings still load.
      status: z.optional(z.enum(FINDING_STATUSES)),
      // Optional likewise, and written only once a reader edited the finding or its notes.
      edited: z.optional(z.boolean()),
      noteStanding: z.optional(z.object({ fr: z.optional(z.enum(NOTE_STANDINGS)), en: z.optional(z.enum(NOTE_STANDINGS)) })),
    }),
  ),
});

export type FormatIssueCode =
  | 'not-json'
  | 'missing'
  | 'wrong-type'
  | 'not-allowed'
  | 'out-of-range'
  | 'quote-mismatch'
  | 'paragraph-order'
  | 'alignment'
  | 'duplicate-id'
  | 'wrong-side'
  // The file as bytes, before any JSON: see comparisonBytes.ts.
  | 'too-large'
  | 'empty'
  | 'binary'
  | 'not-utf8';

/** One thing wrong with a comparison file, located by finding id (when there is one) and field path. */
export interface FormatIssue {
  readonly code: FormatIssueCode;
  /** `relations[6].fr[0].quote`, or `sources.en.text`. */
  readonly path: string;
  /** The id of the finding concerned, when the path lies inside one that has an id. */
  readonly findingId: string | null;
  /** A sentence in English for logs and the command line; the app words its own from `code`. */
  readonly message: string;
}

export class ComparisonFormatError extends Error {
  override name = 'ComparisonFormatError';
  constructor(readonly issues: readonly FormatIssue[]) {
    super(issues.map(describeIssue).join('\n'));
  }
}

/**
 * Says where and what, as `finding "r7": fr[0].quote: "…" is not the text at 10–20`. Whatever the
 * file holds, the line is short and holds no control character: the id is quoted by quoteInput,
 * as every value a message quotes.
 */
export function describeIssue(issue: FormatIssue): string {
  const inFinding = issue.findingId === null ? null : /^relations\[\d+\]\.?(.*)$/.exec(issue.path);
  const where = inFinding ? `finding ${quoteInput(issue.findingId ?? '')}: ${inFinding[1] || '(whole finding)'}` : issue.path || '(file)';
  return `${where}: ${issue.message}`;
}

/**
 * Reads a comparison file from its JSON text (or already-parsed value); returns a Comparison that
 * satisfies every rule of the format, or throws a ComparisonFormatError listing each problem.
 */
export function parseComparison(input: string | unknown): Comparison {
  let raw: unknown = input;
  if (typeof input === 'string') {
    try {
      raw = JSON.parse(input);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new ComparisonFormatError([{ code: 'not-json', path: '', findingId: null, message: `not valid JSON: ${reason}` }]);
    }
  }
  const parsed = comparisonSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ComparisonFormatError(parsed.error.issues.map((issue) => shapeIssue(issue, raw)));
  }
  const comparison = parsed.data as Comparison;
  const issues = checkFacts(comparison);
  if (issues.length > 0) throw new ComparisonFormatError(issues);
  return comparison;
}

/** Writes the comparison file: two-space JSON with a final newline, fields in the schema's order. */
export function serializeComparison(comparison: Comparison): string {
  const ordered = comparisonSchema.parse(comparison);
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

interface ZodIssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly expected?: unknown;
  readonly values?: readonly unknown[];
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly input?: unknown;
}

function shapeIssue(issue: ZodIssueLike, raw: unknown): FormatIssue {
  const path = formatPath(issue.path);
  const findingId = findingIdAt(issue.path, raw);
  const present = valueAt(raw, issue.path) !== undefined;
  switch (issue.code) {
    case 'invalid_type':
      return present
        ? { code: 'wrong-type', path, findingId, message: `must be ${describeExpected(issue.expected)}` }
        : { code: 'missing', path, findingId, message: `is missing (${describeExpected(issue.expected)} expected)` };
    case 'invalid_value':
      return {
        code: 'not-allowed',
        path,
        findingId,
        message: `${describeInput(valueAt(raw, issue.path))} is not one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`,
      };
    case 'too_small':
      return { code: 'out-of-range', path, findingId, message: `is too small or too short (at least ${String(issue.minimum)})` };
    case 'too_big':
      return { code: 'out-of-range', path, findingId, message: `is too large or too long (at most ${String(issue.maximum)})` };
    case 'invalid_format':
      return { code: 'wrong-type', path, findingId, message: 'is not in the expected form (a date is written YYYY-MM-DD)' };
    default:
      return { code: 'wrong-type', path, findingId, message: 'is not valid here' };
  }
}

function describeExpected(expected: unknown): string {
  switch (expected) {
    case 'int':
      return 'a whole number';
    case 'number':
      return 'a number';
    case 'string':
      return 'text';
    case 'array':
      return 'a list';
    case 'object':
      return 'an object';
    case 'tuple':
      return 'a pair [start, end]';
    default:
      return String(expected);
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = raw;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function findingIdAt(path: readonly PropertyKey[], raw: unknown): string | null {
  if (path[0] !== 'relations' || typeof path[1] !== 'number') return null;
  const id = valueAt(raw, ['relations', path[1], 'id']);
  return typeof id === 'string' && id !== '' ? id : `#${path[1] + 1}`;
}

const LANG_NAMES: Record<Lang, string> = { fr: 'French', en: 'English' };

function checkFacts(comparison: Comparison): FormatIssue[] {
  const issues: FormatIssue[] = [];
  const paragraphCounts = { fr: 0, en: 0 };
  for (const lang of LANGS) {
    const source = comparison.sources[lang];
    paragraphCounts[lang] = source.paragraphs.length;
    if (source.lang !== lang) {
      issues.push({ code: 'wrong-side', path: `sources.${lang}.lang`, findingId: null, message: `says ${quoteInput(source.lang)} but stands under "${lang}"` });
    }
    issues.push(...checkParagraphs(source.paragraphs, source.text.length, `sources.${lang}.paragraphs`));
    source.headings.forEach((heading, index) => {
      if (heading >= source.paragraphs.length) {
        issues.push({ code: 'out-of-range', path: `sources.${lang}.headings[${index}]`, findingId: null, message: `paragraph ${heading} does not exist` });
      }
    });
  }
  issues.push(...checkAlignment(comparison, paragraphCounts));

  const seen = new Set<string>();
  comparison.relations.forEach((finding, index) => {
    const at = `relations[${index}]`;
    const findingId = finding.id;
    if (seen.has(finding.id)) issues.push({ code: 'duplicate-id', path: `${at}.id`, findingId, message: 'is used by another finding too' });
    seen.add(finding.id);
    const sidesNeeded: Record<Lang, boolean> = {
      fr: finding.kind !== 'only-en',
      en: finding.kind !== 'only-fr',
    };
    for (const lang of LANGS) {
      const spans = finding[lang];
      if (sidesNeeded[lang] && spans.length === 0) {
        issues.push({ code: 'wrong-side', path: `${at}.${lang}`, findingId, message: `a "${finding.kind}" finding needs at least one ${LANG_NAMES[lang]} quote` });
      }
      if (!sidesNeeded[lang] && spans.length > 0) {
        issues.push({ code: 'wrong-side', path: `${at}.${lang}`, findingId, message: `a "${finding.kind}" finding quotes no ${LANG_NAMES[lang]} text` });
      }
      const text = comparison.sources[lang].text;
      spans.forEach((span, spanIndex) => {
        const spanPath = `${at}.${lang}[${spanIndex}]`;
        if (span.end <= span.start || span.end > text.length) {
          issues.push({ code: 'out-of-range', path: `${spanPath}.end`, findingId, message: `[${span.start}, ${span.end}) is not a range inside the ${LANG_NAMES[lang]} text (${text.length} characters)` });
        } else if (text.slice(span.start, span.end) !== span.quote) {
          issues.push({ code: 'quote-mismatch', path: `${spanPath}.quote`, findingId, message: `${quoteInput(span.quote)} is not the ${LANG_NAMES[lang]} text at ${span.start}–${span.end}${text.includes(span.quote) ? ' (it stands elsewhere)' : ' (nor anywhere in it)'}` });
        }
      });
    }
  });
  return issues;
}

function checkParagraphs(paragraphs: readonly Range[], length: number, path: string): FormatIssue[] {
  const issues: FormatIssue[] = [];
  let previousEnd = 0;
  paragraphs.forEach(([start, end], index) => {
    if (start < previousEnd || end <= start || end > length) {
      issues.push({ code: 'paragraph-order', path: `${path}[${index}]`, findingId: null, message: `[${start}, ${end}) must follow the previous paragraph and lie inside the text` });
    }
    previousEnd = end;
  });
  return issues;
}

function checkAlignment(comparison: Comparison, counts: Record<Lang, number>): FormatIssue[] {
  const issues: FormatIssue[] = [];
  for (const lang of LANGS) {
    const used = comparison.alignment.flatMap((bead) => bead[lang]);
    const inOrder = used.every((paragraph, index) => paragraph === index);
    if (!inOrder || used.length !== counts[lang]) {
      issues.push({
        code: 'alignment',
        path: 'alignment',
        findingId: null,
        message: `must use every ${LANG_NAMES[lang]} paragraph exactly once and in order (0 to ${counts[lang] - 1}); found ${describeNumbers(used)}`,
      });
    }
  }
  comparison.alignment.forEach((bead, index) => {
    if (bead.fr.length === 0 && bead.en.length === 0) {
      issues.push({ code: 'alignment', path: `alignment[${index}]`, findingId: null, message: 'holds no paragraph' });
    }
  });
  return issues;
}

/** At most the first 20 numbers of a list, `[0,1,3,…]` (a list of thousands is no help in a message). */
function describeNumbers(numbers: readonly number[]): string {
  return `[${numbers.slice(0, 20).join(',')}${numbers.length > 20 ? ',…' : ''}]`;
}
