/**
 * The stretch of a claim that one side adds, cut where a reader would cut it. The judge finds the
 * heaviest run of words the other side does not cover (overlap.ts); that run starts and ends
 * wherever the dictionary stopped matching, often inside a phrase ("EU unveils drought" of "EU
 * unveils drought aid for farmers", "Common Agricultural Policy (CAP" of "… Policy (CAP).").
 * Quoted as a claim of its own, such a piece reads as nonsense. So the run is widened, a few words
 * at most on each side, to the nearest places where a phrase starts and ends: the claim's own ends,
 * a punctuation mark, or a word that opens a phrase (a conjunction, a relative, a preposition); a
 * bracket or a quote it opens is closed within it. When no such places lie near, the words are
 * wording inside a phrase, not a claim a reader would check apart, and there is no stretch.
 * Linear in the length of the claim.
 */
import type { Lang } from '../model/types';
import { FUNCTION_WORDS, tokenize } from './normalize';

/** Words the run may grow by on each side to reach a phrase's edge. */
const MAX_WIDENING_WORDS = 3;

/** Words that open a phrase a reader can check apart: conjunctions, relatives, prepositions. */
const PHRASE_OPENERS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  fr: new Set(
    'et mais ou car donc qui que qu dont où lorsque lorsqu quand tandis avec sans dans pour par sur sous selon depuis pendant après avant contre entre vers chez à au aux en près loin parmi malgré hors lors auprès'.split(' '),
  ),
  en: new Set(
    'and but or so which who whom whose that where when while with without in on at for from by to after before since during under over between including into near outside across among around despite within'.split(' '),
  ),
};

/**
 * Articles, which open a noun phrase ("the runoff for mayor…", "la NASA définit…"): a stretch may
 * grow back to one, but does not end before one, since an article most often sits inside a clause
 * ("…sont les seuls membres"). French "des" and "du" are left out: as often "de les", "de le", inside
 * a phrase ("l'évolution des oiseaux").
 */
const ARTICLES: Readonly<Record<Lang, ReadonlySet<string>>> = {
  fr: new Set(['le', 'la', 'les', 'l', 'un', 'une']),
  en: new Set(['the', 'a', 'an']),
};

/** Marks that end a phrase before them, or start one after them. */
const CLOSES = /[,;:.!?)\]»”"—–]/u;
const OPENS = /[,;:([«“"—–]/u;

const BRACKETS: readonly (readonly [string, string])[] = [
  ['(', ')'],
  ['[', ']'],
  ['«', '»'],
  ['“', '”'],
];

/**
 * The stretch `[start, end)` of `text` (offsets in it) widened to a phrase's edges within
 * `[claimStart, claimEnd)`, or null when the edges lie too far for the words to stand alone.
 */
export function phraseStretch(text: string, lang: Lang, [claimStart, claimEnd]: readonly [number, number], [start, end]: readonly [number, number]): [number, number] | null {
  const words = wordsOf(text, claimStart, claimEnd);
  const first = words.findIndex((word) => word.end > start);
  const last = findLastIndex(words, (word) => word.start < end);
  if (first < 0 || last < first) return null;
  const opens = (index: number) => index === 0 || OPENS.test(text.slice((words[index - 1] as Word).end, (words[index] as Word).start)) || PHRASE_OPENERS[lang].has((words[index] as Word).fold);
  const closes = (index: number) =>
    index === words.length - 1 || CLOSES.test(text.slice((words[index] as Word).end, (words[index + 1] as Word).start)) || PHRASE_OPENERS[lang].has((words[index + 1] as Word).fold);
  let from = first;
  while (!opens(from) && first - from < MAX_WIDENING_WORDS) from--;
  // No clause or preposition opens near: the article that opens the noun phrase will do.
  const isArticle = (index: number) => ARTICLES[lang].has((words[index] as Word).fold);
  if (!opens(from)) {
    from = first;
    while (!isArticle(from) && first - from < MAX_WIDENING_WORDS && from > 0) from--;
  }
  const opened = opens(from) || isArticle(from);
  let to = last;
  while (!closes(to) && to - last < MAX_WIDENING_WORDS) to++;
  // A figure outside the run is a fact the other side shares: the stretch never takes it in ("growth of 1.3%").
  const figureBetween = (fromWord: number, toWord: number) => words.slice(fromWord, toWord).some((word) => /\p{N}/u.test(text.slice(word.start, word.end)));
  if (figureBetween(from, first) || figureBetween(last + 1, to + 1)) return null;
  if (!opened || !closes(to)) return null;
  return balanced(text, [claimStart, claimEnd], [(words[from] as Word).start, (words[to] as Word).end]);
}

interface Word {
  readonly start: number;
  readonly end: number;
  readonly fold: string;
}

function wordsOf(text: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  // A figure is one word with its separators ("1.3", "0,2", "15,000"): its point or comma ends no phrase.
  for (const match of text.slice(from, to).matchAll(/[\p{L}\p{N}]+(?:(?:['’-]|(?<=\p{N})[.,\u00a0\u202f](?=\p{N}))[\p{L}\p{N}]+)*/gu)) {
    words.push({ start: from + match.index, end: from + match.index + match[0].length, fold: match[0].toLowerCase().replace(/['’].*$/u, '') });
  }
  return words;
}

function findLastIndex<T>(list: readonly T[], test: (item: T) => boolean): number {
  for (let index = list.length - 1; index >= 0; index--) if (test(list[index] as T)) return index;
  return -1;
}

/** The stretch with every bracket or quote it opens closed, and every one it closes opened, within the claim; null when one cannot be. */
function balanced(text: string, [claimStart, claimEnd]: readonly [number, number], [start, end]: readonly [number, number]): [number, number] | null {
  let from = start;
  let to = end;
  for (const [open, close] of BRACKETS) {
    // One bracket at a time, outwards, until as many open as close.
    for (let opened = count(text.slice(from, to), open) - count(text.slice(from, to), close); opened !== 0; opened = count(text.slice(from, to), open) - count(text.slice(from, to), close)) {
      if (opened > 0) {
        const at = text.indexOf(close, to);
        if (at < 0 || at + close.length > claimEnd) return null;
        to = at + close.length;
      } else {
        const at = from > 0 ? text.lastIndexOf(open, from - 1) : -1;
        if (at < claimStart) return null;
        from = at;
      }
    }
    if (text.slice(from - open.length, from) === open && text.startsWith(close, to) && from - open.length >= claimStart && to + close.length <= claimEnd) {
      // "(CAP)" whole: take its brackets with it.
      from -= open.length;
      to += close.length;
    }
  }
  return [from, to];
}

function count(text: string, mark: string): number {
  return text.split(mark).length - 1;
}

/**
 * The stretch with what is left of the claim on either side taken in when that holds no content
 * word: quoting "the" alone as the rest of a match ("the" | "WHO's regional office said in a report
 * released in Geneva") says nothing a reader could check.
 */
export function withBareEdges(text: string, lang: Lang, [claimStart, claimEnd]: readonly [number, number], [start, end]: readonly [number, number]): [number, number] {
  const bare = (from: number, to: number) => {
    const edge = text.slice(from, to);
    const tokens = tokenize(edge);
    return tokens.length > 0 && !/\p{N}/u.test(edge) && tokens.every((token) => FUNCTION_WORDS[lang].has(token.fold));
  };
  return [bare(claimStart, start) ? claimStart : start, bare(end, claimEnd) ? claimEnd : end];
}
