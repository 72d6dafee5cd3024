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
}

const FRENCH_AFTER_NE = new Set(['pas', 'plus', 'jamais', 'rien', 'aucun', 'aucune', 'aucunement', 'nullement', 'guere', 'point', 'personne', 'nul', 'nulle']);
const FRENCH_BEFORE_NE = new Set(['personne', 'rien', 'aucun', 'aucune', 'jamais', 'nul', 'nulle']);
const FRENCH_LEXICAL = /^(pas|sans|non|ni|aucun|aucune|jamais|rien|impossible|incapable|insuffisant\p{L}*|absence|absent\p{L}*|manqu\p{L}*|echou\p{L}*|echec|refus\p{L}*|evit\p{L}*|ignor\p{L}*|inconnu\p{L}*|interdi\p{L}*|nie|nier|niant|nia|nient)$/u;
const ENGLISH_VERBAL = new Set(['not', 'never', 'cannot']);
const ENGLISH_LEXICAL = /^(no|none|nobody|nothing|nowhere|neither|nor|without|unless|unable|fail\p{L}*|lack\p{L}*|avoid\p{L}*|refus\p{L}*|den(y|ied|ies|ying)|insufficient|impossible|unlikely|unknown|unclear|unaware|absent|absence|hardly|barely|rarely|little|instead|un\p{L}{4,}|\p{L}{3,}less)$/u;
const NE_WINDOW = 4;

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
  const add = (token: Token, strength: NegationStrength) => marks.push({ text: token.text, start: token.start, end: token.end, strength });
  if (lang === 'fr') {
    const isNe = (token: Token | undefined) => token !== undefined && (token.fold === 'ne' || (token.fold === 'n' && /^['’]/.test(sentence.slice(token.end))));
    const verbal = new Set<number>();
    const bareNe = new Set<number>();
    tokens.forEach((token, index) => {
      if (!isNe(token)) return;
      // "ne … pas": the first closing word within the window after "ne".
      for (let k = index + 1; k <= index + NE_WINDOW && k < tokens.length; k++) {
        if (FRENCH_AFTER_NE.has((tokens[k] as Token).fold)) {
          verbal.add(k);
          return;
        }
      }
      // "personne ne", "rien n'": the subject stands before.
      for (let k = index - 1; k >= Math.max(0, index - 2); k--) {
        if (FRENCH_BEFORE_NE.has((tokens[k] as Token).fold)) {
          verbal.add(k);
          return;
        }
      }
      // A "ne" alone is literary negation ("ne pouvoir") or expletive ("avant qu'il ne parte"): lexical at most.
      const closesWithQue = tokens.slice(index + 1, index + 1 + NE_WINDOW).some((next) => next.fold === 'que' || next.fold === 'qu');
      if (!closesWithQue) bareNe.add(index);
    });
    tokens.forEach((token, index) => {
      if (verbal.has(index)) add(token, 'verbal');
      else if (bareNe.has(index)) add(token, 'lexical');
      else if (isLexical(token.fold, 'fr') && !(token.fold === 'non' && sentence[token.end] === '-')) add(token, 'lexical');
    });
    return marks;
  }
  tokens.forEach((token, index) => {
    const word = token.fold;
    if (ENGLISH_VERBAL.has(word)) add(token, 'verbal');
    // "don't", "isn't": the tokeniser splits at the apostrophe, leaving "t" after an "n".
    else if (word === 't' && index > 0 && /n['’]$/.test(sentence.slice(0, token.start))) add(token, 'verbal');
    // "No. 5" is a number sign, not a negation.
    else if (isLexical(word, 'en') && !(word === 'no' && /^\.\s*\d/.test(sentence.slice(token.end)))) add(token, 'lexical');
  });
  return marks;
}
