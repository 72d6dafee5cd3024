/**
 * The texts' translations and what the reading view does with them, loaded only when a reader
 * first asks for a translation or opens a finding that quotes both sources: the translation files,
 * the YAML parser that reads their front matter and the word diff stay out of the first view's
 * script. Import this module dynamically, never statically.
 */
import { compareClaimWording, type ClaimWording } from '../core/findings/index';
import type { Comparison, Lang, Finding, FindingKind, Translation } from '../core/model/index';
import { layoutTranslation, readTranslationFile, type TranslationLayout } from '../core/translation/index';

// Every pair's translations, `sources/<pair>/fr.en.md` (the French source in English) and
// `en.fr.md`, each fetched on its own when asked for.
const TRANSLATION_FILES = import.meta.glob<string>('../../sources/*/*.*.md', { query: '?raw', import: 'default' });

export interface TranslationKit {
  /** The translation of each source into the other language; null where the pair has none. */
  readonly translations: Readonly<Record<Lang, Translation | null>>;
  /** The translation of the `source` text laid out for reading; null when there is none. */
  readonly layout: (source: Lang, shownKinds: ReadonlySet<FindingKind>) => TranslationLayout | null;
  /** A finding's quotes compared word by word in `readerLang`; null when there is nothing to compare. */
  readonly compareWording: (finding: Finding, readerLang: Lang) => ClaimWording | null;
}

/** Reads the translations of the comparison's pair, if `sources/` holds any; rejects when a file is not valid. */
export async function loadTranslationKit(comparison: Comparison): Promise<TranslationKit> {
  const read = async (source: Lang): Promise<Translation | null> => {
    const into: Lang = source === 'fr' ? 'en' : 'fr';
    const name = `${source}.${into}.md`;
    const load = TRANSLATION_FILES[`../../sources/${comparison.name}/${name}`];
    return load ? readTranslationFile(await load(), `sources/${comparison.name}/${name}`, comparison.sources[source]) : null;
  };
  const [fr, en] = await Promise.all([read('fr'), read('en')]);
  const translations = { fr, en };
  return {
    translations,
    layout: (source, shownKinds) => {
      const translation = translations[source];
      return translation ? layoutTranslation(comparison, translation, shownKinds) : null;
    },
    compareWording: (finding, readerLang) => {
      // The reader's language is the translation's: the other source's translation into it.
      const translation = translations[readerLang === 'fr' ? 'en' : 'fr'];
      return translation ? compareClaimWording(comparison, finding, translation) : null;
    },
  };
}
