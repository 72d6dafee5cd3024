import en from '../../i18n/locales/en/intake.json';
import fr from '../../i18n/locales/fr/intake.json';
import { useLazyTranslation } from '../hooks/useLazyTranslation';

/** The new comparison form's words, which travel with the form rather than with the first view. */
export function useIntakeWords() {
  return useLazyTranslation('intake', { en, fr });
}

const MEGABYTE = 1024 * 1024;

/** A size in bytes as the reader's language writes megabytes: `5.2 MB`, `5,2 Mo`. */
export function useSizeFormat(): (bytes: number) => string {
  const { t, i18n } = useIntakeWords();
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  return (bytes) => t('size', { value: number.format(bytes / MEGABYTE) });
}
