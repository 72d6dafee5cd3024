import { describe, expect, it } from 'vitest';
import { judgeGroup, linkDiffers } from '../../../src/core/engine/judge';
import { noteForJudgement } from '../../../src/core/engine/notes';
import { readPublication, type Publication } from '../../../src/core/engine/timeline';
import { featuresOf } from './fixtures';

const judge = (fr: string | string[], en: string | string[]) => {
  const features = featuresOf(Array.isArray(fr) ? fr : [fr], Array.isArray(en) ? en : [en]);
  return judgeGroup(features.fr, features.en);
};

describe('judgeGroup', () => {
  it.each([
    ['Le maire de Londres est arrivé.', 'The mayor of London arrived.'],
    ['Ils ont versé 1 000,5 euros.', 'They paid 1,000.5 euros.'],
    ['M. Dupont a parlé aux élus.', 'Mr Dupont spoke to the councillors.'],
    ['La réunion a eu lieu lundi.', 'The meeting took place on Monday.'],
    ['Une amende de 15 000 yuans est prévue.', 'A fine of 15,000 yuan is planned.'],
    ["Le rapport de l'ONU a été publié.", 'The UN report was published.'],
    ['Le sommet s’est tenu le 14 juillet 2017 à Pékin.', 'The summit was held on July 14, 2017 in Beijing.'],
    ['Le Premier ministre a refusé de commenter.', 'The Prime Minister declined to comment.'],
    ["Il n'a pas pu venir.", 'He was unable to come.'],
    ['Jean Dupont a quitté le Golfe mardi.', 'John Dupont left the Gulf on Tuesday.'],
    ['Guillaume Martin est arrivé en Allemagne.', 'William Martin arrived in Germany.'],
    ['Le séisme a frappé à 18h38, heure locale.', 'The earthquake struck at 16:38 GMT.'],
    ['Le séisme a frappé à 18h38.', 'The earthquake struck at 6:38 p.m.'],
    // A conversion in parentheses restates the figure before it.
    ["L'avion volait à 850 km / h à 5 000 m d'altitude.", 'The plane flew at 850 km / h (530 mph) at 5,000 meters (16,400 ft).'],
    // A number in words is the same figure in digits.
    ['Le groupe a fait une pause de trois ans.', 'The band took a 3-year break.'],
    // An approximate count is the round figure, and two of them never contradict each other.
    ['Une centaine de bâtiments ont été endommagés.', 'About 100 buildings were damaged.'],
    ['Des dizaines de maisons ont été inondées.', 'Dozens of houses were flooded.'],
    ['Une quinzaine de trains ont été annulés.', 'Three trains were cancelled.'],
    // Conversions rounded to a round figure, and areas.
    ['Le vent soufflait à plus de 70 km/h.', 'Winds gusted above 45 mph.'],
    ['Les flammes ont détruit 5 000 hectares de forêt.', 'The fires burned 12,000 acres of forest.'],
    ['Les autorités ont saisi 8,5 tonnes de marijuana.', 'Authorities seized eight-and-a-half tons of marijuana.'],
    // An order is no count: "la 30e journée" and "11 points clear" are two facts.
    ['Le PSG a battu Marseille lors de la 30e journée.', 'PSG beat Marseille to move 11 points clear.'],
    // Sums in two currencies are a conversion, not two values of one fact.
    ["Renault prévoit un plan d'économies de 1,2 milliard d'euros.", 'Renault plans a $1.3 billion cost-saving plan.'],
    // An ordinal that ranks ("third-largest") gives no value of what the other side counts ("le second tour").
    ['Durand a remporté le second tour à Lyon.', "Durand won the runoff in Lyon, France's third-largest city."],
    ['L’étude a été publiée dans la revue Nature.', 'The study was published in the journal Nature.'],
    // A place and a place that contains it are one place at two scales (places.ts).
    ['Le drame s’est produit à Marseille dimanche.', 'The tragedy happened in France on Sunday.'],
    ['Paris et Berlin annoncent une aide.', 'France and Germany announce aid.'],
    ['Le séisme a frappé Athènes.', 'The earthquake struck Greece.'],
    ['Des rafales ont atteint 150 km/h dans le Finistère.', 'Gusts reached 150 km/h in Brittany.'],
    // A century in Roman numerals is the same order in digits (romanNumerals.ts).
    ['L’abbaye date du XIIe siècle.', 'The abbey dates from the 12th century.'],
  ])('finds no difference between equivalent forms: %j / %j', (fr, en) => {
    expect(judge(fr, en)).toMatchObject({ kind: 'match', differences: [], partialProbability: null });
  });

  it.each([
    ['Le budget atteint 12 millions d’euros.', 'The budget reaches 15 million euros.', 'number', ['12 millions d’euros'], ['15 million euros']],
    ['La loi a été votée en 2016.', 'The law was passed in 2017.', 'date', ['2016'], ['2017']],
    ['L’abbaye date du XIIe siècle.', 'The abbey dates from the 13th century.', 'number', ['XIIe siècle'], ['13th century']],
    ['Le vote a eu lieu mercredi.', 'The vote took place on Sunday.', 'date', ['mercredi'], ['Sunday']],
    ['Le procès s’ouvrira en mai.', 'The trial will open in June.', 'date', ['mai'], ['June']],
    ['Laurie Anderson a écrit une lettre.', 'Morrison Anderson wrote a letter.', 'actor', ['Laurie'], ['Morrison']],
    ['Jean Dupont a quitté le port.', 'Peter Dupont left the port.', 'actor', ['Jean'], ['Peter']],
    // Names each side brings in as a place differ in where, not in who.
    ['Le directeur a parlé aux journalistes à Copenhague.', 'The director spoke to reporters in Geneva.', 'venue', ['Copenhague'], ['Geneva']],
    // A common word with a capital after a noun that brings in a title is a name: which journal published it.
    ['L’étude a été publiée jeudi dans la revue The Lancet.', 'The study was published on Thursday in the journal Nature.', 'actor', ['Lancet'], ['Nature']],
    // Two towns of one country are two places: only a place that contains the other is the same.
    ['Le directeur a parlé aux journalistes à Lyon.', 'The director spoke to reporters in Marseille.', 'venue', ['Lyon'], ['Marseille']],
    // "à" also brings in a person: a place needs both sides to say so.
    ['Le prix a été remis à Pierre Martin.', 'The prize was given to Paul Martin.', 'actor', ['Pierre'], ['Paul']],
    // Without a zone named, a translator keeps the hour; with one, the minutes must still agree.
    ['Le séisme a frappé à 18h38.', 'The earthquake struck at 4:38 p.m.', 'date', ['18h38'], ['4:38 p.m.']],
    ['Le séisme a frappé à 18h38, heure locale.', 'The earthquake struck at 16:45 GMT.', 'date', ['18h38'], ['16:45']],
    // Two numbers in words that differ are a substitution, as two in digits are.
    ['Le groupe a fait une pause de trois ans.', 'The band took a four-year break.', 'number', ['trois ans'], ['four']],
    ['Les livres sont exposés dans six salles.', 'The books are displayed in sixteen rooms.', 'number', ['six'], ['sixteen']],
    // A count in words differs from a figure in digits; a conversion too far from its round figure differs.
    ["Au moins douze personnes ont péri près d'Athènes.", 'At least 15 people died near Athens.', 'number', ['douze personnes'], ['15 people']],
    ['Les flammes ont détruit 10 000 hectares de forêt.', 'The fires burned 20,000 acres of forest.', 'number', ['10 000 hectares'], ['20,000 acres']],
    // Two ordinals are two values of one fact.
    ['Le but est tombé à la 67e minute.', 'The goal came in the 76th minute.', 'number', ['67e minute'], ['76th minute']],
    // Two ranks are two values of one fact.
    ['Lyon est la deuxième plus grande ville du pays.', 'Lyon is the third-largest city in the country.', 'number', ['deuxième'], ['third']],
    // The conversions name no figure of their own: only the altitudes that differ are given.
    ["L'avion volait à 850 km / h à 5 500 m d'altitude.", 'The plane flew at 850 km / h (530 mph) at 5,000 meters (16,400 ft).', 'number', ['5 500 m'], ['5,000 meters']],
  ])('names the aspect that differs: %j / %j', (fr, en, aspect, frForms, enForms) => {
    const judgement = judge(fr, en);
    expect(judgement.kind).toBe('discrepancy');
    expect(judgement.differences).toHaveLength(1);
    expect(judgement.differences[0]).toMatchObject({ aspect, fr: frForms, en: enForms });
  });

  it('sees a negation present on one side only', () => {
    const judgement = judge('Le ministère a confirmé la nouvelle.', 'The ministry did not confirm the news.');
    expect(judgement.differences).toMatchObject([{ aspect: 'negation', fr: [], en: ['not'] }]);
  });

  it('holds a negation whose negated word the other side shares as a mark, not a weak cue', () => {
    const judgement = judge('Le ministère a confirmé la nouvelle.', 'The ministry did not confirm the news.');
    expect(judgement.differences[0]?.certainty).toBe(0.7);
  });

  it('does not take a negation for a contradiction when the other side shares neither the negated word nor most of the rest: an antonym, most often', () => {
    expect(judge("Le gardien du phare n'a pas survécu.", 'The keeper of the lighthouse on the northern cliffs, a retired sailor loved by the whole village, succumbed.').kind).toBe('match');
  });

  it('keeps a negation whose negated word is not shared when the two sides are close, as a weak cue', () => {
    const judgement = judge("Le gardien du phare n'a pas survécu à la tempête de la nuit dernière.", "The lighthouse keeper succumbed in last night's storm, his family said on the radio.");
    expect(judgement.differences).toMatchObject([{ aspect: 'negation', fr: ['pas'], certainty: 0.5 }]);
  });

  it.each([
    ['Le succès ne dépend pas seulement du prix.', 'Success depends on more than the price.'],
    ['Le succès dépend de plus que le prix.', 'Success does not depend only on the price.'],
    ["Il n'est pas impossible que le pont rouvre.", 'It is possible that the bridge reopens.'],
    ['Il est possible que le pont rouvre.', 'It is not impossible that the bridge reopens.'],
  ])('takes a restriction ("pas seulement", "not only") or a negated negative ("pas impossible") for no reversal: %j / %j', (fr, en) => {
    expect(judge(fr, en).differences.map((difference) => difference.aspect)).not.toContain('negation');
  });

  it('sees a negation that a negative word elsewhere in a group of several sentences would hide, and names the sentences that hold it', () => {
    const judgement = judge(
      ['« Mon client conteste ces accusations », a déclaré son avocate, Claire Fabre.', "L'entreprise concernée n'a pas été poursuivie."],
      ['Her lawyer, Claire Fabre, said her client "firmly denies these accusations".', 'The company itself was also charged in the case.'],
    );
    expect(judgement.differences).toMatchObject([{ aspect: 'negation', fr: ['pas'], en: [], frSentences: [1], enSentences: [] }]);
  });

  it('keeps a negation that the other side also gives, in one of the two claims it cuts the sentence into', () => {
    const fr = "Ce n'est pas le premier vol d'une femme en Allemagne, la Française Sophie Blanchard avait déjà volé en 1810 depuis Francfort.";
    const en = ['This was not the first flight by a woman in Germany;', 'the Frenchwoman Sophie Blanchard had already flown in 1810 from Frankfurt.'];
    expect(judge(fr, en).differences.map((difference) => difference.aspect)).not.toContain('negation');
  });

  it('takes "ne … que" for "only", not for a negation', () => {
    expect(judge("Il n'a signé que deux contrats.", 'He signed only two contracts.').kind).toBe('match');
  });

  it('does not take a figure on one side only for a contradiction', () => {
    expect(judge('Le club a gagné en 2019.', 'The club won.').kind).toBe('match');
  });

  it('puts a difference on the link whose sentences hold it, in a group of three', () => {
    const judgement = judge(['Le budget atteint 12 millions.', 'Les élus ont applaudi.'], 'The budget reaches 15 million and councillors applauded.');
    expect(linkDiffers(judgement, 0, 0)).toBe(true);
    expect(linkDiffers(judgement, 1, 0)).toBe(false);
  });
});

