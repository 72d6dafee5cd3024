/**
 * Where the reading mode (the core's `ReadingMode`: originals, translations, or both) is kept. The
 * choice is a preference like the interface language: it lives in the address (`?mode=both`), so
 * that a shared link opens the same way, and in local storage for the next visit.
 */
import type { ReadingMode } from '../core/model/index';

export const READING_MODES = ['original', 'translation', 'both'] as const satisfies readonly ReadingMode[];

export const MODE_PARAM = 'mode';

/** Where the reader's choice is kept between visits. */
export const MODE_STORAGE_KEY = 'source-comparison.mode';

function isReadingMode(value: string | null): value is ReadingMode {
  return (READING_MODES as readonly (string | null)[]).includes(value);
}

/** The mode the address names, else the one last chosen, else the originals. */
export function readReadingMode(search: string, storage: Pick<Storage, 'getItem'> | null): ReadingMode {
  const named = new URLSearchParams(search).get(MODE_PARAM);
  if (isReadingMode(named)) return named;
  let stored: string | null = null;
  try {
    stored = storage?.getItem(MODE_STORAGE_KEY) ?? null;
  } catch {
    // Storage may be denied (private windows, strict settings): the choice is then not remembered.
  }
  return isReadingMode(stored) ? stored : 'original';
}

/** The same address with the mode set; the other parameters are kept. */
export function withModeParam(href: string, mode: ReadingMode): string {
  const url = new URL(href);
  url.searchParams.set(MODE_PARAM, mode);
  return url.href;
}
