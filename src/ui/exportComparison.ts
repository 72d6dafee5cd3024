/**
 * An export as the reader sees the comparison, written and downloaded: loaded only when a reader
 * exports (import this module dynamically, never statically), so that the first view carries
 * neither the writers nor the way to the translations.
 */
import { loadExportWriter, type ExportFile, type ExportFormat, type ExportReading } from '../core/export/index';
import type { Comparison, Lang, ReadingMode, FindingKind } from '../core/model/index';
import { downloadFile } from './download';

export interface ExportChoice {
  /** The interface language, the report's own. */
  readonly lang: Lang;
  /** The HTML report shows the texts as the reader reads them; the other formats quote the originals. */
  readonly readingMode: ReadingMode;
  readonly exportedOn: string;
  readonly kinds: ReadonlySet<FindingKind> | null;
}

/** Writes `comparison` in `format` as `choice` says, downloads it, and resolves to the file; rejects when a writer or a translation fails. */
export async function exportComparison(comparison: Comparison, format: ExportFormat, { readingMode, ...choice }: ExportChoice): Promise<ExportFile> {
  const [writeExport, reading] = await Promise.all([loadExportWriter(), readExportReading(comparison, format === 'html' ? readingMode : 'original')]);
  const file = writeExport(comparison, format, { ...reading, ...choice });
  downloadFile(file);
  return file;
}

/**
 * The reading mode with the translations it shows, read through the translation kit (a chunk of
 * its own, shared with the reading view) only when it shows any.
 */
async function readExportReading(comparison: Comparison, readingMode: ReadingMode): Promise<ExportReading> {
  if (readingMode === 'original') return { readingMode };
  const { loadTranslationKit } = await import('./translationKit');
  const { translations } = await loadTranslationKit(comparison);
  return { readingMode, translations };
}
