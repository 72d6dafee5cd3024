/**
 * Short forms of quotes for places with little room (list entries, mark labels): cut at a word
 * boundary and closed with an ellipsis, never in the middle of a word.
 */
import type { Lang, Finding } from '../core/model/index';

/** At most `max` characters of `text`, cut after a whole word, with `…` when anything was cut. */
export function shortenQuote(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  // A single very long word has no space to cut at: cutting inside it is the lesser evil.
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** The quote a reader of `lang` sees first: one in their language when the finding has one. */
export function leadingQuote(finding: Finding, lang: Lang): { lang: Lang; text: string } {
  const other: Lang = lang === 'fr' ? 'en' : 'fr';
  const span = finding[lang][0] ?? finding[other][0];
  if (!span) throw new Error(`finding "${finding.id}" quotes neither source; this is a bug`);
  return { lang: finding[lang][0] ? lang : other, text: span.quote };
}