describe('judgeGroup against the sources\' publication days', () => {
  const on = (published: string | null): Publication | null => readPublication({ published, kind: null });
  const judgeDated = (fr: string, frPublished: string | null, en: string, enPublished: string | null) => {
    const features = featuresOf([fr], [en]);
    return judgeGroup(features.fr, features.en, false, { fr: on(frPublished), en: on(enPublished) });
  };

  it('finds the same month name in different years a date difference, sure as two resolved values are', () => {
    const judgement = judgeDated('La réglementation a été publiée en janvier.', '2017-07-14', 'The regulation was published in January this year.', '2020-05-05');
    expect(judgement.kind).toBe('discrepancy');
    expect(judgement.differences).toMatchObject([{ aspect: 'date', fr: ['en janvier'], en: ['in January this year'], frSentences: [0], enSentences: [0], certainty: 0.97 }]);
    expect(judgement.differences[0]?.timeline?.fr.publication?.day).toEqual({ year: 2017, month: 7, day: 14 });
  });

  it('finds a difference even when both sides write the same words', () => {
    const judgement = judgeDated('La réglementation a été publiée en janvier.', '2017-07-14', 'The regulation was published in January.', '2020-05-05');
    expect(judgement.differences).toMatchObject([{ aspect: 'date', fr: ['en janvier'], en: ['in January'] }]);
  });

  it('finds a weekday and "today" that name different days', () => {
    const judgement = judgeDated('Le ministère a répondu mercredi aux journalistes.', '2017-07-14', 'The ministry replied to reporters today.', '2020-05-05');
    expect(judgement.differences).toMatchObject([{ aspect: 'date', fr: ['mercredi'], en: ['today'] }]);
  });

  it('lets a written year stand against a relative date, even where its source gives no publication day', () => {
    const judgement = judgeDated('La réglementation a été publiée en janvier 2017.', null, 'The regulation was published in January this year.', '2020-05-05');
    expect(judgement.differences).toMatchObject([{ aspect: 'date', fr: ['en janvier 2017'], en: ['in January this year'] }]);
  });

  it.each([
    ['a source without a publication day', 'La réglementation a été publiée en janvier.', null, 'The regulation was published in January this year.', '2020-05-05'],
    ['dates of different grains', 'La réglementation a été publiée cette année.', '2017-07-14', 'The regulation was published in January.', '2020-05-05'],
    ['a date on one side only', 'La réglementation a été publiée en janvier.', '2017-07-14', 'The regulation was published.', '2020-05-05'],
  ])('raises no timeline difference from %s', (_, fr, frPublished, en, enPublished) => {
    expect(judgeDated(fr, frPublished, en, enPublished)).toMatchObject({ kind: 'match', differences: [], partialProbability: null });
  });

  it.each([
    ['La réunion a eu lieu lundi.', '2017-07-14', 'The meeting took place on Monday.', '2017-07-14'],
    ['Le sommet s’est tenu le 14 juillet 2017.', '2017-07-14', 'The summit was held on July 14, 2017.', '2020-05-05'],
    ['Le séisme a frappé à 18h38.', '2017-07-14', 'The earthquake struck at 6:38 p.m.', '2017-07-15'],
    ['Le ministre a parlé hier.', '2017-07-14', 'The minister spoke yesterday.', '2017-07-14'],
    ['Le ministre a parlé mercredi.', '2017-07-13', 'The minister spoke yesterday.', '2017-07-13'],
    ['Le ministre a parlé hier.', '2017-07-14', 'The minister spoke on July 13.', '2017-07-20'],
    ['La loi a été votée en janvier.', '2017-07-14', 'The law was passed in January last year.', '2018-03-01'],
    ['La loi a été votée cette année.', '2017-07-14', 'The law was passed in 2017.', '2020-05-05'],
    ['La loi a été votée l’an dernier.', '2017-07-14', 'The law was passed last year.', '2017-12-31'],
  ])('finds no difference between equivalent dates: %j (%s) / %j (%s)', (fr, frPublished, en, enPublished) => {
    expect(judgeDated(fr, frPublished, en, enPublished)).toMatchObject({ kind: 'match', differences: [], partialProbability: null });
  });

  it('tells a date difference once when the written keys and the resolved dates both see it', () => {
    const judgement = judgeDated('La loi a été votée en janvier.', '2017-07-14', 'The law was passed in February this year.', '2017-07-14');
    expect(judgement.differences).toMatchObject([{ aspect: 'date', fr: ['en janvier'], en: ['in February this year'] }]);
  });
});

