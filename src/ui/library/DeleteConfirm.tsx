import { useEffect, useId, useRef } from 'react';
import { useLibraryTranslation } from './useLibraryTranslation';

export interface DeleteConfirmProps {
  readonly name: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/**
 * The question asked before a deletion, in place of the item's buttons. Focus goes to "Keep it",
 * so that a reader who pressed Delete by mistake and presses Enter again loses nothing.
 */
export function DeleteConfirm({ name, onConfirm, onCancel }: DeleteConfirmProps) {
  const { t } = useLibraryTranslation();
  const questionId = useId();
  const keepRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    keepRef.current?.focus();
  }, []);

  return (
    <div role="group" className="library-confirm" aria-labelledby={questionId}>
      <p id={questionId} className="library-confirm__question">
        {t('confirm.question', { name })}
      </p>
      <button type="button" className="button button--danger" onClick={onConfirm}>
        {t('confirm.delete')}
      </button>
      <button ref={keepRef} type="button" className="button" onClick={onCancel}>
        {t('confirm.cancel')}
      </button>
    </div>
  );
}
