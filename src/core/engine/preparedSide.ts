/**
 * One text's sentences and their features, prepared apart from the other text, so that the two
 * can be prepared at once on a machine with two cores (the command line does one in a worker
 * thread): splitting and features are a third of a long comparison's time, and neither text's
 * needs the other's. What ties the two texts is the key table (features.ts), whose ids must be
 * those of one table shared in the order compareSources fills it, the French text first; joining
 * renumbers the English keys to make it so, and the comparison is then the same byte for byte.
 */
import type { Lang, Source } from '../model/types';
import { splitSentences, type SentenceSplit } from './claimUnits';
import { extractFeatures, KeyTable, withKeyIds, type SentenceFeatures } from './features';
import { loadLexicon } from './lexicon';

export interface PreparedSide {
  readonly lang: Lang;
  readonly sentences: SentenceSplit;
  readonly features: readonly SentenceFeatures[];
  /** The key each id of `features` stands for, in the order of the ids. */
  readonly keys: readonly string[];
}

/** Both texts prepared, with one numbering of their keys: what compareSources takes instead of preparing them itself. */
export interface PreparedSides {
  readonly sentences: Readonly<Record<Lang, SentenceSplit>>;
  readonly features: { readonly fr: SentenceFeatures[]; readonly en: SentenceFeatures[] };
}

/** Splits a source into sentences and extracts their features with a key table of its own. */
export function prepareSide(source: Source, sentenceMode: 'segment' | 'lines'): PreparedSide {
  const table = new KeyTable();
  const sentences = splitSentences(source, sentenceMode);
  const features = extractFeatures(sentences.ranges.map(([start, end]) => source.text.slice(start, end)), source.lang, loadLexicon(), table);
  return { lang: source.lang, sentences, features, keys: table.keys() };
}

/** Joins a French and an English side prepared apart, numbering their keys as one table filled French first would. */
export function joinPreparedSides(fr: PreparedSide, en: PreparedSide): PreparedSides {
  if (fr.lang !== 'fr' || en.lang !== 'en') throw new Error(`joinPreparedSides: sides ${fr.lang} and ${en.lang} given for fr and en; this is a bug`);
  const table = new KeyTable();
  // Interned first into an empty table, the French keys keep their ids: only the English ones move.
  for (const key of fr.keys) table.intern(key);
  const englishIds = Int32Array.from(en.keys, (key) => table.intern(key));
  return {
    sentences: { fr: fr.sentences, en: en.sentences },
    features: { fr: [...fr.features], en: withKeyIds(en.features, englishIds) },
  };
}
