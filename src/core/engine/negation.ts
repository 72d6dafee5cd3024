/**
 * Negations of a sentence, in two strengths. A verbal negation reverses the claim: French "ne …
 * pas / plus / jamais / rien / aucun / personne / guère / point" (either order: "personne ne",
 * "rien n'"), English "not", "-n't", "cannot", "never". A lexical negation says "no" with a word
 * of its own: "sans", "aucun", "non", "ni", "without", "no", "nobody", "unable", "fail",
 * "insufficient", "-less", and the like. A translator often turns one into the other ("n'a pas
 * pu" for "was unable to"), so the judgement counts a negation as present on one side only when
 * that side has a verbal one and the other side has none of either strength. "Ne … que" (only) is
 * not a negation, and "pas" without "ne" is most often the noun ("à deux pas").
 *
 * Method: a scan of the word tokens with a window of NE_WINDOW words around "ne"; linear in the sentence.
 */
import type { Lang } from '../model/types';
import type { Token } from './normalize';

export type NegationStrength = 'verbal' | 'lexical';

/** A negation marker as written, with its place in the sentence. */
export interface NegationMark {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly strength: NegationStrength;
  /**
   * For a verbal negation, the stretch of the sentence it negates: the words between "ne" and its
   * closing word and the word after it ("n'a pas survécu", "ne dépend pas"), or the words after
   * "not" ("did not survive"). Judging asks whether the other side shares what is negated: if it
   * does not, the two sides most often say one thing with an antonym ("n'a pas survécu" /
   * "succumbed"), not opposite things.
   */
  readonly scope: readonly [start: number, end: number];
}

const FRENCH_AFTER_NE = new Set(['pas', 'plus', 'jamais', 'rien', 'aucun', 'aucune', 'aucunement', 'nullement', 'guere', 'point', 'personne', 'nul', 'nulle']);
const FRENCH_BEFORE_NE = new Set(['personne', 'rien', 'aucun', 'aucune', 'jamais', 'nul', 'nulle']);
const FRENCH_LEXICAL = /^(pas|sans|non|ni|aucun|aucune|jamais|rien|impossible|incapable|insuffisant\p{L}*|absence|absent\p{L}*|manqu\p{L}*|echou\p{L}*|echec|refus\p{L}*|evit\p{L}*|ignor\p{L}*|inconnu\p{L}*|interdi\p{L}*|nie|nier|niant|nia|nient)$/u;
const ENGLISH_VERBAL = new Set(['not', 'never', 'cannot']);
const ENGLISH_LEXICAL = /^(no|none|nobody|nothing|nowhere|neither|nor|without|unless|unable|fail\p{L}*|lack\p{L}*|avoid\p{L}*|refus\p{L}*|den(y|ied|ies|ying)|insufficient|impossible|unlikely|unknown|unclear|unaware|absent|absence|hardly|barely|rarely|little|instead|un\p{L}{4,}|\p{L}{3,}less)$/u;
/** The apostrophes of "n'a", "n’est", "don't": read one character at a time, not with a pattern over the rest of the sentence. */
const APOSTROPHES: ReadonlySet<string> = new Set(["'", '’']);
const NE_WINDOW = 4;
/** Words after a verbal negation that it negates: enough for an auxiliary and its verb ("n'a pas été dit", "did not fully survive"). */
const SCOPE_WORDS = 3;
/** Words after a negation that make it a restriction ("pas seulement", "does not depend only on"): within the next two words. */
const RESTRICTS: Readonly<Record<Lang, RegExp>> = {
  fr: /^(seulement|uniquement|simplement)$/u,
  en: /^(only|just|merely|simply|solely)$/u,
};
/** "Il n'y a pas que …" (not only): "que" right after the closing word; further on it opens a clause ("ne … pas pensé qu'il"). */
const RESTRICTS_NEXT_ONLY = /^(que|qu)$/u;
/** Negative words that a negation just before them cancels ("pas impossible", "not unlike"). */
const CANCELS: Readonly<Record<Lang, RegExp>> = {
  fr: /^(impossible|inconnu\p{L}*|incapable|sans|negligeable|exclu\p{L}*|rare|rares)$/u,
  en: /^(impossible|unlike|unknown|unusual|uncommon|without|unlikely|insignificant|rare)$/u,
};

