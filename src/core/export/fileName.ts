import { EXPORT_FILE_TYPES } from './fileTypes';
import type { ExportFormat } from './formats';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Names an exported file after the comparison and the day of export, `miit-vpn-2026-11-22.html`.
 * The name keeps letters, digits, dots, dashes and underscores, so it is a safe file name on every
 * system; a name with none of them becomes `comparison`.
 */
export function nameExportFile(comparisonName: string, format: ExportFormat, exportedOn: string): string {
  if (!ISO_DAY.test(exportedOn)) throw new Error(`export date "${exportedOn}" is not a day written YYYY-MM-DD; this is a bug`);
  const safe = comparisonName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // `comparaison-été` becomes `comparaison-ete`, not `comparaison-t`
    .replace(/[^\w.-]+/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '')
    .slice(0, 80);
  return `${safe || 'comparison'}-${exportedOn}.${EXPORT_FILE_TYPES[format].extension}`;
}
