import { createContext, type ReactNode } from 'react';
import type { Lang, FindingKind } from '../../core/model/index';

/**
 * The controls the rows draw while the reader edits, handed down by context so that the rows take
 * no props for them and the reading view's first script carries none of their code.
 */
export interface RowEditing {
  /** What stands before the `at`-th paragraph (from 0, at ≥ 1) of side `lang` in row `row`: the control that splits the row there. */
  readonly split: (row: number, lang: Lang, at: number) => ReactNode;
  /** What stands under row `row`: the control that joins it with the next. */
  readonly join: (row: number) => ReactNode;
  /** A claim's kind mark while the reader edits: the mark, not the words, opens its finding on a click (ClaimLink.tsx). */
  readonly openMark: (kind: FindingKind, open: () => void) => ReactNode;
}

/** The row controls, which claims read too to know the reader is editing; null while the reader reads rather than edits. */
export const RowEditingContext = createContext<RowEditing | null>(null);
