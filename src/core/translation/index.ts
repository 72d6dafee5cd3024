/** The translations' door: a translation file read against its original, and laid out for reading. */
// A translation file (sources/<pair>/fr.en.md), which keeps the original's paragraphs one for one.
export { readTranslationFile } from './translationFile';
// A translation cut into pieces like its original, the shown findings' quotes lit in it.
export { layoutTranslation, type TranslationLayout } from './translationLayout';
