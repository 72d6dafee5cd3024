/**
 * What the command line can print, one writer per format. Adding a format is one writer module
 * and one line in FORMATS; `--format`, its error message and `--help` follow. The export formats
 * are the core's own writers (writers/export.ts), the same ones the app's Export menu uses.
 */
import type { Comparison, Lang } from '../core/index';
import { writeExportAs } from './writers/export';
import { writeJson } from './writers/json';
import { writeSummary } from './writers/summary';

/** What a writer may take into account besides the comparison. */
export interface WriteOptions {
  readonly lang: Lang;
  /** Whether ANSI colours may be used: only for a terminal, and never when NO_COLOR is set. */
  readonly color: boolean;
  /** The width to wrap prose to, in characters. */
  readonly width: number;
  /** Today, `2026-11-22`, for the reports that say when they were made. */
  readonly exportedOn: string;
}

/**
 * Turns a comparison into the text of one format; pure, so that it can move to the core later. A
 * promise when the writer is loaded on first use, as the export writers are.
 */
export type FormatWriter = (comparison: Comparison, options: WriteOptions) => string | Promise<string>;

/** Every format, by the name `--format` takes; the first one is the default. */
export const FORMATS = {
  summary: writeSummary,
  json: writeJson,
  html: writeExportAs('html'),
  md: writeExportAs('md'),
  webannotation: writeExportAs('webannotation'),
  tmx: writeExportAs('tmx'),
  csv: writeExportAs('csv'),
} as const satisfies Record<string, FormatWriter>;

/** A name `--format` accepts. */
export type FormatName = keyof typeof FORMATS;

/** The format names in FORMATS' order, for messages and `--help`. */
export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];
