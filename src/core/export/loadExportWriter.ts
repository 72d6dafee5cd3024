import type { writeExport } from './writeExport';

/**
 * Loads the export writers on first use and resolves to `writeExport`. They are kept out of the
 * app's first view (a dynamic import is a separate chunk): most readers never export, and the
 * report's stylesheet and both languages' words would weigh on every first load.
 */
export async function loadExportWriter(): Promise<typeof writeExport> {
  const module = await import('./writeExport');
  return module.writeExport;
}
