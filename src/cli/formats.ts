/**
 * What the command line can print, one writer per format. Adding a format is one writer module
 * and one line in FORMATS; `--format`, its error message and `--help` follow. The export formats
 * are the core's own writers (writers/export.ts), the same ones the app's Export menu uses.
 */
import type { Comparison } from '../core/model/index';
import { writeExportAs } from './writers/export';
import { writeJson } from './writers/json';
import { writeSummary } from './writers/summary';
import type { OutputText } from './output';
import type { WriteOptions } from './writers/writeOptions';

/**
 * Turns a comparison into the text of one format, whole or in pieces (output.ts writes each as it
 * comes); pure, so that it can move to the core later. A promise when the writer is loaded on first
 * use, as the export writers are.
 */
export type FormatWriter = (comparison: Comparison, options: WriteOptions) => OutputText | Promise<OutputText>;

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
