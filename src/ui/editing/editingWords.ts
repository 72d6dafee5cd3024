import en from '../../i18n/locales/en/editing.json';
import fr from '../../i18n/locales/fr/editing.json';
import { useLazyTranslation } from '../hooks/useLazyTranslation';

/** The editing interface's words, which travel with it rather than with the first view. */
export function useEditingWords() {
  return useLazyTranslation('editing', { en, fr });
}
