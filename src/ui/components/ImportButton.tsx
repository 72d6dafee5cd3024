import { useTranslation } from 'react-i18next';

/**
 * Opens a comparison file from the reader's disk: a file input behind a label drawn as a button,
 * so that it takes focus, Enter and Space as any button does. The same file picked twice is read
 * twice (it may have changed). On a phone it shows its first word only; its name stays whole.
 */
export function ImportButton({ onFile }: { onFile: (file: File) => void }) {
  const { t } = useTranslation('common');
  return (
    <label className="button import-button">
      <input
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
      {t('import.button')} <span className="import-button__rest">{t('import.buttonRest')}</span>
    </label>
  );
}
