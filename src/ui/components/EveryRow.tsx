import type { Comparison, Finding } from '../../core/model/index';
import type { ReadingRow } from '../../core/reading/index';
import { AlignedRow, type RowLabels, type ShownTranslation } from './AlignedRow';

/**
 * What RowList takes, and passes on whole to RowsNearWindow. It lives here, beside the drawing both
 * share, so that RowsNearWindow needs nothing from RowList, which loads it.
 */
export interface RowListProps {
  readonly comparison: Comparison;
  readonly rows: readonly ReadingRow[];
  readonly findings: ReadonlyMap<string, Finding>;
  readonly currentId: string | null;
  readonly translation: ShownTranslation | null;
  readonly labels: RowLabels;
}

/** Draws the given rows, in order, each as an AlignedRow keyed by its index: all of a short comparison, or every row for printing. */
export function EveryRow({ rows, translation, labels }: Pick<RowListProps, 'rows' | 'translation' | 'labels'>) {
  return (
    <div className="texts__rows">
      {rows.map((row) => (
        <AlignedRow key={row.index} row={row} translation={translation} labels={labels} />
      ))}
    </div>
  );
}
