/**
 * Creating a claim from a selection: a new one-sided finding (only-fr or only-en, by the text it
 * quotes) on `[start, end)` of that text, trimmed of surrounding white space so that a sloppy
 * selection still quotes just the words. The trimmed range must be non-empty and lie inside one
 * paragraph: a claim is read in one place. The finding is the reader's own: origin 'curated',
 * no confidence, no status, marked edited (the reader made it), an empty note in both languages, appended after the others (the
 * reading order of findings comes from their quotes, not from the list).
 */
import type { Comparison, Lang, Finding } from '../model/types';
import { EditError } from './edit';

/** The comparison with a new claim `id` on the trimmed selection; throws EditError when the selection or the id does not do. */
export function createClaim(comparison: Comparison, id: string, lang: Lang, start: number, end: number): Comparison {
  if (id === '') throw new EditError('bad-id', 'a claim needs an id');
  if (comparison.relations.some((finding) => finding.id === id)) throw new EditError('id-taken', `the id "${id}" is used by another finding`);
  const source = comparison.sources[lang];
  const { text } = source;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length) {
    throw new EditError('selection-outside-paragraph', `[${start}, ${end}) is not a range inside the ${lang} text (${text.length} characters)`);
  }
  let from = start;
  let to = end;
  while (from < to && /\s/u.test(text.charAt(from))) from += 1;
  while (to > from && /\s/u.test(text.charAt(to - 1))) to -= 1;
  if (from >= to) throw new EditError('empty-selection', `[${start}, ${end}) of the ${lang} text holds no word`);
  if (!source.paragraphs.some(([paragraphStart, paragraphEnd]) => paragraphStart <= from && to <= paragraphEnd)) {
    throw new EditError('selection-outside-paragraph', `[${from}, ${to}) of the ${lang} text is not inside one paragraph`);
  }
  const claim: Finding = {
    id,
    kind: lang === 'fr' ? 'only-fr' : 'only-en',
    fr: lang === 'fr' ? [{ start: from, end: to, quote: text.slice(from, to) }] : [],
    en: lang === 'en' ? [{ start: from, end: to, quote: text.slice(from, to) }] : [],
    aspects: [],
    note: { fr: '', en: '' },
    origin: 'curated',
    confidence: null,
    edited: true,
  };
  return { ...comparison, relations: [...comparison.relations, claim] };
}
