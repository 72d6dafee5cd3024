/** The exports' door: the formats offered, and the writer, loaded on first use. */
// The formats and what an export is asked for and gives back.
export { EXPORT_FORMATS, type ExportFile, type ExportFormat, type ExportOptions, type ExportReading } from './formats';
// The writers on first use, a chunk of their own.
export { loadExportWriter } from './loadExportWriter';
// The day an export is made (2026-11-22), from a date the caller passes: the core reads no clock.
export { isoDayOf } from './isoDay';
