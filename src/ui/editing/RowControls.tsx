import { useEffect, useRef } from 'react';
import { canJoin, splitPlaces } from '../../core/edit/index';
import type { Lang, FindingKind } from '../../core/model/index';
import { KindIcon } from '../components/KindIcon';
import { useEditingWords } from './editingWords';
import type { RowEditing } from './rowEditing';
import type { Editing } from './useEditHistory';

/** The row controls for a comparison being edited, for the rows to draw (see rowEditing.ts). */
export function rowEditing(editing: Editing): RowEditing {
  return {
    split: (row, lang, at) => <SplitRowButton editing={editing} row={row} lang={lang} at={at} />,
    join: (row) => <JoinRowsButton editing={editing} row={row} />,
    openMark: (kind, open) => <OpenMark kind={kind} onOpen={open} />,
  };
}

/**
 * A claim's kind mark while the reader edits, which opens its finding on a click: the claim's
 * words are for selecting then. For the pointer only, and said by its title: the claim itself,
 * focused, opens the finding by Enter, and is what screen readers announce.
 */
function OpenMark({ kind, onOpen }: { readonly kind: FindingKind; readonly onOpen: () => void }) {
  const { t } = useEditingWords();
  return (
    <span className="claim__open" title={t('claimOpen')} aria-hidden="true" onClick={onOpen}>
      <KindIcon kind={kind} className="claim__icon" />
    </span>
  );
}

// The row whose join control takes focus when it next draws: a split takes away the control that
// made it (its paragraph now opens the next row), and joining the two halves again is the way back.
// One editing view per page, so one place to remember it.
let focusJoinOf: number | null = null;

interface SplitRowButtonProps {
  readonly editing: Editing;
  readonly row: number;
  readonly lang: Lang;
  readonly at: number;
}

/** Splits a row before one of its paragraphs; drawn only where the core allows a split. */
function SplitRowButton({ editing, row, lang, at }: SplitRowButtonProps) {
  const { t } = useEditingWords();
  if (!splitPlaces(editing.comparison, row).some((place) => place.lang === lang && place.at === at)) return null;
  const split = () => {
    focusJoinOf = row;
    if (editing.apply({ type: 'split-row', row, lang, at }) !== null) focusJoinOf = null;
  };
  return (
    <div className="row-control row-control--split">
      <button type="button" className="button button--quiet" onClick={split}>
        {t('row.split')} <span className="visually-hidden">{t(`row.splitWhich.${lang}`, { row: row + 1, position: at + 1 })}</span>
      </button>
    </div>
  );
}

/** Joins a row with the next; drawn only where there is a next row. */
function JoinRowsButton({ editing, row }: { readonly editing: Editing; readonly row: number }) {
  const { t } = useEditingWords();
  const ref = useRef<HTMLButtonElement>(null);
  const joinable = canJoin(editing.comparison, row);
  useEffect(() => {
    if (focusJoinOf !== row || !ref.current) return;
    focusJoinOf = null;
    ref.current.focus();
  });
  if (!joinable) return null;
  return (
    <div className="row-control row-control--join">
      <button ref={ref} type="button" className="button button--quiet" onClick={() => editing.apply({ type: 'join-rows', row })}>
        {t('row.join')} <span className="visually-hidden">{t('row.joinWhich', { row: row + 1, next: row + 2 })}</span>
      </button>
    </div>
  );
}
