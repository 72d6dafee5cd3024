/**
 * The indexes of the project's own lexicon (data/lexicon.json), computed when first asked for.
 *
 * The command line's build (scripts/build-cli.ts) puts their value in this module's place, so that
 * the command line parses them rather than computing them at every run; keep this module's one
 * export as it is, which the build's replacement gives too.
 */
import lexiconData from './data/lexicon.json';
import { indexLexicon, type LexiconIndex } from './lexiconIndex';

/** The shipped lexicon's indexes; a new object on every call: lexicon.ts calls it once. */
export function shippedLexiconIndex(): LexiconIndex {
  return indexLexicon(lexiconData);
}
