/**
 * The short explanation of each automatic finding, written in both languages from the
 * judgement: "Les nombres diffèrent : 12 / 15." and "The numbers differ: 12 / 15.". French
 * typography puts a no-break space before a colon and uses « » quotes.
 */
import type { Aspect, BilingualNote } from '../model/types';
import type { Difference, Judgement } from './judgement';

const NBSP = '\u00a0';

const DIFFER: Readonly<Partial<Record<Aspect, { fr: string; en: string }>>> = {
  number: { fr: 'Les nombres diffèrent', en: 'The numbers differ' },
  date: { fr: 'Les dates diffèrent', en: 'The dates differ' },
  actor: { fr: 'Les noms diffèrent', en: 'The names differ' },
};

/** The note of a match or a discrepancy; `moved` when the two sides stand at different places in their texts. */
export function noteForJudgement(judgement: Judgement, moved: boolean): BilingualNote {
  if (judgement.kind === 'match') {
    return moved
      ? { fr: 'Les deux sources disent la même chose, à des endroits différents du texte.', en: 'Both sources say the same, at different places in their texts.' }
      : { fr: 'Les deux sources disent la même chose.', en: 'Both sources say the same.' };
  }
  const parts = judgement.differences.map(noteForDifference);
  return { fr: parts.map((part) => part.fr).join(' '), en: parts.map((part) => part.en).join(' ') };
}

function noteForDifference(difference: Difference): BilingualNote {
  if (difference.aspect === 'negation') {
    const frenchHasIt = difference.fr.length > 0;
    const words = (frenchHasIt ? difference.fr : difference.en).join(', ');
    return frenchHasIt
      ? { fr: `Seule la source française est négative («${NBSP}${words}${NBSP}»).`, en: `Only the French source is negative ("${words}").` }
      : { fr: `Seule la source anglaise est négative («${NBSP}${words}${NBSP}»).`, en: `Only the English source is negative ("${words}").` };
  }
  if (difference.aspect === 'scope') return noteForScope(difference);
  const wording = DIFFER[difference.aspect] ?? { fr: 'Les sources diffèrent', en: 'The sources differ' };
  const forms = `${difference.fr.join(', ')} / ${difference.en.join(', ')}`;
  return { fr: `${wording.fr}${NBSP}: ${forms}.`, en: `${wording.en}: ${forms}.` };
}

/** The note of a sentence only one source has. */
export function noteForOneSided(lang: 'fr' | 'en'): BilingualNote {
  return lang === 'fr'
    ? { fr: 'Seule la source française rapporte ceci.', en: 'Only the French source reports this.' }
    : { fr: 'Seule la source anglaise rapporte ceci.', en: 'Only the English source reports this.' };
}

/** Cut an extra stretch to this many characters in a note: the quotes are in the finding anyway. */
const EXTRA_LENGTH = 60;

/** A partial overlap: which source says more, and what, quoted as written. */
function noteForScope(difference: Difference): BilingualNote {
  const frenchSaysMore = difference.saysMore === 'fr';
  const own = (frenchSaysMore ? difference.fr : difference.en).map((words) => (words.length > EXTRA_LENGTH ? `${words.slice(0, EXTRA_LENGTH - 1)}…` : words));
  const other = (frenchSaysMore ? difference.en : difference.fr).slice(0, 3);
  const list = (quote: (words: string) => string, items: readonly string[]) => items.map(quote).join(', ');
  const frQuote = (words: string) => `«${NBSP}${words}${NBSP}»`;
  const enQuote = (words: string) => `"${words}"`;
  const frHead = frenchSaysMore ? 'La source française en dit plus' : 'La source anglaise en dit plus';
  const enHead = frenchSaysMore ? 'The French source says more' : 'The English source says more';
  const frTail = other.length > 0 ? ` ; l’autre a en propre ${list(frQuote, other)}.` : '.';
  const enTail = other.length > 0 ? `; the other has ${list(enQuote, other)} of its own.` : '.';
  if (own.length === 0) return { fr: `${frHead}${frTail}`, en: `${enHead}${enTail}` };
  return { fr: `${frHead}${NBSP}: ${list(frQuote, own)}${frTail}`, en: `${enHead}: ${list(enQuote, own)}${enTail}` };
}
