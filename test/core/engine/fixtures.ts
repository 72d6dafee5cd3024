/** Small parallel texts written for these tests: each pair is one French sentence and its English translation. */
import { coverageMask } from '../../../src/core/engine/cost';
import { extractFeatures, KeyTable, type SentenceFeatures } from '../../../src/core/engine/features';
import { loadLexicon } from '../../../src/core/engine/lexicon';

export const PAIRS: readonly (readonly [fr: string, en: string])[] = [
  ['Le conseil municipal a voté mardi un budget de 12 millions d’euros pour les écoles.', 'On Tuesday the city council voted a budget of 12 million euros for schools.'],
  ['Selon la police, 340 personnes ont manifesté devant la mairie.', 'According to the police, 340 people demonstrated in front of the town hall.'],
  ['Le ministre de la santé a annoncé la fermeture de deux hôpitaux.', 'The health minister announced the closure of two hospitals.'],
  ['La société a réalisé un bénéfice de 1,5 milliard de dollars en 2019.', 'The company made a profit of 1.5 billion dollars in 2019.'],
  ['Le procès doit reprendre le 3 mars devant le tribunal de Lyon.', 'The trial is due to resume on March 3 before the court in Lyon.'],
  ['Les syndicats ont appelé à une grève nationale jeudi.', 'The unions called for a national strike on Thursday.'],
  ['La tempête a privé d’électricité 15 000 foyers en Bretagne.', 'The storm left 15,000 homes in Brittany without power.'],
  ['Les prix de l’énergie ont augmenté de 8 % depuis janvier.', 'Energy prices have risen by 8% since January.'],
  ['Le gouvernement a présenté une réforme des retraites au Parlement.', 'The government presented a pension reform to Parliament.'],
  ['Les enquêteurs ont retrouvé la voiture abandonnée près de la frontière.', 'Investigators found the car abandoned near the border.'],
  ['Le festival accueillera 120 artistes du 14 au 18 juillet.', 'The festival will host 120 artists from July 14 to 18.'],
  ['Les agriculteurs réclament une aide d’urgence après la sécheresse.', 'Farmers are demanding emergency aid after the drought.'],
];

/** Sentences with no counterpart in the other language's list. */
export const FRENCH_ONLY = 'Le chat de la voisine dort toute la journée sur le balcon fleuri.';
export const ENGLISH_ONLY = 'A famous violinist played Bach in the old cathedral for an hour.';

/** Two long sentences on unrelated matters, each rich in content (12 units or more). */
export const FRENCH_LONG_UNRELATED =
  "La bibliothèque municipale de Rouen expose cet automne quarante manuscrits enluminés du douzième siècle, prêtés par l'abbaye de Jumièges et restaurés pendant trois ans.";
export const ENGLISH_LONG_UNRELATED =
  'A violent storm flooded several coastal villages near Brighton on Tuesday night, forcing firefighters to evacuate hundreds of residents from their homes by boat.';

/** The PAIRS translation with one more pair in its middle (index 6 on both sides). */
export function withFacingPair(frMiddle: string, enMiddle: string): { fr: string[]; en: string[] } {
  return {
    fr: [...PAIRS.slice(0, 6).map(([fr]) => fr), frMiddle, ...PAIRS.slice(6).map(([fr]) => fr)],
    en: [...PAIRS.slice(0, 6).map(([, en]) => en), enMiddle, ...PAIRS.slice(6).map(([, en]) => en)],
  };
}

/** Features of two lists of sentences, sharing one key table as a comparison does. */
export function featuresOf(fr: readonly string[], en: readonly string[]): { fr: SentenceFeatures[]; en: SentenceFeatures[] } {
  const table = new KeyTable();
  const lexicon = loadLexicon();
  return { fr: extractFeatures(fr, 'fr', lexicon, table), en: extractFeatures(en, 'en', lexicon, table) };
}

/** The words of a sentence's units, in unit order: what its coverage is counted over. */
export function unitWords(sentence: SentenceFeatures): string[] {
  return Array.from(sentence.weights.keys()).map((unit) => sentence.text.slice(sentence.unitSpans[2 * unit], sentence.unitSpans[2 * unit + 1]));
}

/** The words of a sentence's units that a two-halves mask (cost.ts) sets. */
export function wordsInMask(sentence: SentenceFeatures, { low, high }: { readonly low: number; readonly high: number }): string[] {
  return unitWords(sentence).filter((_, unit) => (unit < 32 ? (low >>> unit) & 1 : (high >>> (unit - 32)) & 1) === 1);
}

/** The words of a sentence's units that another sentence covers. */
export function coveredWords(sentence: SentenceFeatures, other: SentenceFeatures): string[] {
  return wordsInMask(sentence, coverageMask(sentence, [other]));
}

/**
 * Two accounts of one invented event, written apart for these tests: the same facts in another
 * order and other words, one figure that differs, and facts each account alone gives.
 */
export const TWO_ACCOUNTS = {
  fr: [
    '# Nantes : le pont Anne-de-Bretagne fermé pour trois semaines',
    '',
    'La mairie de Nantes a annoncé mardi la fermeture du pont Anne-de-Bretagne à toute circulation à partir du 3 mars, pour des travaux de renforcement de la structure.',
    '',
    'Les bus de la ligne 5 seront déviés par le pont de Pirmil pendant toute la durée du chantier, et les cyclistes pourront emprunter une passerelle provisoire installée par la ville.',
    '',
    'Le coût des travaux est estimé à 4,2 millions d’euros, financés pour moitié par la métropole.',
    '',
    "Selon l'adjoint chargé des mobilités, les commerçants du quai seront indemnisés s'ils perdent plus d'un tiers de leur chiffre d'affaires.",
  ].join('\n'),
  en: [
    '# Nantes bridge to close for three weeks',
    '',
    'The cost of the work is put at 4.8 million euros, half of it paid by the metropolitan authority.',
    '',
    'Nantes city hall said on Tuesday that the Anne-de-Bretagne bridge will be closed to all traffic from March 3 so that its structure can be strengthened.',
    '',
    'Buses on line 5 will be diverted over the Pirmil bridge while the work lasts.',
    '',
    'Local residents have complained for years about cracks in the bridge deck, which engineers first reported in 2019.',
  ].join('\n'),
} as const;

/**
 * A text the engine reads with front matter, as a source's file gives it: the day it was
 * published (left out when null) and its kind, against which relative dates are resolved.
 */
export function datedSource(lang: 'fr' | 'en', published: string | null, kind: string, body: string, title = 'Network rules'): string {
  return `---\ntitle: ${title}\n${published ? `published: ${published}\n` : ''}kind: ${kind}\nlang: ${lang}\n---\n\n${body}`;
}
