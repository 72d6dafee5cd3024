import en from '../../i18n/locales/en/library.json';
import fr from '../../i18n/locales/fr/library.json';
import { useLazyTranslation } from '../hooks/useLazyTranslation';

/** The library's words in the interface language; they travel with the library, not with the first view. */
export function useLibraryTranslation() {
  return useLazyTranslation('library', { en, fr });
}
