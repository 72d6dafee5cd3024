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
  // A name begun before, across small words ("of Industry"), is not a name of its own.
  let back = index - 1;
  while (back >= 0 && index - back <= 2 && SMALL_WORDS.has((tokens[back] as Token).fold)) back--;
  if (back >= 0 && (tokens[back] as Token).capital) return null;
  let letters = first.fold.slice(0, 1);
  let pendingSmall = 0;
  for (let next = index + 1; next < tokens.length; next++) {
    const token = tokens[next] as Token;
    if (token.capital && !token.acronym) {
      letters += token.fold.slice(0, 1);
      pendingSmall = 0;
      if (letters.length > MAX_LETTERS) return null;
      continue;
    }
    // "Bank of England", "Bank of the Philippines": two small words at most between capitals.
    if (SMALL_WORDS.has(token.fold) && pendingSmall < 2) {
      pendingSmall += 1;
      continue;
    }
    break;
  }
  return letters.length >= MIN_LETTERS ? letters : null;
}
