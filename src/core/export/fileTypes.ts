/**
 * What each export's file is called and announced as. Apart from formats.ts, which the app's first
 * view imports for its menu: only the writers (writeExport.ts, fileName.ts) need this, and they load
 * when the reader exports.
 */
import type { ExportFormat } from './formats';

/** The extension of each format's file and the media type a download announces. */
export const EXPORT_FILE_TYPES: Readonly<Record<ExportFormat, { readonly extension: string; readonly mediaType: string }>> = {
  html: { extension: 'html', mediaType: 'text/html;charset=utf-8' },
  md: { extension: 'md', mediaType: 'text/markdown;charset=utf-8' },
  json: { extension: 'json', mediaType: 'application/json' },
  webannotation: { extension: 'jsonld', mediaType: 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"' },
  tmx: { extension: 'tmx', mediaType: 'application/x-tmx+xml' },
  csv: { extension: 'csv', mediaType: 'text/csv;charset=utf-8;header=present' },
};
