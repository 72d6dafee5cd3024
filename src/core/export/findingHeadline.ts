/**
 * What a finding is, in a few words, for a heading a colleague scans: the claim's first words, in
 * the reader's language when the finding quotes that source, else in the other. Ids are the
 * file's own names and tell a reader nothing.
 */
import type { Lang, Finding } from '../model/types';

/** How many words of the claim a heading keeps: enough to recognise it, short enough to scan. */
const HEADLINE_WORDS = 8;

/** The claim a heading shows: its language and its first words, with `…` when more follow. */
export interface FindingHeadline {
  readonly lang: Lang;
  readonly words: string;
}

/** The first words of `finding`'s first quote (in text order) in `lang`, or in the other language when it quotes none in `lang`. */
export function headlineFinding(finding: Finding, lang: Lang): FindingHeadline {
  const other: Lang = lang === 'fr' ? 'en' : 'fr';
  const side = finding[lang].length > 0 ? lang : other;
  const [first] = [...finding[side]].sort((a, b) => a.start - b.start);
  if (!first) throw new Error(`finding "${finding.id}" quotes neither source; this is a bug`);
  return { lang: side, words: firstWords(first.quote, HEADLINE_WORDS) };
}

/** The first `count` words of `text`, white space run together, trailing punctuation dropped and `…` added when words were cut. */
export function firstWords(text: string, count: number): string {
  const words = text.trim().split(/\s+/).filter((word) => word !== '');
  if (words.length <= count) return words.join(' ');
  return `${words.slice(0, count).join(' ').replace(/[\s,;:.]+$/u, '')}…`;
}
