import type { Lang } from '../../core/model/index';
import { useIntakeWords } from './intakeWords';
import { SOURCE_FILE_TYPES } from './loadSourceFile';

/**
 * Picks a file for one side: a file input behind a label drawn as a button, so that it takes
 * focus, Enter and Space as any button does. Its name says which side it fills; the same file
 * picked twice is read twice (it may have changed).
 */
export function FileButton({ lang, onFile }: { lang: Lang; onFile: (file: File) => void }) {
  const { t } = useIntakeWords();
  return (
    <label className="button intake-file">
      <input
        type="file"
        accept={SOURCE_FILE_TYPES}
        className="visually-hidden"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
      {t('choose')}
      <span className="visually-hidden"> {t(`side.${lang}.chooseFor`)}</span>
    </label>
  );
}