describe('noteForJudgement', () => {
  it('explains a discrepancy in both languages', () => {
    const note = noteForJudgement(judge('Il y avait 12 témoins.', 'There were 15 witnesses.'), false);
    expect(note).toEqual({ fr: 'Les nombres diffèrent\u00a0: 12 / 15.', en: 'The numbers differ: 12 / 15.' });
  });

  it('says which source is negative', () => {
    const note = noteForJudgement(judge("Le ministère n'a pas confirmé la nouvelle.", 'The ministry confirmed the news.'), false);
    expect(note.en).toBe('Only the French source is negative ("pas").');
    expect(note.fr).toContain('Seule la source française est négative');
  });
});

describe('judgeGroup between two accounts written apart', () => {
  const judgeAccounts = (fr: string, en: string) => {
    const features = featuresOf([fr], [en]);
    return judgeGroup(features.fr, features.en, true);
  };

  it('finds no difference when each side says what the other says', () => {
    const judgement = judgeAccounts('Le conseil municipal a voté mardi un budget de 12 millions d’euros pour les écoles.', 'On Tuesday the city council voted a budget of 12 million euros for schools.');
    expect(judgement.kind).toBe('match');
    expect(judgement.partialProbability).toBeLessThan(0.5);
  });

  it('takes a lone negation whose negated word the other side does not share for an antonym: accounts choose their own words', () => {
    const [fr, en] = ["Le gardien du phare n'a pas survécu à la tempête de la nuit dernière.", "The lighthouse keeper succumbed in last night's storm, his family said on the radio."];
    expect(judgeAccounts(fr, en).differences.filter((difference) => difference.aspect === 'negation')).toEqual([]);
    expect(judge(fr, en).differences).toMatchObject([{ aspect: 'negation', certainty: 0.5 }]); // a translation keeps its polarity: a weak cue there
  });

  it('reads a negated quantifier by the word it negates: "Aucun pays n\'est à l\'abri" / "Every country is at risk" is one claim in two wordings', () => {
    const [fr, en] = ["Aucun pays n'est à l'abri de la sécheresse, selon le rapport.", 'Every country is at risk of drought, the report said.'];
    expect(judgeAccounts(fr, en).differences.filter((difference) => difference.aspect === 'negation')).toEqual([]);
    // A translation keeps its polarity: there, a weak cue.
    expect(judge(fr, en).differences).toMatchObject([{ aspect: 'negation', certainty: 0.5 }]);
  });

  it('finds a difference of scope when one side adds facts, and names what it adds', () => {
    const judgement = judgeAccounts('Le maire a ouvert le pont.', 'The mayor opened the bridge built by Gustave Eiffel in Bordeaux in 1889.');
    expect(judgement.kind).toBe('discrepancy');
    expect(judgement.differences).toMatchObject([{ aspect: 'scope', saysMore: 'en', en: [expect.stringContaining('Gustave Eiffel')] }]);
  });

  it('finds a difference of scope when each side says a thing the other does not, without a name or a figure', () => {
    // Half of each side is the other's; the other half is a clause of its own: the better covered side is only half covered too.
    const judgement = judgeAccounts('Le maire a ouvert le pont et fermé la vieille route.', 'The mayor opened the bridge and praised the new school.');
    expect(judgement.differences).toMatchObject([{ aspect: 'scope' }]);
  });

  it('finds a difference of scope when the only thing one side adds is a figure, and quotes the figure', () => {
    const [fr, en] = ['Plus tard, la mairie a aussi rénové la petite gare du village, au bord du canal.', 'Later, in 1994, the town hall also renovated the small village station by the canal.'];
    const judgement = judgeAccounts(fr, en);
    expect(judgement.differences).toMatchObject([{ aspect: 'scope', saysMore: 'en' }]);
    const stretch = judgement.differences[0]?.stretch;
    expect(stretch && en.slice(stretch.start, stretch.end)).toBe('1994');
    expect(judgement.partialProbability).toBeGreaterThanOrEqual(0.6);
    // A translation renders every figure: there, an added one is not read as a partial account.
    expect(judge(fr, en).differences).toEqual([]);
  });

  it('finds no added figure when the other side gives the same figure in its own notation', () => {
    const judgement = judgeAccounts('Plus tard, en 1994, la mairie a aussi rénové la petite gare du village, au bord du canal.', 'Later, in 1994, the town hall also renovated the small village station by the canal.');
    expect(judgement.kind).toBe('match');
  });

  it('leaves the scope out when a figure that differs explains the gap', () => {
    const judgement = judgeAccounts('Le budget atteint 12 millions d’euros.', 'The budget reaches 15 million euros.');
    expect(judgement.differences.map((difference) => difference.aspect)).toEqual(['number']);
  });
});

