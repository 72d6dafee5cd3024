/**
 * The findings as CSV (RFC 4180), one row per finding in reading order, for spreadsheets and
 * scripts: CRLF between records, every field that holds a comma, a quote or a line break quoted,
 * quotes doubled, and UTF-8 with a byte order mark so that spreadsheets show accents. Kinds,
 * aspects, origins and statuses are written as the file format's codes, whatever the interface
 * language, so that a script reads every export the same way; both notes are there. The status
 * comes after the columns scripts read before it existed, empty for a curated finding no reader
 * judged; then whether a reader edited the finding (`true`, else empty), and how each note stands
 * (`reader`, `outdated`, else empty), so that every older column stays where it was. A finding the
 * reader edited has no confidence: the engine's no longer speaks for its verdict.
 *
 * A cell that a spreadsheet would read as a formula is neutralised by a leading apostrophe (OWASP's
 * advice on CSV injection): one that starts with `=`, `+`, `-`, `@`, a tab, a carriage return or a
 * line feed (OWASP's list; a spreadsheet drops the leading line break and reads the `=` after it),
 * or with the full-width `＝`, `＋`, `－`, `＠`, which spreadsheets in East Asian locales read as
 * their ASCII forms. A quote such as `=HYPERLINK(…)` stays text.
 */
import { orderFindings } from '../findings/findings';
import { engineConfidence, noteStandingOf, verdictBy } from '../findings/provenance';
import type { Comparison, Span } from '../model/types';
import { stripInvalidCharacters } from './escape';

/** The header row: stable names, whatever the interface language, for the scripts that read them. */
export const CSV_COLUMNS = [
  'id',
  'kind',
  'aspects',
  'quote_fr',
  'quote_en',
  'note_fr',
  'note_en',
  'origin',
  'confidence',
  'status',
  'edited',
  'note_fr_standing',
  'note_en_standing',
] as const;

/** Between the quotes of one side, the editorial sign of words left out. */
export const QUOTE_SEPARATOR = ' […] ';

const BYTE_ORDER_MARK = '\uFEFF';

/** What a cell must not start with, apostrophes already there counted in (see the header). */
const FORMULA_START = /^'*[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Writes one header row and one row per finding; the text starts with a byte order mark. */
export function toCsv(comparison: Comparison): string {
  const rows = orderFindings(comparison).map((finding) => [
    finding.id,
    finding.kind,
    finding.aspects.join('; '),
    joinQuotes(finding.fr),
    joinQuotes(finding.en),
    finding.note.fr,
    finding.note.en,
    finding.origin,
    String(engineConfidence(finding) ?? ''),
    finding.status ?? '',
    verdictBy(finding) === 'reader' ? 'true' : '',
    noteStandingOf(finding, 'fr') ?? '',
    noteStandingOf(finding, 'en') ?? '',
  ]);
  return BYTE_ORDER_MARK + [CSV_COLUMNS, ...rows].map((row) => row.map(writeCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * One field: without the characters no text file should hold (NUL and the like), neutralised if a
 * spreadsheet would take it for a formula, then quoted if it must be.
 */
export function writeCell(value: string): string {
  const text = stripInvalidCharacters(value);
  // Apostrophes already in front count too: `'+1` becomes `''+1`, which a spreadsheet shows as `'+1`.
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function joinQuotes(spans: readonly Span[]): string {
  return [...spans].sort((a, b) => a.start - b.start).map((span) => span.quote).join(QUOTE_SEPARATOR);
}
