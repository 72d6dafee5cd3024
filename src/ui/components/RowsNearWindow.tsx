/**
 * The long comparison's rows: only those near the window are drawn, with @tanstack/react-virtual
 * over the page's scroll; RowList.tsx says which rows stay drawn wherever the window is, and why.
 * Loaded only for comparisons of VIRTUAL_ROWS_FROM rows or more.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type FocusEvent } from 'react';
import { flushSync } from 'react-dom';
import {
  defaultRangeExtractor,
  measureElement,
  useWindowVirtualizer,
  windowScroll,
  type Range,
  type Virtualizer,
} from '@tanstack/react-virtual';
import { rowLocator } from '../../core/findings/index';
import { LANGS, type Lang, type Finding } from '../../core/model/index';
import type { ReadingRow } from '../../core/reading/index';
import { RowRevealContext, type RowReveal } from '../hooks/useRowReveal';
import { AlignedRow } from './AlignedRow';
import { EveryRow, type RowListProps } from './EveryRow';

// Rows drawn beyond each edge of the window: enough that a wheel's step or a page down shows rows
// already laid out, few enough that a frame never lays out more than a couple of new ones.
const OVERSCAN = 5;

/** What a claim asked to be drawn, and what to do once it is. */
interface Asked {
  readonly rows: readonly number[];
  readonly then: () => void;
}

/** The rows near the window, drawn over the page's own scroll (see RowList.tsx for what else stays drawn). */
export function RowsNearWindow({ comparison, rows, findings, currentId, translation, labels }: RowListProps) {
  const [place, attachList] = useListPlace();
  const measuredWidth = useRef<string | null>(null);
  const printing = usePrinting();
  const locate = useMemo(() => rowLocator(comparison), [comparison]);
  const currentRows = useMemo(() => firstQuoteRows(currentId === null ? undefined : findings.get(currentId), LANGS, locate), [currentId, findings, locate]);
  const [focusedRow, setFocusedRow] = useState<number | null>(null);
  const [asked, setAsked] = useState<Asked | null>(null);

  const rangeExtractor = useCallback(
    (range: Range) => {
      const kept = [...currentRows, ...(asked?.rows ?? []), ...(focusedRow === null ? [] : [focusedRow])].filter((row) => row < range.count);
      const near = defaultRangeExtractor(range);
      return kept.every((row) => near.includes(row)) ? near : [...new Set([...near, ...kept])].sort((a, b) => a - b);
    },
    [currentRows, asked, focusedRow],
  );
  const estimateSize = useCallback((index: number) => estimateRowHeight(rows[index], place ?? UNPLACED), [rows, place]);
  // A row's measured height is kept under its first paragraphs, not its place: joining or splitting
  // rows moves the places of every row after it, not their heights.
  const getItemKey = useCallback((index: number) => rowKey(rows[index], index), [rows]);

  // Until the list's place is known (as its box is committed, before the first paint), rows are
  // drawn as if the list began at the top of the window: a few too many, each placed right, since
  // a row's place in the list does not depend on where the list is.
  const virtualizer = useWindowVirtualizer<HTMLDivElement>({
    count: rows.length,
    estimateSize,
    getItemKey,
    overscan: OVERSCAN,
    scrollMargin: place?.top ?? 0,
    rangeExtractor,
    measureElement: measureRow,
    scrollToFn: scrollInstantly,
    // The window, as the first render sees it: the rows in view are drawn in that render.
    initialRect: { width: window.innerWidth, height: window.innerHeight },
  });

  // A new width rewraps every row: what was measured no longer holds.
  const width = place === null ? null : `${place.width} ${place.stacked}`;
  useLayoutEffect(() => {
    if (measuredWidth.current !== null && measuredWidth.current !== width) virtualizer.measure();
    measuredWidth.current = width;
  }, [width, virtualizer]);

  // Runs before App's effect that scrolls the open finding's quote into view: that scroll is then a
  // short one, among rows already measured.
  const currentRow = currentRows[0] ?? null;
  useLayoutEffect(() => {
    if (currentRow !== null && !isNearWindow(virtualizer, currentRow)) virtualizer.scrollToIndex(currentRow, { align: 'center' });
  }, [currentRow, virtualizer]);

  useLayoutEffect(() => {
    asked?.then();
  }, [asked]);

  const reveal = useMemo<RowReveal>(
    () => ({
      showQuotes: (findingIds, lang, then) => {
        const wanted = findingIds.flatMap((id) => firstQuoteRows(findings.get(id), [lang], locate));
        const drawn = new Set(virtualizer.getVirtualItems().map((item) => item.index));
        const missing = wanted.find((row) => !drawn.has(row));
        if (missing === undefined) {
          then();
          return;
        }
        virtualizer.scrollToIndex(missing, { align: 'center' });
        setAsked({ rows: wanted, then });
      },
    }),
    [findings, locate, virtualizer],
  );

  const keepFocusedRow = (event: FocusEvent<HTMLDivElement>) => {
    const slot = event.target instanceof Element ? event.target.closest('[data-index]') : null;
    if (slot) setFocusedRow(Number(slot.getAttribute('data-index')));
  };

  if (printing) return <EveryRow rows={rows} translation={translation} labels={labels} />;
  return (
    <RowRevealContext value={reveal}>
      <div ref={attachList} className="texts__rows texts__rows--virtual" style={{ height: virtualizer.getTotalSize() }} onFocus={keepFocusedRow}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <div
              key={row.index}
              ref={virtualizer.measureElement}
              data-index={item.index}
              className="texts__slot"
              style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
            >
              <AlignedRow row={row} translation={translation} labels={labels} />
            </div>
          );
        })}
      </div>
    </RowRevealContext>
  );
}