/** Whether the negation at `index` restricts ("not only") or cancels a negative ("not impossible") rather than reversing the claim. */
function restrictsOrCancels(tokens: readonly Token[], index: number, lang: Lang): boolean {
  const next = tokens[index + 1]?.fold ?? '';
  if (CANCELS[lang].test(next) || RESTRICTS[lang].test(next) || (lang === 'fr' && RESTRICTS_NEXT_ONLY.test(next))) return true;
  return RESTRICTS[lang].test(tokens[index + 2]?.fold ?? '');
}
const lexicalMemo: Record<Lang, Map<string, boolean>> = { fr: new Map(), en: new Map() };

/** Is the folded word a lexical negation of the language? Memoised: a text repeats its words. */
function isLexical(word: string, lang: Lang): boolean {
  let known = lexicalMemo[lang].get(word);
  if (known === undefined) {
    known = (lang === 'fr' ? FRENCH_LEXICAL : ENGLISH_LEXICAL).test(word);
    lexicalMemo[lang].set(word, known);
  }
  return known;
}

/** Finds the negation markers of a sentence from its tokens (see `tokenize`). */
export function findNegations(sentence: string, tokens: readonly Token[], lang: Lang): NegationMark[] {
  const marks: NegationMark[] = [];
  const add = (token: Token, strength: NegationStrength, scope: readonly [number, number] = [token.start, token.end]) =>
    marks.push({ text: token.text, start: token.start, end: token.end, strength, scope });
  // The end of the SCOPE_WORDS tokens after index `index` (or the sentence's end).
  const scopeEnd = (index: number) => (tokens[Math.min(tokens.length - 1, index + SCOPE_WORDS)] as Token).end;
  if (lang === 'fr') {
    const isNe = (token: Token | undefined) => token !== undefined && (token.fold === 'ne' || (token.fold === 'n' && APOSTROPHES.has(sentence[token.end] as string)));
    // Most sentences hold no "ne": they need only the look-up of lexical negations below.
    if (!tokens.some(isNe)) {
      for (const token of tokens) if (isLexical(token.fold, 'fr') && !(token.fold === 'non' && sentence[token.end] === '-')) add(token, 'lexical');
      return marks;
    }
    const verbal = new Map<number, readonly [number, number]>();
    const bareNe = new Set<number>();
    const softened = new Set<number>();
    tokens.forEach((token, index) => {
      if (!isNe(token)) return;
      // "ne … pas": the first closing word within the window after "ne".
      for (let k = index + 1; k <= index + NE_WINDOW && k < tokens.length; k++) {
        if (FRENCH_AFTER_NE.has((tokens[k] as Token).fold)) {
          // "ne … pas seulement" (not only) restricts; "n'est pas impossible" negates a negative: neither reverses the claim.
          if (restrictsOrCancels(tokens, k, 'fr')) softened.add(k);
          else verbal.set(k, [token.end, scopeEnd(k)]);
          return;
        }
      }
      // "personne ne", "rien n'": the subject stands before.
      for (let k = index - 1; k >= Math.max(0, index - 2); k--) {
        if (FRENCH_BEFORE_NE.has((tokens[k] as Token).fold)) {
          verbal.set(k, [token.end, scopeEnd(index)]);
          return;
        }
      }
      // A "ne" alone is literary negation ("ne pouvoir") or expletive ("avant qu'il ne parte"): lexical at most.
      const closesWithQue = tokens.slice(index + 1, index + 1 + NE_WINDOW).some((next) => next.fold === 'que' || next.fold === 'qu');
      if (!closesWithQue) bareNe.add(index);
    });
    tokens.forEach((token, index) => {
      const scope = verbal.get(index);
      if (scope !== undefined) add(token, 'verbal', scope);
      else if (bareNe.has(index) || softened.has(index)) add(token, 'lexical');
      else if (isLexical(token.fold, 'fr') && !(token.fold === 'non' && sentence[token.end] === '-')) add(token, 'lexical');
    });
    return marks;
  }
  tokens.forEach((token, index) => {
    const word = token.fold;
    const verbalHere = ENGLISH_VERBAL.has(word) || (word === 't' && index > 0 && APOSTROPHES.has(sentence[token.start - 1] as string) && sentence[token.start - 2] === 'n');
    // "not only", "not impossible": a restriction, or a negative negated; neither reverses the claim.
    if (verbalHere && restrictsOrCancels(tokens, index, 'en')) add(token, 'lexical');
    // "don't", "isn't": the tokeniser splits at the apostrophe, leaving "t" after an "n".
    else if (verbalHere) add(token, 'verbal', [token.end, scopeEnd(index)]);
    // "No. 5" is a number sign, not a negation.
    else if (isLexical(word, 'en') && !(word === 'no' && /^\.\s*\d/.test(sentence.slice(token.end)))) add(token, 'lexical');
  });
  return marks;
}
