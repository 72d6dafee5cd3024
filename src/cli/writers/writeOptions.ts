import type { Reading } from '../../core/engine/index';
import type { Lang } from '../../core/model/index';

/**
 * What a writer may take into account besides the comparison. It lives beside the writers, not in
 * formats.ts, so that formats.ts imports the writers and no writer imports formats.ts back.
 */
export interface WriteOptions {
  readonly lang: Lang;
  /** Whether ANSI colours may be used: only for a terminal, and never when NO_COLOR is set. */
  readonly color: boolean;
  /** The width to wrap prose to, in characters. */
  readonly width: number;
  /** Today, `2026-11-22`, for the reports that say when they were made. */
  readonly exportedOn: string;
  /** How the engine read the pair, when this run compared two sources; a comparison file does not say. */
  readonly readAs?: Reading;
}