/** `12/13`: a row's first French and first English paragraph, which no other row has. */
function rowKey(row: ReadingRow | undefined, index: number): string {
  return row ? `${row.fr[0]?.index ?? '-'}/${row.en[0]?.index ?? '-'}` : `row ${index}`;
}

/** The rows of a finding's first quote in each of `langs`, from the core; none for no finding. */
function firstQuoteRows(finding: Finding | undefined, langs: readonly Lang[], locate: (lang: Lang, offset: number) => number): number[] {
  if (!finding) return [];
  return langs.flatMap((lang) => {
    const span = finding[lang][0];
    return span ? [locate(lang, span.start)] : [];
  });
}

/** Whether a row is among those drawn for the window's sake (inside it or in its overscan). */
function isNearWindow(virtualizer: Virtualizer<Window, HTMLDivElement>, row: number): boolean {
  const range = virtualizer.range;
  return range !== null && row >= range.startIndex - OVERSCAN && row <= range.endIndex + OVERSCAN;
}

// The page scrolls smoothly for the reader's own moves (base.css); the virtualizer's writes (its
// corrections as rows above the window are measured, its jumps) must land at once, or the text
// would drift and a jump would aim at places that move under it.
const scrollInstantly: typeof windowScroll = (offset, { adjustments, behavior }, instance) =>
  windowScroll(offset, { adjustments, behavior: behavior === 'smooth' ? 'smooth' : 'instant' }, instance);

// A row that is not laid out (jsdom, a hidden page) measures 0; it keeps its estimate instead.
function measureRow(element: HTMLDivElement, entry: ResizeObserverEntry | undefined, instance: Virtualizer<Window, HTMLDivElement>): number {
  const size = measureElement(element, entry, instance);
  return size > 0 ? size : instance.options.estimateSize(instance.indexFromElement(element));
}

/** Where the list sits on the page, and how wide it is. */
interface ListPlace {
  /** Pixels from the top of the document to the top of the list: the virtualizer's scroll margin. */
  readonly top: number;
  readonly width: number;
  /** Whether a row's cells stand one above the other (reading.css, narrow screens). */
  readonly stacked: boolean;
}

