/**
 * The reading view's rows. A comparison of fewer than VIRTUAL_ROWS_FROM rows draws every row, as it
 * always did, so that find in page and printing see the whole text. A longer one draws only the
 * rows near the window (@tanstack/react-virtual over the page's own scroll), each measured once
 * drawn and estimated from its length until then: opening and scrolling cost what the rows in view
 * cost, however long the texts. Tab reaches only the rows drawn, as in any virtualised list.
 *
 * Some rows are drawn wherever the window is: the open finding's, so that whatever opens it (a
 * claim, the list, the overview strip, `j` and `k`, an address) finds its first quote on the page
 * and scrolls it into view as on a short comparison; the row that holds focus, so that the next Tab
 * carries on from it; and the rows a claim asked for (useRowReveal). A row far from the window is
 * reached by a jump, not a smooth scroll: a smooth scroll aims at the estimated place and misses it
 * once the rows it passes are measured. Printing draws every row.
 */
import { Suspense, lazy } from 'react';
import { EveryRow, type RowListProps } from './EveryRow';

// Only long comparisons need the virtualizer: it loads with them, not with the first view.
const RowsNearWindow = lazy(() => import('./RowsNearWindow').then((module) => ({ default: module.RowsNearWindow })));

/** Rows drawn while the virtualizer loads: about two screens. */
const FIRST_ROWS_WHILE_LOADING = 12;

/**
 * From this many rows on, only the rows near the window are drawn. Below it, drawing every row
 * opens the comparison sooner than the virtualizer's own setup does (rows out of sight cost little:
 * reading.css skips their layout), and find in page and printing see every row. Measured in
 * Chromium, the two ways interleaved, opening the synthetic pair: 106 rows 472 ms drawn whole
 * against 514 ms virtualised, 211 rows 537 against 586, 422 rows 739 against 671.
 */
export const VIRTUAL_ROWS_FROM = 300;

/** Every row of the comparison, in order, each as an AlignedRow keyed by its index; long lists drawn near the window only. */
export function RowList(props: RowListProps) {
  if (props.rows.length < VIRTUAL_ROWS_FROM) return <EveryRow {...props} />;
  // Until the virtualizer's code is here (a moment, the first time), the first rows show.
  return (
    <Suspense fallback={<EveryRow {...props} rows={props.rows.slice(0, FIRST_ROWS_WHILE_LOADING)} />}>
      <RowsNearWindow {...props} />
    </Suspense>
  );
}
