/** The interface's two languages, and how any language tag comes down to one of them. */

export type UiLang = 'fr' | 'en';

export const UI_LANGS = ['fr', 'en'] as const satisfies readonly UiLang[];

/** Where the reader's choice is kept between visits. */
export const LANG_STORAGE_KEY = 'source-comparison.lang';

/** Narrows any language tag (`fr-CA`, `de`, none) to one of the interface's languages: French or else English. */
export function toUiLang(tag: string | undefined): UiLang {
  return tag?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
