import { Suspense, lazy, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

const RenameForm = lazy(() => import('./RenameForm').then((module) => ({ default: module.RenameForm })));

export interface ComparisonNameProps {
  readonly name: string;
  /**
   * Renames the comparison; returns why the name was refused, in the reader's language, else null.
   * Without it (the shipped comparison, which is read only) the name shows without a Rename button.
   */
  readonly onRename?: (name: string) => string | null;
}

/**
 * The comparison's name above the summary, the one the library lists and the exports take as
 * their title and file name; a comparison of the reader's own has a Rename button beside it, which
 * turns the name into a text field (RenameForm).
 */
export function ComparisonName({ name, onRename }: ComparisonNameProps) {
  const { t } = useTranslation('compare');
  const [renaming, setRenaming] = useState(false);
  const renameRef = useRef<HTMLButtonElement>(null);

  const plain = (
    <div className="comparison-name">
      <h2 className="comparison-name__text">
        <span className="comparison-name__label">{t('name.label')}</span> {name}
      </h2>
      {onRename && (
        <button ref={renameRef} type="button" className="button button--quiet" aria-label={t('name.renameLabel', { name })} onClick={() => setRenaming(true)}>
          {t('name.rename')}
        </button>
      )}
    </div>
  );
  if (!renaming || !onRename) return plain;
  return (
    <Suspense fallback={plain}>
      <RenameForm
        name={name}
        onRename={onRename}
        onDone={() => {
          setRenaming(false);
          // Focus goes back to where the reader started, not to the top of the page.
          requestAnimationFrame(() => renameRef.current?.focus());
        }}
      />
    </Suspense>
  );
}
