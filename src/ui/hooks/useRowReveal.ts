import { createContext, useContext } from 'react';
import type { Lang } from '../../core/model/index';

/** How a claim asks the list of rows to put another claim's row on the page before looking for it. */
export interface RowReveal {
  /**
   * Puts on the page the rows that hold the first `lang` quote of each of these findings, then
   * calls `then` once they are there: at once when they already are.
   */
  readonly showQuotes: (findingIds: readonly string[], lang: Lang, then: () => void) => void;
}

// Outside a virtualised list every row is on the page: there is nothing to wait for.
const EVERY_ROW_SHOWN: RowReveal = { showQuotes: (_findingIds, _lang, then) => then() };

/** Given by the list of rows (RowList); the default serves a list that draws every row. */
export const RowRevealContext = createContext<RowReveal>(EVERY_ROW_SHOWN);

/** The reveal of the list of rows the caller is drawn in. */
export function useRowReveal(): RowReveal {
  return useContext(RowRevealContext);
}
