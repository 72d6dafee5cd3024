import { loadExportWriter, type ExportFormat } from '../../core/export/index';
import type { Comparison } from '../../core/model/index';
import type { WriteOptions } from './writeOptions';

/**
 * The command line's writer for one of the core's export formats: the whole comparison, in the
 * language of `--lang` (for the formats that have words of their own), dated today.
 */
export function writeExportAs(format: ExportFormat): (comparison: Comparison, options: WriteOptions) => Promise<string> {
  return async (comparison, options) => {
    const writeExport = await loadExportWriter();
    return writeExport(comparison, format, { lang: options.lang, readingMode: 'original', exportedOn: options.exportedOn, kinds: null }).text;
  };
}
