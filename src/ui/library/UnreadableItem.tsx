import { useId, type ReactNode } from 'react';
import type { LibraryError } from './LibraryError';
import { useLibraryTranslation } from './useLibraryTranslation';

export interface UnreadableItemProps {
  readonly id: string;
  readonly error: LibraryError;
  readonly children: ReactNode;
}

/** A saved record the app cannot read: listed with its id and why, so that the others stay usable. */
export function UnreadableItem({ id, error, children }: UnreadableItemProps) {
  const { t } = useLibraryTranslation();
  const headingId = useId();
  const reason = error.code === 'newer-version' ? t('unreadable.newer-version') : t('unreadable.corrupt');
  return (
    <article className="library-card library-card--unreadable" aria-labelledby={headingId}>
      <header className="library-card__header">
        <h3 id={headingId} className="library-card__name">
          {t('unreadable.title')}
        </h3>
      </header>
      <p>{t('unreadable.id', { id })}</p>
      <p>{reason}</p>
      <div className="library-card__actions">{children}</div>
    </article>
  );
}
