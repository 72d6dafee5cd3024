/**
 * The sentences of a source, paragraph by paragraph, as the automatic engine cuts them: the unit
 * at which a curated and an automatic comparison can be set against each other.
 */
import { segmentSentences } from '../text/segment';
import type { Range, Source } from '../model/types';

/** Every sentence of the source's paragraphs, in reading order, as ranges of its text. */
export function listSentences(source: Source): Range[] {
  return source.paragraphs.flatMap((paragraph) => segmentSentences(source.text, source.lang, paragraph));
}
