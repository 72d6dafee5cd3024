import { useEffect, useId, useRef } from 'react';
import { useLibraryTranslation } from './useLibraryTranslation';

export interface DuplicateImportProps {
  /** The name the library already holds the same comparison under. */
  readonly existingName: string;
  /** The name a copy would take, so that the library never holds two of one name. */
  readonly copyName: string;
  readonly onOpenExisting: () => void;
  readonly onAddCopy: () => void;
  readonly onCancel: () => void;
}

/**
 * Asked when the file being opened holds a comparison the library has already, word for word:
 * open the one kept (and the reader's edits to it), or add a copy under a name of its own, or
 * neither. Nothing is added until the reader chooses.
 */
export function DuplicateImport({ existingName, copyName, onOpenExisting, onAddCopy, onCancel }: DuplicateImportProps) {
  const { t } = useLibraryTranslation();
  const headingId = useId();
  const openRef = useRef<HTMLButtonElement>(null);
  useEffect(() => openRef.current?.focus(), []);
  return (
    <div
      role="alertdialog"
      aria-labelledby={headingId}
      aria-describedby={`${headingId}-text`}
      className="import-notice"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        onCancel();
      }}
    >
      <h2 id={headingId} className="import-notice__title">
        {t('duplicate.title')}
      </h2>
      <p id={`${headingId}-text`}>{t('duplicate.text', { name: existingName })}</p>
      <div className="import-notice__actions">
        <button ref={openRef} type="button" className="button" onClick={onOpenExisting}>
          {t('duplicate.open', { name: existingName })}
        </button>
        <button type="button" className="button" onClick={onAddCopy}>
          {t('duplicate.copy', { name: copyName })}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('duplicate.cancel')}
        </button>
      </div>
    </div>
  );
}
