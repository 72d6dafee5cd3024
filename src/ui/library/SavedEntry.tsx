import { ComparisonCard } from './ComparisonCard';
import { ItemActions } from './ItemActions';
import type { LibraryEntry } from './libraryStore';
import { UnreadableItem } from './UnreadableItem';
import { useLibraryTranslation } from './useLibraryTranslation';

export interface SavedEntryProps {
  readonly entry: LibraryEntry;
  readonly current: boolean;
  readonly takeFocus: boolean;
  readonly onOpen: (id: string) => void;
  readonly onDelete: (id: string, name: string) => Promise<boolean>;
  readonly onAction: () => void;
}

/**
 * One saved comparison of the library with its Open and Delete buttons, or, when it cannot be
 * read, its id and why. The comparison on screen and a newer app's record cannot be deleted here.
 */
export function SavedEntry({ entry, current, takeFocus, onOpen, onDelete, onAction }: SavedEntryProps) {
  const { t } = useLibraryTranslation();
  if (entry.state === 'unreadable') {
    // A newer app's record is kept for that app: this one neither opens nor deletes it.
    const deletable = entry.error.code !== 'newer-version';
    return (
      <UnreadableItem id={entry.id} error={entry.error}>
        <ItemActions
          name={entry.id}
          onOpen={null}
          onDelete={deletable ? () => onDelete(entry.id, entry.id) : null}
          onAction={onAction}
          takeFocus={takeFocus}
        />
      </UnreadableItem>
    );
  }
  const { summary } = entry;
  return (
    <ComparisonCard summary={summary} savedAt={summary.savedAt} shipped={false} current={current}>
      <ItemActions
        name={summary.name}
        onOpen={() => onOpen(entry.id)}
        // The comparison on screen is saved on every edit: deleting it would last until the next one.
        onDelete={current ? null : () => onDelete(entry.id, summary.name)}
        onAction={onAction}
        takeFocus={takeFocus}
      />
      {current && <p className="library-card__hint">{t('item.deleteCurrent')}</p>}
    </ComparisonCard>
  );
}
