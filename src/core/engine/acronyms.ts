/**
 * The acronym a name written in full would have: one account writes "PSG", the other "Paris
 * Saint-Germain"; one "MIIT", the other "Ministry of Industry and Information Technology". The
 * letters are the initials of the name's capitalised words, the small words between them left out,
 * so that the name's first word can meet the acronym on the other side (features.ts gives it the
 * acronym's key). Acronyms a translator renders another way ("OTAN" / "NATO") are the lexicon's.
 * Linear in the name's words.
 */
import type { Token } from './normalize';

/** Words a name may hold between its capitalised words, which its acronym leaves out. */
const SMALL_WORDS: ReadonlySet<string> = new Set('of and for the de du des la le l et pour d'.split(' '));

/** Small words that begin a name rather than join two of its words: "the Ministry of …". */
const ARTICLES: ReadonlySet<string> = new Set('the la le l'.split(' '));

/** Initials a name needs at least and at most to make an acronym. */
const MIN_LETTERS = 2;
const MAX_LETTERS = 6;

/**
 * The acronym, folded, of the name that starts at token `index`: two to six capitalised words,
 * with small words between them, not continuing a name begun before; null when no name starts
 * there or when it is itself an acronym.
 */
export function acronymOfNameAt(tokens: readonly Token[], index: number): string | null {
  const first = tokens[index];
  if (!first || !first.capital || first.acronym) return null;
  // A name begun before, across small words ("Bank of England", "Bank of the Philippines"), is not a
  // name of its own; across an article alone it is ("Subsequently, the Ministry of …").
  let back = index - 1;
  let articlesOnly = true;
  while (back >= 0 && index - back <= 2 && SMALL_WORDS.has((tokens[back] as Token).fold)) {
    if (!ARTICLES.has((tokens[back] as Token).fold)) articlesOnly = false;
    back--;
  }
  const crossedArticleOnly = back < index - 1 && articlesOnly;
  if (back >= 0 && (tokens[back] as Token).capital && !crossedArticleOnly) return null;
  let letters = first.fold.slice(0, 1);
  let pendingSmall = 0;
  let pendingArticlesOnly = true;
  for (let next = index + 1; next < tokens.length; next++) {
    const token = tokens[next] as Token;
    if (token.capital && !token.acronym) {
      // "Subsequently, the Ministry …": an article alone starts the next name, it joins none.
      if (pendingSmall > 0 && pendingArticlesOnly) break;
      letters += token.fold.slice(0, 1);
      pendingSmall = 0;
      pendingArticlesOnly = true;
      if (letters.length > MAX_LETTERS) return null;
      continue;
    }
    // "Bank of England", "Bank of the Philippines": two small words at most between capitals.
    if (SMALL_WORDS.has(token.fold) && pendingSmall < 2) {
      pendingSmall += 1;
      if (!ARTICLES.has(token.fold)) pendingArticlesOnly = false;
      continue;
    }
    break;
  }
  return letters.length >= MIN_LETTERS ? letters : null;
}
