/**
 * The model every part of the product speaks: two sources, their paragraph alignment, and the
 * findings between their claims. It mirrors the comparison file (docs/comparison-format.md);
 * offsets count UTF-16 code units of a source's `text`, half-open: `text.slice(start, end)`.
 */

export type Lang = 'fr' | 'en';

export const LANGS = ['fr', 'en'] as const satisfies readonly Lang[];

export type FindingKind = 'match' | 'discrepancy' | 'only-fr' | 'only-en';

/** In the order a reader meets them in the legend: agreement first, then what needs a look. */
export const FINDING_KINDS = ['match', 'discrepancy', 'only-fr', 'only-en'] as const satisfies readonly FindingKind[];

/** What differs between two claims that are judged a discrepancy. */
export type Aspect =
  | 'date'
  | 'number'
  | 'actor'
  | 'venue'
  | 'attribution'
  | 'scope'
  | 'wording'
  | 'negation'
  | 'name';

export const ASPECTS = [
  'date',
  'number',
  'actor',
  'venue',
  'attribution',
  'scope',
  'wording',
  'negation',
  'name',
] as const satisfies readonly Aspect[];

export type Origin = 'curated' | 'automatic';

/** Where a finding stands with a reader: as the engine proposed it, or judged by a reader. */
export type FindingStatus = 'automatic' | 'confirmed' | 'rejected';

/** In the order a finding goes through them: proposed, then judged one way or the other. */
export const FINDING_STATUSES = ['automatic', 'confirmed', 'rejected'] as const satisfies readonly FindingStatus[];

/** Why a piece of the page as received is not compared. */
export type ExclusionReason =
  | 'last-updated'
  | 'navigation'
  | 'dateline'
  | 'editors'
  | 'byline'
  | 'share'
  | 'comments'
  | 'recommendations';

export const EXCLUSION_REASONS = [
  'last-updated',
  'navigation',
  'dateline',
  'editors',
  'byline',
  'share',
  'comments',
  'recommendations',
] as const satisfies readonly ExclusionReason[];

export type SourceKind = 'news-article' | 'blog-press-conference';

export const SOURCE_KINDS = ['news-article', 'blog-press-conference'] as const satisfies readonly SourceKind[];

/** A half-open range of code units, `[start, end)`. */
export type Range = readonly [start: number, end: number];

export interface Excluded {
  readonly text: string;
  readonly reason: ExclusionReason;
}

export interface Source {
  readonly lang: Lang;
  readonly title: string;
  readonly outlet: string | null;
  /** ISO date, `2017-07-14`. */
  readonly published: string | null;
  /** Time of publication as the page prints it, `11h03`; null when the page gives none. */
  readonly publishedTime: string | null;
  /** Last update as the page prints it, `11h05 le 14/07`; null when the page gives none. */
  readonly updated: string | null;
  readonly byline: readonly string[];
  readonly editors: readonly string[];
  readonly kind: SourceKind | null;
  readonly url: string | null;
  /** The body as compared; paragraphs separated by a blank line. */
  readonly text: string;
  readonly paragraphs: readonly Range[];
  /** Indices of paragraphs that are headings (the title, subheadings). */
  readonly headings: readonly number[];
  readonly excluded: readonly Excluded[];
}

/** One row of the reading view: paragraph indices of each source, either side possibly empty. */
export interface Bead {
  readonly fr: readonly number[];
  readonly en: readonly number[];
  /** How sure the aligner is; null for a curated bead. */
  readonly score: number | null;
}

/** An exact quote of a source: `quote === text.slice(start, end)`. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly quote: string;
}

export interface BilingualNote {
  readonly fr: string;
  readonly en: string;
}

/**
 * How a note stands once a reader has edited its finding: the reader's own words, or words written
 * about the finding before the reader changed it, which may no longer hold (edit/reviseNotes.ts).
 */
export type NoteStanding = 'reader' | 'outdated';

export const NOTE_STANDINGS = ['reader', 'outdated'] as const satisfies readonly NoteStanding[];

export interface Finding {
  readonly id: string;
  readonly kind: FindingKind;
  readonly fr: readonly Span[];
  readonly en: readonly Span[];
  readonly aspects: readonly Aspect[];
  readonly note: BilingualNote;
  readonly origin: Origin;
  /** Between 0 and 1; null for a curated judgement. */
  readonly confidence: number | null;
  /** Absent on curated findings; 'automatic' as the engine proposes; 'confirmed' or 'rejected' once a reader judged it. */
  readonly status?: FindingStatus;
  /**
   * True once a reader made the finding or changed its claims, kind or what differs: its verdict is
   * theirs, whatever its origin, and an engine's confidence no longer speaks for it. Absent otherwise.
   */
  readonly edited?: boolean;
  /**
   * By language, a note that does not stand as the finding's author (the engine, the analyst) wrote
   * it for the finding as it is: the reader's own, or one written before the reader changed the
   * finding. Absent for a note that stands as written.
   */
  readonly noteStanding?: Readonly<Partial<Record<Lang, NoteStanding>>>;
}

export const COMPARISON_FORMAT = 'source-comparison/1';

export interface Comparison {
  readonly format: typeof COMPARISON_FORMAT;
  /** A short name, used in file names: `miit-vpn`. */
  readonly name: string;
  readonly sources: { readonly fr: Source; readonly en: Source };
  readonly alignment: readonly Bead[];
  readonly relations: readonly Finding[];
}

/**
 * A source translated by hand into the other language, paragraph for paragraph: the same
 * paragraphs and headings as the original, so that paragraph i renders the original's paragraph i.
 */
export interface Translation {
  /** The language the text is translated into. */
  readonly lang: Lang;
  /** The language of the source it translates, and so the column it belongs to. */
  readonly source: Lang;
  readonly title: string;
  /** Who made the translation, as the file names them. */
  readonly translator: string;
  /** How it was made; null when the file does not say. */
  readonly method: string | null;
  /** What a reader should know about it; null when the file says nothing. */
  readonly notes: string | null;
  readonly text: string;
  readonly paragraphs: readonly Range[];
  readonly headings: readonly number[];
}

/** How the texts are shown: each as written, each in the reader's language where a translation exists, or both, the original first. */
export type ReadingMode = 'original' | 'translation' | 'both';
