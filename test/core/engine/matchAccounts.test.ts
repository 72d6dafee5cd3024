import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchAccounts } from '../../../src/core/engine/matchAccounts';
import type { Matching } from '../../../src/core/engine/matching';
import { ENGLISH_ONLY, FRENCH_ONLY, PAIRS, featuresOf } from './fixtures';

const pairsOf = (matching: Matching) => matching.groups.map((group) => [group.fr, group.en]);

/** Every sentence in exactly one row, rows in reading order on both sides; every sentence in at most one group. */
function expectWellFormed(matching: Matching, frCount: number, enCount: number): void {
  const frRows = matching.beads.flatMap((bead) => bead.fr);
  const enRows = matching.beads.flatMap((bead) => bead.en);
  expect(frRows).toEqual(Array.from({ length: frCount }, (_, index) => index));
  expect(enRows).toEqual(Array.from({ length: enCount }, (_, index) => index));
  const frGrouped = matching.groups.flatMap((group) => group.fr);
  const enGrouped = matching.groups.flatMap((group) => group.en);
  expect(new Set(frGrouped).size).toBe(frGrouped.length);
  expect(new Set(enGrouped).size).toBe(enGrouped.length);
}

/**
 * A statement the French account gives in two sentences and the English report in one; the second
 * English sentence shares only the first French sentence's names.
 */
const SPLIT_STATEMENT = {
  fr: [
    "Le ministère de l'agriculture a démenti avoir interdit aux coopératives de vendre du lait cru aux particuliers.",
    "Des journaux étrangers ont rapporté qu'une circulaire régionale interdisait aux coopératives la vente de lait cru, mais aucun bureau régional n'a publié de circulaire.",
  ],
  en: ['Foreign newspapers reported that a regional circular banned cooperatives from selling raw milk to individuals.', 'The ministry of agriculture visited cooperatives.'],
};