// Where a row's cells stop standing side by side (reading.css).
const STACKED_QUERY = '(max-width: 720px)';

// jsdom lays nothing out: there, the list is at the top of a page of unknown width.
const UNPLACED: ListPlace = { top: 0, width: 0, stacked: false };

function placeOf(list: HTMLElement): ListPlace {
  const box = list.getBoundingClientRect();
  const stacked = typeof window.matchMedia === 'function' && window.matchMedia(STACKED_QUERY).matches;
  return { top: Math.round(box.top + window.scrollY), width: Math.round(box.width), stacked };
}

/**
 * The list's place, and the ref that gives it the list: read as the list's box is committed (so
 * that the render it causes comes before the first paint), then followed as anything above the
 * list or the window changes size.
 */
function useListPlace(): readonly [ListPlace | null, (list: HTMLDivElement | null) => void] {
  const [list, setList] = useState<HTMLDivElement | null>(null);
  const [place, setPlace] = useState<ListPlace | null>(null);
  const attach = useCallback((node: HTMLDivElement | null) => {
    setList(node);
    if (node) setPlace((previous) => samePlace(previous, placeOf(node)));
  }, []);
  useEffect(() => {
    if (!list || typeof ResizeObserver === 'undefined') return;
    // The body's size changes with anything above the list (a note, a panel) and with the window.
    const observer = new ResizeObserver(() => setPlace((previous) => samePlace(previous, placeOf(list))));
    observer.observe(document.body);
    observer.observe(list);
    return () => observer.disconnect();
  }, [list]);
  return [place, attach];
}

/** `next`, or `previous` when they are the same place, so that nothing renders again for it. */
function samePlace(previous: ListPlace | null, next: ListPlace): ListPlace {
  return previous !== null && previous.top === next.top && previous.width === next.width && previous.stacked === next.stacked ? previous : next;
}

/** Whether the page is being printed: every row is drawn for it, then the list goes back to the window. */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    // The browser lays the page out for print as soon as `beforeprint` returns: the rows must be there.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}

// The reading styles (reading.css) at a glance: a cell's padding, a paragraph's line and margin,
// the width of a character of the text face, the paragraphs' 68ch measure, and the width a column
// is given before the list has been laid out. An estimate only: each row is measured once drawn.
const CELL_PADDING = 22;
const PARAGRAPH_MARGIN = 14;
const LINE_HEIGHT = 29;
const EMPTY_CELL = 60;
const CHARACTER_WIDTH = 8.4;
const MEASURE_CHARACTERS = 68;
const COLUMN_PADDING = 56;
const UNKNOWN_COLUMN_WIDTH = 480;

/** A row's height before it is drawn, from the length of its paragraphs and the columns' width. */
function estimateRowHeight(row: ReadingRow | undefined, place: ListPlace): number {
  if (!row) return EMPTY_CELL;
  const columnWidth = place.width > 0 ? (place.stacked ? place.width : place.width / 2) - COLUMN_PADDING : UNKNOWN_COLUMN_WIDTH;
  const perLine = Math.max(12, Math.min(MEASURE_CHARACTERS, Math.floor(columnWidth / CHARACTER_WIDTH)));
  const cells = LANGS.map((lang) => {
    if (row[lang].length === 0) return CELL_PADDING + EMPTY_CELL;
    const text = row[lang].reduce((height, paragraph) => {
      const characters = paragraph.pieces.reduce((sum, piece) => sum + piece.text.length, 0);
      return height + Math.max(1, Math.ceil(characters / perLine)) * LINE_HEIGHT + PARAGRAPH_MARGIN;
    }, 0);
    return CELL_PADDING + text;
  });
  return place.stacked ? cells.reduce((sum, height) => sum + height, 0) : Math.max(...cells);
}
