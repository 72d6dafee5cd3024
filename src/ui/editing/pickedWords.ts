import { paragraphAt, paragraphWords, wordsCovered } from '../../core/edit/index';
import { LANGS, type Comparison, type Lang } from '../../core/model/index';
import type { SelectionReading } from './selectionRange';

/** Where the word picker stands: a paragraph of one text, and the words picked in it (indices into its words, `from` ≤ `to`). */
export interface Picked {
  readonly lang: Lang;
  readonly paragraph: number;
  readonly from: number;
  readonly to: number;
}

/**
 * The picker after the reader changed one of its controls. A new text or paragraph starts again at
 * its first word; the last word never comes before the first, so moving the first past it moves it too.
 */
export function choosePicked(previous: Picked, change: Partial<Picked>): Picked {
  const next = { ...previous, ...change };
  if (change.lang !== undefined || change.paragraph !== undefined) return { ...next, from: 0, to: 0 };
  return { ...next, to: Math.max(next.from, next.to) };
}

/**
 * Where the picker starts: on the words the reader selected (`selection`), else on the open
 * finding's first quote, else on the first word of the French text.
 */
export function startingPlace(comparison: Comparison, openId: string | null, selection: SelectionReading): Picked {
  if ('stretch' in selection) {
    const place = placeOf(comparison, selection.stretch.lang, selection.stretch.start, selection.stretch.end);
    if (place) return place;
  }
  const open = comparison.relations.find((finding) => finding.id === openId);
  const lang = open ? LANGS.find((side) => open[side].length > 0) : undefined;
  const span = open && lang ? open[lang][0] : undefined;
  if (lang && span) {
    const place = placeOf(comparison, lang, span.start, span.end);
    if (place) return place;
  }
  return { lang: 'fr', paragraph: 0, from: 0, to: 0 };
}

// The words a stretch of one text covers, in the paragraph where it starts; null when it covers none.
function placeOf(comparison: Comparison, lang: Lang, start: number, end: number): Picked | null {
  const source = comparison.sources[lang];
  const paragraph = paragraphAt(source, start);
  const covered = wordsCovered(paragraphWords(source, paragraph), start, end);
  return covered ? { lang, paragraph, ...covered } : null;
}