describe('matchAccounts', () => {
  it('sets the two titles side by side, and the bodies\' sentences with each other, when a title sums up the other\'s opening', () => {
    const fr = ["L'OMS alerte sur une hausse de la rougeole en Europe", "Le nombre de cas de rougeole en Europe a triplé l'an dernier, atteignant 127 000 cas.", 'La Roumanie et le Kazakhstan concentrent la moitié des cas.'];
    const en = ['Measles cases in Europe tripled last year, WHO says', 'Measles cases in Europe reached 127,000, the agency said.', 'Romania and Kazakhstan accounted for half of the cases.'];
    const { fr: frFeatures, en: enFeatures } = featuresOf(fr, en);
    const titles = { fr: new Set([0]), en: new Set([0]) };
    expect(pairsOf(matchAccounts(frFeatures, enFeatures, null, undefined, titles))).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
    ]);
  });

  it('moves a claim from a weak link of its own to its neighbour\'s group, when that group\'s other side says what it says', () => {
    // Alone, the first French sentence would take the English sentence left over, which shares only its names.
    const { fr: frFeatures, en: enFeatures } = featuresOf(SPLIT_STATEMENT.fr, SPLIT_STATEMENT.en);
    const matching = matchAccounts(frFeatures, enFeatures, { fr: [0, 1], en: [0, 1] });
    expect(pairsOf(matching)).toEqual([[[0, 1], [0]]]);
    expectWellFormed(matching, SPLIT_STATEMENT.fr.length, SPLIT_STATEMENT.en.length);
  });

  it('keeps the claims of one sentence apart, each with its own counterpart', () => {
    // The same two French claims as one sentence cut in two: neither is moved.
    const { fr: frFeatures, en: enFeatures } = featuresOf(SPLIT_STATEMENT.fr, SPLIT_STATEMENT.en);
    expect(pairsOf(matchAccounts(frFeatures, enFeatures, { fr: [0, 0], en: [0, 1] }))).toEqual([
      [[0], [1]],
      [[1], [0]],
    ]);
  });

  it('pairs each claim with its counterpart wherever the other account tells it', () => {
    const fr = PAIRS.slice(0, 6).map(([french]) => french);
    const order = [3, 0, 5, 1, 4, 2];
    const en = order.map((index) => (PAIRS[index] as readonly [string, string])[1]);
    const matching = matchAccounts(featuresOf(fr, en).fr, featuresOf(fr, en).en);
    const found = new Map(matching.groups.map((group) => [group.fr[0], group.en[0]]));
    for (let p = 0; p < fr.length; p++) expect(found.get(p)).toBe(order.indexOf(p));
    expectWellFormed(matching, fr.length, en.length);
  });

  it('marks as moved the groups that cannot stand in one row with the others', () => {
    const fr = PAIRS.slice(0, 4).map(([french]) => french);
    const en = [3, 0, 1, 2].map((index) => (PAIRS[index] as readonly [string, string])[1]);
    const { fr: frFeatures, en: enFeatures } = featuresOf(fr, en);
    const matching = matchAccounts(frFeatures, enFeatures);
    expect(matching.groups.filter((group) => group.moved).map((group) => [group.fr, group.en])).toEqual([[[3], [0]]]);
    expect(matching.groups.filter((group) => !group.moved)).toHaveLength(3);
  });

  it('finds a short counterpart among long sentences that share more words but account for less of themselves', () => {
    const fr = ["Le ministère de l'industrie et des technologies de l'information a nié avoir interdit les services VPN aux particuliers."];
    const long = (topic: string) => `The Ministry of Industry and Information Technology said its services for VPN users would ${topic}.`;
    const topics = [
      'grow quickly among farmers in mountain villages during the long winter',
      'reach fishing harbours along the southern coast before the typhoon season',
      'cover every primary school library with faster cables and new routers',
      'serve children hospitals whose surgeons consult colleagues overseas each week',
      'include savings banks that clear payments for shopkeepers after midnight',
      'help tourists booking museum tickets and mountain railway seats online',
      'follow cotton traders who ship bales from desert oases to coastal mills',
      'support copper miners whose engineers monitor pumps from distant offices',
      'reach island ferries carrying students, nurses and postal workers daily',
      'serve regional airports where pilots file weather reports before takeoff',
    ];
    // Ten long sentences at the start, the one that says the same thing last, far from where a French sentence at the start would look.
    const en = [...topics.map(long), 'Officials deny banning personal VPN services.'];
    const { fr: frFeatures, en: enFeatures } = featuresOf(fr, en);
    // The pair the French claim stands in a row with is its best counterpart; the long sentences may join it as repeats.
    expect(matchAccounts(frFeatures, enFeatures).beads.find((bead) => bead.fr.includes(0))?.en).toEqual([10]);
  });

  it('leaves a claim one-sided when nothing on the other side accounts for it, even at its own place', () => {
    const fr = [PAIRS[0]?.[0], FRENCH_ONLY, PAIRS[2]?.[0]] as string[];
    const en = [PAIRS[0]?.[1], ENGLISH_ONLY, PAIRS[2]?.[1]] as string[];
    const { fr: frFeatures, en: enFeatures } = featuresOf(fr, en);
    expect(pairsOf(matchAccounts(frFeatures, enFeatures))).toEqual([
      [[0], [0]],
      [[2], [2]],
    ]);
  });

  it('links two claims that give one figure two values, though their words alone account for too little of them', () => {
    const fr = ['Le taux de chômage, publié séparément, s’établit à 7,4 %.', FRENCH_ONLY];
    const en = [ENGLISH_ONLY, 'The unemployment rate stood at 7.3%, the agency said last month.'];
    const { fr: frFeatures, en: enFeatures } = featuresOf(fr, en);
    expect(pairsOf(matchAccounts(frFeatures, enFeatures))).toEqual([[[0], [1]]]);
  });

  it('does not link two claims by the kind of their figures alone', () => {
    const fr = ['Le taux de chômage, publié séparément, s’établit à 7,4 %.'];
    const en = ['Turnout reached 44% in the northern suburbs on a rainy Sunday.'];
    const { fr: frFeatures, en: enFeatures } = featuresOf(fr, en);
    expect(pairsOf(matchAccounts(frFeatures, enFeatures))).toEqual([]);
  });

  it('joins two neighbouring claims that one sentence of the other account says at once', () => {
    const fr = ['Le conseil municipal a voté mardi un budget de 12 millions d’euros.', 'Ce budget servira à rénover les écoles de la ville.', FRENCH_ONLY];
    const en = ['On Tuesday the city council voted a budget of 12 million euros to renovate the schools of the city.', ENGLISH_ONLY];
    const { fr: frFeatures, en: enFeatures } = featuresOf(fr, en);
    expect(pairsOf(matchAccounts(frFeatures, enFeatures))).toEqual([[[0, 1], [0]]]);
  });

  it('lets a claim join the group of a claim of its own sentence when the other side speaks to it at all, and not a frame it does not speak to', () => {
    const fr = ['Selon le règlement de janvier, les opérateurs doivent fermer les réseaux privés qui fonctionnent sans licence.'];
    // One English sentence cut into three claims: a frame, a dated notice, the targets.
    const en = ['The spokesman Zhang Feng said', 'that in January the agency published a long notice about the telecoms market,', 'and the targets are private networks working without a licence, which operators must close.'];
    const { fr: frFeatures, en: enFeatures } = featuresOf(fr, en);
    expect(pairsOf(matchAccounts(frFeatures, enFeatures, { fr: [0], en: [0, 0, 0] }))).toEqual([[[0], [1, 2]]]);
    // The same claims as three sentences: the dated notice is too little covered to join a neighbour.
    expect(pairsOf(matchAccounts(frFeatures, enFeatures, { fr: [0], en: [0, 1, 2] }))).toEqual([[[0], [2]]]);
  });

  it('lets a bare reporting frame cut from the end of a sentence go with the claim it was cut from, though the other side names another source', () => {
    const fr = ["Un incendie s'est déclaré mardi soir dans une usine chimique au sud de Lyon,", 'a indiqué la préfecture du Rhône.'];
    const en = ['A fire broke out at a chemical plant south of Lyon on Tuesday evening, officials said.'];
    const { fr: frFeatures, en: enFeatures } = featuresOf(fr, en);
    expect(pairsOf(matchAccounts(frFeatures, enFeatures, { fr: [0, 0], en: [0] }))).toEqual([[[0, 1], [0]]]);
    // The same words as a sentence of their own stay apart: a frame joins only the claim it was cut from.
    expect(pairsOf(matchAccounts(frFeatures, enFeatures, { fr: [0, 1], en: [0] }))).toEqual([[[0], [0]]]);
  });

  it('weighs what two reported claims say apart from who said it, when the accounts give the statement to different speakers', () => {
    // The English frame (venue, day, the spokeswoman and her office) outweighs the few words the two statements share.
    const fr = ['Selon le ministère, les règles n’empêcheront pas les entreprises étrangères de recruter des ingénieurs ni de signer des contrats.', FRENCH_ONLY];
    const en = [ENGLISH_ONLY, 'At a news briefing in Beijing on Tuesday, Li Mei, a spokeswoman and chief economist of the State Council Information Office, said that the rules will not affect foreign companies.'];
    const { fr: frFeatures, en: enFeatures } = featuresOf(fr, en);
    expect(pairsOf(matchAccounts(frFeatures, enFeatures))).toEqual([[[0], [1]]]);
  });

  it('gives the same matching for the same texts, uses every sentence once in the rows and at most once in the groups', () => {
    const sentence = fc.constantFrom(...PAIRS.map((_, index) => index), -1);
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 10 }), fc.array(sentence, { maxLength: 10 }), (frPicks, enPicks) => {
        const fr = frPicks.map((index) => (index < 0 ? FRENCH_ONLY : (PAIRS[index] as readonly [string, string])[0]));
        const en = enPicks.map((index) => (index < 0 ? ENGLISH_ONLY : (PAIRS[index] as readonly [string, string])[1]));
        const first = matchAccounts(featuresOf(fr, en).fr, featuresOf(fr, en).en);
        const second = matchAccounts(featuresOf(fr, en).fr, featuresOf(fr, en).en);
        expect(second).toEqual(first);
        expectWellFormed(first, fr.length, en.length);
      }),
      { seed: 20261204, numRuns: 60 },
    );
  });
});
