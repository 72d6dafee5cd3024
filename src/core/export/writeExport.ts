/**
 * Every export writer behind one function: the module the app loads only when the reader asks for
 * an export, and the command line's way to every format but its own summary.
 */
import { serializeComparison } from '../comparisonFile/format';
import type { Comparison } from '../model/types';
import { toCsv } from './csv';
import { nameExportFile } from './fileName';
import { EXPORT_FILE_TYPES } from './fileTypes';
import type { ExportFile, ExportFormat, ExportOptions } from './formats';
import { toHtml } from './html';
import { toMarkdown } from './markdown';
import { restrictToKinds } from './restrictToKinds';
import { toTmx } from './tmx';
import { toWebAnnotation } from './webAnnotation';

/**
 * Writes `comparison` in `format`, keeping only `options.kinds` when given; the file is named after
 * the comparison and `options.exportedOn`. The JSON export is the comparison file itself, byte for
 * byte as saving writes it, so that it imports back unchanged.
 */
export function writeExport(comparison: Comparison, format: ExportFormat, options: ExportOptions): ExportFile {
  const selected = restrictToKinds(comparison, options.kinds);
  return {
    fileName: nameExportFile(comparison.name, format, options.exportedOn),
    mediaType: EXPORT_FILE_TYPES[format].mediaType,
    text: writeText(selected, format, options),
  };
}

function writeText(comparison: Comparison, format: ExportFormat, options: ExportOptions): string {
  switch (format) {
    case 'html':
      return toHtml(comparison, options);
    case 'md':
      return toMarkdown(comparison, options);
    case 'json':
      return serializeComparison(comparison);
    case 'webannotation':
      return toWebAnnotation(comparison);
    case 'tmx':
      return toTmx(comparison);
    case 'csv':
      return toCsv(comparison);
  }
}