describe('judgeGroup on who said it and where', () => {
  // Modelled on the shipped pair's shape: a ministry speaking to a news site on a weekday, a named spokesperson at a press conference "today".
  const TO_A_NEWS_SITE = "Les rumeurs sur la fermeture du port sont infondées, a déclaré le ministère mercredi au média d'information régional lepapier.fr.";
  const AT_A_PRESS_CONFERENCE =
    'At the press conference of the regional government today, Jonas Weber, a spokesperson and chief engineer of the Ministry of Transport, said that the rumours about the port closing were unfounded.';

  it('finds a statement to a news site and a press conference a difference of venue, sure as two kinds read with certainty', () => {
    const judgement = judge(TO_A_NEWS_SITE, AT_A_PRESS_CONFERENCE);
    expect(judgement.kind).toBe('discrepancy');
    expect(judgement.differences).toMatchObject([
      { aspect: 'venue', fr: ["au média d'information régional lepapier.fr"], en: ['At the press conference of the regional government'], frSentences: [0], enSentences: [0], certainty: 0.9 },
    ]);
  });

  it('reads the frame of claims cut where the engine cuts them, the French one opening on its verb', () => {
    const judgement = judge(
      "a déclaré le ministère mercredi au média d'information régional lepapier.fr.",
      'At the press conference of the regional government today, Jonas Weber, a spokesperson and chief engineer of the Ministry of Transport, said',
    );
    expect(judgement.differences).toMatchObject([{ aspect: 'venue', fr: ["au média d'information régional lepapier.fr"], en: ['At the press conference of the regional government'] }]);
  });

  it('does not call the ministry and its named spokesperson two speakers', () => {
    expect(judge(TO_A_NEWS_SITE, AT_A_PRESS_CONFERENCE).differences.map((difference) => difference.aspect)).not.toContain('actor');
  });

  it('tells the venue difference beside the timeline’s date difference when the sources give their publication days', () => {
    const features = featuresOf([TO_A_NEWS_SITE], [AT_A_PRESS_CONFERENCE]);
    const publications = { fr: readPublication({ published: '2017-07-14', kind: 'news-article' }), en: readPublication({ published: '2020-05-05', kind: 'blog-press-conference' }) };
    const judgement = judgeGroup(features.fr, features.en, true, publications);
    expect(judgement.differences.map((difference) => difference.aspect)).toEqual(['date', 'venue']);
  });

  it('says each side’s frame as written, in both languages', () => {
    expect(noteForJudgement(judge(TO_A_NEWS_SITE, AT_A_PRESS_CONFERENCE), false)).toEqual({
      fr:
        'Le lieu de la déclaration diffère. Source française\u00a0: «\u00a0le ministère\u00a0», «\u00a0au média d\'information régional lepapier.fr\u00a0» (un média ou un entretien), «\u00a0mercredi\u00a0»\u00a0; ' +
        'source anglaise\u00a0: «\u00a0Jonas Weber, a spokesperson and chief engineer of the…\u00a0», «\u00a0At the press conference of the regional government\u00a0» (une conférence de presse), «\u00a0today\u00a0».',
      en:
        'Where it was said differs. French: "le ministère", "au média d\'information régional lepapier.fr" (a news outlet or interview), "mercredi"; ' +
        'English: "Jonas Weber, a spokesperson and chief engineer of the…", "At the press conference of the regional government" (a press conference), "today".',
    });
  });

  it.each([
    ['Le ministère a déclaré que les tarifs baisseront.', 'The ministry said fares would fall.'],
    ["Lors d'une conférence de presse, le maire a annoncé la fermeture de la piscine.", 'At a press conference, the mayor announced the closure of the pool.'],
    ["Selon Reuters, l'usine fermera.", 'According to Reuters, the plant will close.'],
    ['La police a indiqué dans un communiqué que deux hommes ont été arrêtés.', 'Police said in a statement that two men were arrested.'],
  ])('finds equivalent frames a match: %j / %j', (fr, en) => {
    expect(judge(fr, en)).toMatchObject({ kind: 'match', differences: [], partialProbability: null });
  });

  it.each([
    ['a frame on one side only', "Le ministre a déclaré lors d'une conférence de presse que la loi passera.", 'The law will pass.'],
    ['a venue on one side only', "Le ministre a déclaré lors d'une conférence de presse que la loi passera.", 'The minister said the law would pass.'],
    ['an organisation against its named spokesperson', 'Le ministère a déclaré que les rumeurs sont fausses.', 'Jonas Weber, a spokesperson for the ministry, said the rumours were false.'],
  ])('finds no difference from %s: one side says more', (_, fr, en) => {
    expect(judge(fr, en)).toMatchObject({ kind: 'match', differences: [], partialProbability: null });
  });

  it('finds a speaker and a venue that both differ, and tells the speakers once', () => {
    const judgement = judge("La police a déclaré lors d'une conférence de presse que la route était fermée.", 'The army said in a statement that the road was closed.');
    expect(judgement.differences).toMatchObject([
      { aspect: 'actor', fr: ['La police'], en: ['The army'], certainty: 0.75 },
      { aspect: 'venue', fr: ["lors d'une conférence de presse"], en: ['in a statement'], certainty: 0.9 },
    ]);
    expect(noteForJudgement(judgement, false).en).toBe(
      'Who said it differs. French: "La police"; English: "The army". Where it was said differs. French: "lors d\'une conférence de presse" (a press conference); English: "in a statement" (a statement).',
    );
    expect(noteForJudgement(judgement, false).fr).toBe(
      'L’auteur de la déclaration diffère. Source française\u00a0: «\u00a0La police\u00a0»\u00a0; source anglaise\u00a0: «\u00a0The army\u00a0». ' +
        'Le lieu de la déclaration diffère. Source française\u00a0: «\u00a0lors d\'une conférence de presse\u00a0» (une conférence de presse)\u00a0; source anglaise\u00a0: «\u00a0in a statement\u00a0» (un communiqué).',
    );
  });

  it('leaves two named speakers to the names check, which tells them once', () => {
    const judgement = judge('Claire Vasseur a déclaré que la grève continuera.', 'Paul Adler said the strike would go on.');
    expect(judgement.differences.map((difference) => difference.aspect)).toEqual(['actor']);
  });

  it('is unsure of a speaker difference that rests on the common words of two ministries’ names', () => {
    const judgement = judge('Le ministère de la Santé a déclaré que la route était fermée.', 'The Ministry of Defence said the road was closed.');
    expect(judgement.differences).toMatchObject([{ aspect: 'actor', certainty: 0.35 }]);
  });

  it('is less sure of a venue difference whose kind rests on a loose word', () => {
    const judgement = judge('Le ministre a déclaré dans un message que la loi passera.', 'The minister said at a press conference that the law would pass.');
    expect(judgement.differences).toMatchObject([{ aspect: 'venue', certainty: 0.6 }]);
    expect(noteForJudgement(judgement, false).en).toContain('French: "Le ministre", "dans un message"; English');
  });
});

describe('the note of a place that differs', () => {
  it('says the places differ, in both languages, as sure as names that differ', () => {
    const judgement = judge('Le directeur a parlé aux journalistes à Copenhague.', 'The director spoke to reporters in Geneva.');
    expect(noteForJudgement(judgement, false)).toEqual({ fr: 'Les lieux diffèrent\u00a0: Copenhague / Geneva.', en: 'The places differ: Copenhague / Geneva.' });
    expect(judgement.differences[0]?.certainty).toBe(judge('Laurie Anderson a écrit une lettre.', 'Morrison Anderson wrote a letter.').differences[0]?.certainty);
  });
});
