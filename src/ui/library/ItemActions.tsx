import { useEffect, useRef, useState } from 'react';
import { DeleteConfirm } from './DeleteConfirm';
import { useLibraryTranslation } from './useLibraryTranslation';

export interface ItemActionsProps {
  /** How the item is named to the reader: its comparison's name, or its id when it cannot be read. */
  readonly name: string;
  /** Opens the item; null when it cannot be opened. */
  readonly onOpen: (() => void) | null;
  /** Deletes the item, resolving false when it could not; null when it cannot be deleted. */
  readonly onDelete: (() => Promise<boolean>) | null;
  /** Told when the reader starts something, so that the last action's status line goes away. */
  readonly onAction: () => void;
  /** Moves focus to Open (or Delete) when the item appears, as after an undo. */
  readonly takeFocus: boolean;
}

/**
 * An item's Open and Delete buttons; Delete asks first, in place, and focus comes back to it
 * when the reader keeps the item. Each button's accessible name carries the item's name.
 */
export function ItemActions({ name, onOpen, onDelete, onAction, takeFocus }: ItemActionsProps) {
  const { t } = useLibraryTranslation();
  const [confirming, setConfirming] = useState(false);
  const openRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (!confirming && returnFocus.current) {
      returnFocus.current = false;
      deleteRef.current?.focus();
    }
  }, [confirming]);

  useEffect(() => {
    if (takeFocus) (openRef.current ?? deleteRef.current)?.focus();
  }, [takeFocus]);

  if (confirming && onDelete) {
    const keep = () => {
      returnFocus.current = true;
      setConfirming(false);
    };
    const confirm = async () => {
      // Once deleted the item leaves the list; only a refusal brings the reader back here.
      if (!(await onDelete())) keep();
    };
    return <DeleteConfirm name={name} onConfirm={() => void confirm()} onCancel={keep} />;
  }

  return (
    <>
      {onOpen && (
        <button ref={openRef} type="button" className="button" onClick={onOpen}>
          {t('item.open')}{' '}
          <span className="visually-hidden">{name}</span>
        </button>
      )}
      {onDelete && (
        <button
          ref={deleteRef}
          type="button"
          className="button button--quiet"
          onClick={() => {
            onAction();
            setConfirming(true);
          }}
        >
          {t('item.delete')}{' '}
          <span className="visually-hidden">{name}</span>
        </button>
      )}
    </>
  );
}
