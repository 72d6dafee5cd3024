/**
 * The formats a comparison exports to and the options every writer takes. Light on purpose: the
 * app's first view imports this file for its menu; what the files are called (fileTypes.ts,
 * fileName.ts) and the writers themselves load only when the reader asks for an export (see
 * `loadExportWriter`).
 */
import type { Lang, ReadingMode, FindingKind, Translation } from '../model/types';

/** A format by the name the command line's `--format` takes. */
export type ExportFormat = 'html' | 'md' | 'json' | 'webannotation' | 'tmx' | 'csv';

/** In the order a menu offers them: for people first (report, note), then for tools. */
export const EXPORT_FORMATS = ['html', 'md', 'json', 'webannotation', 'tmx', 'csv'] as const satisfies readonly ExportFormat[];

/**
 * Which text the report's columns show, as the reader's reading mode shows it: the originals only,
 * or also the translations into the reader's language, which then come with it. Only the HTML
 * report follows the mode; the other formats quote the originals whatever it is.
 */
export type ExportReading =
  | { readonly readingMode: 'original' }
  | {
      readonly readingMode: Exclude<ReadingMode, 'original'>;
      /** Each source's translation into the other language (`fr`: the French source in English); null where there is none. */
      readonly translations: Readonly<Record<Lang, Translation | null>>;
    };

/** What every writer takes besides the comparison: all of it comes from the caller, the core decides none of it. */
export type ExportOptions = ExportReading & {
  /** The reader's interface language: the report's own words, the note put first, and the translations shown. */
  readonly lang: Lang;
  /** The day of export, `2026-11-22`, from the caller's clock: the core has none. */
  readonly exportedOn: string;
  /** The kinds to keep ("only what is shown"); null keeps every finding. */
  readonly kinds: ReadonlySet<FindingKind> | null;
};

/** One exported file, ready to save or download. */
export interface ExportFile {
  readonly fileName: string;
  readonly mediaType: string;
  readonly text: string;
}
