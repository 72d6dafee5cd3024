/**
 * The attribution frame of a claim: who said it (the speaker), through which channel or to whom
 * (a statement, a news outlet, a social network), at which venue (a press conference, a
 * parliament) and when, each kept as written with its offsets. "…, a déclaré le ministère mercredi
 * au média d'information national thepaper.cn" has the speaker "le ministère", the time "mercredi"
 * and the channel "au média d'information national thepaper.cn", a news outlet; "At the press
 * conference of the State Council of China today, Zhang Feng, a spokesperson …, said that" has the
 * venue "At the press conference of the State Council of China", a press conference.
 *
 * Method: one pass of a regular expression for the reporting words ("a déclaré", "selon", "said",
 * "according to", …) over the folded sentence; a sentence without one has no frame and costs that
 * pass alone. From each, the speaker is read word by word outward from the verb: before it ("the
 * ministry said"), after it ("…, a déclaré le ministère", "selon le ministère"), with one
 * apposition ("Zhang Feng, a spokesperson …, said"). The adjuncts right after the verb, and those
 * that open the clause before the speaker ("Lors d'une conférence de presse, le ministre a
 * déclaré"), are read by sticky regular expressions anchored where they must start. Every
 * expression is an alternation of literal words with bounded repetitions, and every scan of words
 * stops after a fixed count, so a sentence costs time linear in its length.
 *
 * Where it departs from a parser: there is no syntax, only the words next to the verb; a venue
 * named elsewhere in the sentence ("he said the press conference was cancelled") is content, not
 * frame, and is not read.
 *
 * Comparing two frames (compareFrames) follows one rule for the speaker: two speakers differ only
 * when both are named and the names cannot be the same (two people, two outlets), or when both
 * speak for organisations that cannot be the same (the police and the army; the health ministry
 * and the defence ministry). An organisation against a named person or an office-holder speaking
 * for it ("le ministère" / "Zhang Feng, a spokesperson of the Ministry") is a difference of
 * precision, not a contradiction; so is a named speaker against an organisation the text does not
 * tie them to, which the engine cannot place. Venues and channels are compared by kind only
 * (a press conference, a statement, a news outlet or interview, a parliament or hearing, a social
 * network): "conférence de presse" and "press conference" are one kind; "au média thepaper.cn"
 * and "at the press conference" are two. Two outlets of one kind are not told apart.
 */
import type { Lang } from '../model/types';
import { englishKeyStem, frenchTranslationStems } from './bridge';
import { isEnglishCommonWord, isFrenchCommonWord, loadLexicon, type Lexicon } from './lexicon';
import { isCalendarWord } from './dates';
import { sameName } from './names';
import { foldKeepingOffsets, foldsToLowerCase, tokenize, type Token } from './normalize';

/** The kinds of venue and channel both languages share; `unknown` for an addressee ("told reporters", "à l'AFP") whose kind the words do not give. */
export type SettingKind = 'press-conference' | 'statement' | 'news-outlet' | 'parliament' | 'social-media' | 'unknown';

/** Words of a frame as written: `text` is `sentence.slice(start, end)`. */
export interface FrameSpan {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Where or through what it was said. `role` tells a venue (where the speaker stood: a press
 * conference, a parliament) from a channel (how the words went out, or to whom: a statement, an
 * outlet, a post). `sure` is false when the kind rests on a word that names it loosely ("a post",
 * "un message", a web address).
 */
export interface Setting extends FrameSpan {
  readonly kind: SettingKind;
  readonly role: 'venue' | 'channel';
  readonly sure: boolean;
}

/**
 * What the speaker is: `named` when a proper name heads it (a person, or an outlet such as
 * "Reuters"); `organisation` when a word such as "ministère" or "police" does; `role` for an
 * office-holder without a name ("le porte-parole", "officials"); `pronoun`; `other` for anything
 * else ("le règlement de janvier").
 */
export type SpeakerKind = 'named' | 'organisation' | 'role' | 'pronoun' | 'other';

/** An organisation a speaker is or speaks for: its head word and that word's class, and the other content words around it, folded. */
export interface Organisation {
  readonly head: string;
  readonly headWord: string;
  readonly words: readonly string[];
}

export interface Speaker extends FrameSpan {
  readonly kind: SpeakerKind;
  /** Every proper-name word it writes, folded: "zhang", "feng"; "miit" in an organisation's name too. */
  readonly names: readonly string[];
  /** The organisation the speaker is, or speaks for ("a spokesperson of the Ministry of …"); null when none is written. */
  readonly organisation: Organisation | null;
}

/** One reporting verb of a claim with the slots the words next to it fill; a slot the claim leaves empty is null. */
export interface AttributionFrame {
  readonly verb: FrameSpan;
  readonly speaker: Speaker | null;
  readonly venue: Setting | null;
  readonly channel: Setting | null;
  /** The time as the frame writes it ("mercredi", "today"); timeline.ts resolves dates, this only marks the span. */
  readonly when: FrameSpan | null;
}

/** How one slot of two frames compares. */
export type SlotVerdict = 'same' | 'different' | 'unknown';

/** The slots of two sides' frames that cannot both be true, with the frames that show it. */
export interface FrameConflict {
  readonly fr: AttributionFrame;
  readonly en: AttributionFrame;
  /** For a speaker conflict: true when it rests on capitalised common words ("ministère de la Santé" / "Ministry of Defence"), a weak cue. */
  readonly weak: boolean;
}

export interface FrameComparison {
  readonly speaker: FrameConflict | null;
  /** Venue or channel: every kind one side gives is missing from the other side's. */
  readonly setting: FrameConflict | null;
}

// ---------------------------------------------------------------------------------------------
// Words. Everything below is matched on the folded sentence (lower case, accents stripped, same
// offsets as the original), so "déclaré" is written "declare" and "à" is "a".

/** A participle agreeing in gender and number: "declare", "declaree", "declares", "declarees". */
const AGREED = "(?:e|s|es)?";

/** French participles of reporting verbs, after an auxiliary ("a déclaré", "ont-ils précisé"). */
const FRENCH_PARTICIPLES =
  `(?:declare|precise|indique|affirme|nie|ajoute|annonce|explique|souligne|assure|estime|confirme|reconnu|insiste|rappele|martele|raconte|confie|signale|revele|temoigne|commente|reitere|observe|note)${AGREED}` +
  `|dementi|repondu|reagi|averti|admis|promis|ecrit|dit|fait savoir|fait valoir`;

/** French present and simple past of the same verbs ("déclare", "précisa"), which stand without an auxiliary. */
const FRENCH_FINITE =
  'declarent|declare|declara|precisent|precise|precisa|indiquent|indique|indiqua|affirment|affirme|affirma|nient|nie|nia|' +
  'dementent|dement|demente|ajoutent|ajoute|ajouta|expliquent|explique|expliqua|soulignent|souligne|souligna|assurent|assure|assura|' +
  'confirment|confirme|confirma|repondent|repond|repondit|reconnait|reconnut|insiste|insista|martele|raconte|confie|' +
  'rappelle|signale|revele|temoigne|commente|reagit|previent|avertit|admet|disent|dit|ecrit|estime|estiment|estima';

/** A French auxiliary, inverted or not ("a-t-il", "ont-elles"); group 2 is the inversion's pronoun. */
const FRENCH_AUXILIARY = '(?:a|ont|avait|avaient|aurait|auraient)(?:-t)?(-(?:il|elle|on|ils|elles))?';

/** Adverbs that stand between a French auxiliary and its participle ("a également précisé"). */
const FRENCH_ADVERB = '(?:aussi|egalement|encore|notamment|toutefois|cependant|pourtant|ensuite|deja|enfin|meme|bien|alors|d[\'’]ailleurs|par ailleurs|quant a lui|quant a elle)';

/**
 * A French reporting word: auxiliary and participle, a finite verb (with "-t-il" when inverted),
 * or "selon", "d'après". Group 1 is the "selon" kind; group 2 (auxiliary) or 3 (finite verb) an inversion's pronoun.
 */
const FRENCH_VERB = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(?:(selon|d['’]apres)|${FRENCH_AUXILIARY}(?:\\s+${FRENCH_ADVERB})?\\s+(?:${FRENCH_PARTICIPLES})|(?:${FRENCH_FINITE})(?:-t)?(-(?:il|elle|ils|elles|on))?)(?![\\p{L}\\p{N}-])`,
  'gu',
);

const ENGLISH_VERBS =
  'said|says|say|told|tells|stated|denied|denies|added|adds|announced|explained|confirmed|confirms|responded|replied|noted|insisted|' +
  'claimed|warned|stressed|argued|acknowledged|admitted|wrote|tweeted|declared|reiterated|emphasi[sz]ed|explains|warns|insists';

/** An English reporting word: a verb, with "has"/"had" and an adverb before it, or "according to". Group 1 is the "according to" kind. */
const ENGLISH_VERB = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(?:(according\\s+to)|(?:(?:has|have|had)\\s+)?(?:(?:also|later|further|previously|then|again|earlier|separately|repeatedly|publicly)\\s+)?(?:${ENGLISH_VERBS}))(?![\\p{L}\\p{N}'’-])`,
  'gu',
);

/** Verbs whose object is the addressee ("told Reuters"), and the French prepositions that bring one ("a déclaré à l'AFP"). */
const TELLING = /^(?:told|tells)$/;

type KindEntry = readonly [words: string, kind: SettingKind, sure: boolean];

/** Social networks go by one name in both languages. */
const NETWORKS: readonly KindEntry[] = ['twitter', 'facebook', 'instagram', 'weibo', 'telegram', 'tiktok', 'tweet'].map((name) => [name, 'social-media', true] as const);

/**
 * The nouns that give a venue or channel its kind, folded, several words joined by one space.
 * `sure` is false for a noun that names the kind loosely: a "message" or a "post" may be on a
 * network or not, a "briefing" may be for the press or not.
 */
const SETTING_NOUNS: Readonly<Record<Lang, readonly KindEntry[]>> = {
  fr: [
    ['conference de presse', 'press-conference', true],
    ['point de presse', 'press-conference', true],
    ['point presse', 'press-conference', true],
    ['point-presse', 'press-conference', true],
    ['briefing', 'press-conference', false],
    ['communique de presse', 'statement', true],
    ['communique', 'statement', true],
    ['declaration ecrite', 'statement', true],
    ['declaration', 'statement', false],
    ['interview', 'news-outlet', true],
    ['entretien', 'news-outlet', true],
    ['media', 'news-outlet', true],
    ['medias', 'news-outlet', true],
    ['journal', 'news-outlet', true],
    ['quotidien', 'news-outlet', true],
    ['hebdomadaire', 'news-outlet', true],
    ['magazine', 'news-outlet', true],
    ["site d'information", 'news-outlet', true],
    ['agence', 'news-outlet', false],
    ['agence de presse', 'news-outlet', true],
    ['chaine de television', 'news-outlet', true],
    ['chaine', 'news-outlet', true],
    ['radio', 'news-outlet', true],
    ['television', 'news-outlet', true],
    ['parlement', 'parliament', true],
    ['assemblee nationale', 'parliament', true],
    ['assemblee', 'parliament', false],
    ['senat', 'parliament', true],
    ['deputes', 'parliament', true],
    ['senateurs', 'parliament', true],
    ['parlementaires', 'parliament', true],
    ['commission parlementaire', 'parliament', true],
    ['audition', 'parliament', true],
    ['congres', 'parliament', false],
    ['reseaux sociaux', 'social-media', true],
    ...NETWORKS,
    ['compte twitter', 'social-media', true],
    ['compte', 'social-media', false],
    ['message', 'social-media', false],
    ['publication', 'social-media', false],
    ['blog', 'social-media', false],
  ],
  en: [
    ['press conference', 'press-conference', true],
    ['news conference', 'press-conference', true],
    ['press briefing', 'press-conference', true],
    ['news briefing', 'press-conference', true],
    ['briefing', 'press-conference', false],
    ['press release', 'statement', true],
    ['news release', 'statement', true],
    ['statement', 'statement', true],
    ['communique', 'statement', true],
    ['interview', 'news-outlet', true],
    ['newspaper', 'news-outlet', true],
    ['news site', 'news-outlet', true],
    ['news website', 'news-outlet', true],
    ['news outlet', 'news-outlet', true],
    ['news agency', 'news-outlet', true],
    ['media', 'news-outlet', true],
    ['outlet', 'news-outlet', true],
    ['broadcaster', 'news-outlet', true],
    ['radio', 'news-outlet', true],
    ['television', 'news-outlet', true],
    ['daily', 'news-outlet', false],
    ['magazine', 'news-outlet', true],
    ['parliament', 'parliament', true],
    ['congress', 'parliament', true],
    ['senate', 'parliament', true],
    ['house of commons', 'parliament', true],
    ['lawmakers', 'parliament', true],
    ['legislators', 'parliament', true],
    ['parliamentary committee', 'parliament', true],
    ['hearing', 'parliament', true],
    ['testimony', 'parliament', true],
    ['social media', 'social-media', true],
    ...NETWORKS,
    ['post', 'social-media', false],
    ['message', 'social-media', false],
    ['blog', 'social-media', false],
  ],
};

/** Venues are where a speaker stood; the other kinds are channels. */
const VENUE_KINDS: ReadonlySet<SettingKind> = new Set(['press-conference', 'parliament']);

/**
 * The prepositions that open a venue or channel, folded: "lors d'une", "au cours du", "dans un",
 * "devant le", "au", "à la"; "at", "during", "in", "on", "before", "to", "via".
 */
const SETTING_PREPOSITION: Readonly<Record<Lang, string>> = {
  fr: "(?:(?:lors|au\\s+cours|en\\s+marge|a\\s+l['’]occasion|aupres|a\\s+l['’]issue)\\s+(?:d['’]\\s*|de\\s+|du\\s+|des\\s+)|(?:pendant|durant|dans|sur|devant|par|via|a|au|aux)\\s+)",
  en: '(?:(?:at|during|in|on|before|to|via|through|after|from|with)\\s+(?:the\\s+(?:end|sidelines|start)\\s+of\\s+)?)',
};

/** Determiners before a venue's noun. */
const SETTING_DETERMINER: Readonly<Record<Lang, string>> = {
  fr: "(?:(?:un|une|le|la|les|son|sa|ses|leur|leurs|ce|cette|cet|des|du)\\s+|l['’]\\s*)",
  en: '(?:(?:a|an|the|its|his|her|their|this|that|one|another)\\s+)',
};

/** Up to two words between the determiner and the noun ("a joint press conference", "un bref communiqué"). */
const MODIFIERS = "(?:[a-z][a-z'’-]*\\s+){0,2}?";

/** Literal words as one alternation, longest first; a space matches any spaces, an apostrophe either apostrophe. */
function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/-/g, '\\-').replace(/ /g, '\\s+').replace(/'/g, "['’]"))
    .join('|');
}

/** Each setting noun's kind and sureness, by its words as the alternation matched them (spaces made single, apostrophes straight). */
const SETTING_KINDS: Readonly<Record<Lang, ReadonlyMap<string, readonly [SettingKind, boolean]>>> = {
  fr: new Map(SETTING_NOUNS.fr.map(([words, kind, sure]) => [words, [kind, sure]] as const)),
  en: new Map(SETTING_NOUNS.en.map(([words, kind, sure]) => [words, [kind, sure]] as const)),
};

function settingNouns(lang: Lang): string {
  return alternation(SETTING_NOUNS[lang].map(([words]) => words));
}

/** A venue or channel opened by its preposition, anchored where it must start (sticky). Group 1 is the noun. */
const SETTING_PHRASE: Readonly<Record<Lang, RegExp>> = {
  fr: new RegExp(`${SETTING_PREPOSITION.fr}${SETTING_DETERMINER.fr}?${MODIFIERS}(${settingNouns('fr')})(?![a-z0-9])`, 'y'),
  en: new RegExp(`${SETTING_PREPOSITION.en}${SETTING_DETERMINER.en}?${MODIFIERS}(${settingNouns('en')})(?![a-z0-9])`, 'y'),
};

/** The same without a preposition, after "told", "selon" and "according to" ("told a news conference", "selon un communiqué"). */
const BARE_SETTING: Readonly<Record<Lang, RegExp>> = {
  fr: new RegExp(`${SETTING_DETERMINER.fr}?${MODIFIERS}(${settingNouns('fr')})(?![a-z0-9])`, 'y'),
  en: new RegExp(`${SETTING_DETERMINER.en}?${MODIFIERS}(${settingNouns('en')})(?![a-z0-9])`, 'y'),
};

/** A web address standing for an outlet ("thepaper.cn"). */
const WEB_ADDRESS = /[a-z0-9-]+\.(?:cn|com|fr|org|net|co\.uk|uk|de|info|io|news|tv)(?![a-z0-9])/y;

/** A time written in the frame: a weekday, "today", "hier soir", "this morning". Sticky. */
const WHEN: Readonly<Record<Lang, RegExp>> = {
  fr: /(?:(?:ce\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+(?:matin|midi|apres-midi|soir))?(?:\s+dernier)?|aujourd['’]hui|avant-hier|hier(?:\s+(?:matin|midi|apres-midi|soir))?|ce\s+(?:matin|midi|soir)|cet\s+apres-midi|dans\s+la\s+(?:matinee|soiree|journee)(?:\s+d['’]hier)?|la\s+veille)(?![a-z])/y,
  en: /(?:(?:on\s+|last\s+|this\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?|today|yesterday|tonight|last\s+night|this\s+(?:morning|afternoon|evening|week)|earlier\s+(?:today|this\s+week))(?![a-z])/y,
};

/**
 * Words that end a speaker read word by word, in two sorts. Clause words (relatives,
 * conjunctions) end it cleanly: "… and the ministry said". Prepositions and verbs end it where the
 * true subject lies further off: "the expert sent by the prosecutor's office stated" is not said by
 * the office, so a speaker read back to one of them is no speaker at all.
 */
const CLAUSE_WORDS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  fr: new Set('que qu qui dont ou mais car donc or si comme lorsque quand puis cependant toutefois pourtant neanmoins il elle ils elles on nous vous je'.split(' ')),
  en: new Set('that which who whom whose where when while because but as if than though although however meanwhile it he she they we i you there this these those so then'.split(' ')),
};

const PREPOSITIONS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  fr: new Set('lors dans sur devant pendant durant apres avant depuis par pour avec sans selon a au aux en chez vers contre'.split(' ')),
  en: new Set('in at on during after before since by from to into without about over under through via against'.split(' ')),
};

const VERBS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  fr: new Set('est etait sont etaient sera ont avait avaient aurait ne n se s y'.split(' ')),
  en: new Set('is was were are be been being will would could should can may might must not'.split(' ')),
};

const PREPOSITIONS_AND_VERBS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  fr: new Set([...PREPOSITIONS.fr, ...VERBS.fr]),
  en: new Set([...PREPOSITIONS.en, ...VERBS.en]),
};

const SPEAKER_STOP: Readonly<Record<Lang, ReadonlySet<string>>> = {
  fr: new Set([...CLAUSE_WORDS.fr, ...PREPOSITIONS_AND_VERBS.fr]),
  en: new Set([...CLAUSE_WORDS.en, ...PREPOSITIONS_AND_VERBS.en]),
};

/** Pronouns that make a whole speaker. */
const PRONOUNS: ReadonlySet<string> = new Set('il elle ils elles on nous je he she they it we i'.split(' '));

/** Determiners and the small words of a name's or an organisation's phrase: not content. */
const SMALL_WORDS: ReadonlySet<string> = new Set(
  ('le la les l un une des du de d et son sa ses leur leurs ce cette cet au aux ' +
    'the a an of and for its his her their this that s').split(' '),
);

/**
 * Heads of organisations, by class: two organisations whose heads fall in different classes are
 * different organisations. Folded; "porte-parole" and the like are roles, below.
 */
const ORGANISATION_CLASSES: Readonly<Record<string, { readonly fr: readonly string[]; readonly en: readonly string[] }>> = {
  ministry: { fr: ['ministere', 'ministeres'], en: ['ministry', 'ministries', 'department'] },
  police: { fr: ['police', 'gendarmerie', 'policiers', 'gendarmes'], en: ['police'] },
  army: { fr: ['armee', 'militaires', 'etat-major'], en: ['army', 'military', 'armed forces'] },
  prosecution: { fr: ['parquet'], en: ['prosecution', 'prosecutors'] },
  municipality: { fr: ['mairie', 'municipalite'], en: ['city hall', 'town hall', 'municipality'] },
  company: { fr: ['entreprise', 'societe', 'groupe', 'compagnie', 'firme', 'constructeur', 'operateur'], en: ['company', 'firm', 'group', 'operator', 'carmaker', 'manufacturer'] },
  agency: { fr: ['agence', 'office', 'regulateur', 'autorite'], en: ['agency', 'office', 'regulator', 'watchdog', 'authority'] },
  court: { fr: ['tribunal', 'cour'], en: ['court'] },
  embassy: { fr: ['ambassade', 'consulat'], en: ['embassy', 'consulate'] },
  // A council, a board, a committee and a commission are rendered one for another.
  council: { fr: ['conseil', 'comite', 'commission'], en: ['council', 'board', 'committee', 'commission'] },
  union: { fr: ['syndicat', 'syndicats'], en: ['union', 'unions'] },
  party: { fr: ['parti'], en: ['party'] },
  hospital: { fr: ['hopital'], en: ['hospital'] },
  university: { fr: ['universite'], en: ['university'] },
  bank: { fr: ['banque'], en: ['bank'] },
  // Words for the state, or for any body at all: they may name every organisation of a class, so never differ from one.
  vague: {
    fr: ['gouvernement', 'autorites', 'administration', 'etat', 'executif', 'pouvoirs', 'services', 'institution', 'institutions', 'organisation', 'organisme', 'association', 'ong', 'fondation'],
    en: ['government', 'authorities', 'administration', 'state', 'executive', 'officials', 'institution', 'institutions', 'services', 'organisation', 'organization', 'body', 'association', 'ngo', 'foundation'],
  },
};

const ORGANISATION_HEADS: Readonly<Record<Lang, ReadonlyMap<string, string>>> = {
  fr: new Map(Object.entries(ORGANISATION_CLASSES).flatMap(([name, words]) => words.fr.map((word) => [word, name] as const))),
  en: new Map(Object.entries(ORGANISATION_CLASSES).flatMap(([name, words]) => words.en.map((word) => [word, name] as const))),
};

/** Office-holders: a speaker headed by one speaks for someone, named or not. Folded single words ("porte-parole" is read at "parole"). */
const ROLES: Readonly<Record<Lang, ReadonlySet<string>>> = {
  fr: new Set(
    ('parole ministre ministres president presidente directeur directrice responsable responsables maire procureur procureure juge chef ' +
      'secretaire depute deputee senateur ambassadeur commissaire expert experte avocat avocate temoin officier general porte-parole ' +
      'dirigeant dirigeants representant representante ingenieur conseiller conseillere fondateur patron pdg adjoint adjointe enqueteurs ' +
      'analyste analystes specialiste enqueteur chercheur chercheuse medecin policier sources source').split(' '),
  ),
  en: new Set(
    ('spokesperson spokesman spokeswoman minister ministers president director official mayor prosecutor judge chief head secretary ' +
      'deputy senator lawmaker ambassador commissioner expert lawyer attorney witness officer general engineer adviser advisor founder ' +
      'ceo chairman chairwoman chair leader representative investigators investigator analyst analysts researcher doctor sources source').split(' '),
  ),
};

/** Titles before a name ("M. Dupont", "Mr Smith"), not names themselves. */
const TITLES: ReadonlySet<string> = new Set('m mm mme mlle mr mrs ms dr pr prof sir dame lord me sen rep gov gen col lt sgt capt maj'.split(' '));

// ---------------------------------------------------------------------------------------------
// Reading

/** A cheap test for a reporting word: most claims have none and stop here. */
const PREFILTER: Readonly<Record<Lang, RegExp>> = {
  fr: /selon|apres|declar|precis|indiqu|affirm|ni[ea]|ajout|annon|expliq|soulign|assur|estim|confirm|repon|dit|ecrit|reconn|insist|rappel|marte|racont|confi|signal|revel|temoign|comment|reag|averti|admi|promi|savoir|valoir|dement|previen|observ|not|reiter/,
  en: /said|say|told|tell|stated|deni|add|announc|explain|confirm|respond|repl|noted|insist|claim|warn|stress|argu|acknowledg|admit|wrote|tweet|declar|reiterat|emphasi|according/,
};

/** PREFILTER's words in any case, for a claim whose folding would only lower-case it. */
const PREFILTER_ANY_CASE: Readonly<Record<Lang, RegExp>> = { fr: new RegExp(PREFILTER.fr.source, 'i'), en: new RegExp(PREFILTER.en.source, 'i') };

/**
 * Whether a claim may hold a reporting word; when it does not, `findFrames` finds no frame in it.
 * A claim all in ASCII, as most English claims are, is searched as written, in any case, not
 * folded into a lower-cased copy first: every group's English claims are asked, and their folding
 * was some 54 ms of a profile of the run at 20,000 sentences a side.
 */
export function mayReport(sentence: string, lang: Lang): boolean {
  if (foldsToLowerCase(sentence)) return PREFILTER_ANY_CASE[lang].test(sentence);
  return PREFILTER[lang].test(foldKeepingOffsets(sentence));
}

/** Reads every attribution frame of a claim, in the order of their verbs; none when the claim has no reporting word. Never throws. */
export function findFrames(sentence: string, lang: Lang): AttributionFrame[] {
  const folded = foldKeepingOffsets(sentence);
  if (!PREFILTER[lang].test(folded)) return [];
  const verb = lang === 'fr' ? FRENCH_VERB : ENGLISH_VERB;
  verb.lastIndex = 0;
  const matches: RegExpExecArray[] = [];
  for (let match = verb.exec(folded); match !== null; match = verb.exec(folded)) matches.push(match);
  if (matches.length === 0) return []; // the words are split only where a verb was found: most claims stop before
  const reader: Reader = { sentence, folded, tokens: tokenize(sentence, folded), lang };
  const frames: AttributionFrame[] = [];
  for (const match of matches) {
    const frame = readFrame(reader, match);
    if (frame) frames.push(frame);
  }
  return frames;
}

/**
 * True when a frame fills a slot that can differ from another frame's: a speaker that is named,
 * an organisation or an office, or a venue or channel of a known kind. A frame of a pronoun alone
 * can differ from none, and the other side need not be read.
 */
export function canDiffer(frame: AttributionFrame): boolean {
  const { speaker } = frame;
  return (speaker !== null && speaker.kind !== 'pronoun' && speaker.kind !== 'other') || settings(frame).length > 0;
}

interface Reader {
  readonly sentence: string;
  readonly folded: string;
  readonly tokens: readonly Token[];
  readonly lang: Lang;
}

function span(reader: Reader, start: number, end: number): FrameSpan {
  return { text: reader.sentence.slice(start, end), start, end };
}

/**
 * A speaker over the words from `start` to `end`. Its fields are written out, not spread from a
 * span: a spread takes V8's generic copy, and the speakers' were some 45 ms of a 3 s profile of
 * judging at 20,000 sentences a side (the most time of any line of this file).
 */
function speakerAt(reader: Reader, start: number, end: number, kind: SpeakerKind, names: readonly string[], organisation: Organisation | null): Speaker {
  return { text: reader.sentence.slice(start, end), start, end, kind, names, organisation };
}

/** A venue or channel over the words from `start` to `end`, by its kind; written out as speakerAt is. */
function settingAt(reader: Reader, start: number, end: number, kind: SettingKind, sure: boolean): Setting {
  return { text: reader.sentence.slice(start, end), start, end, kind, role: VENUE_KINDS.has(kind) ? 'venue' : 'channel', sure };
}

/** The index of the first token starting at or after `offset` (tokens.length when none). */
function tokenAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((tokens[middle] as Token).start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** What stands between two offsets, spaces aside: "", ",", "(", ". " and so on. */
function between(reader: Reader, from: number, to: number): string {
  return reader.sentence.slice(from, to).trim();
}

/** True when the text between two words lets a phrase run on: spaces, an apostrophe, a hyphen, a parenthesis, a title's full stop, a web address's dot. */
function joins(reader: Reader, left: Token, right: Token): boolean {
  const gap = between(reader, left.end, right.start);
  if (gap === '' || /^['’-]$/.test(gap) || /^[()]+$/.test(gap) || gap === ')' || gap === '(') return true;
  if (gap === '.' && (TITLES.has(left.fold) || right.start === left.end + 1)) return true; // "M. Dupont", "thepaper.cn"
  return false;
}

function readFrame(reader: Reader, match: RegExpExecArray): AttributionFrame | null {
  const { tokens, lang } = reader;
  const verbStart = match.index;
  const verbEnd = match.index + match[0].length;
  const verb = span(reader, verbStart, verbEnd);
  const first = tokenAt(tokens, verbStart);
  const slots: MutableSlots = { speaker: null, venue: null, channel: null, when: null };

  if (match[1] !== undefined) {
    // "selon X", "according to X": X is a channel, with its owner after "du"/"of" ("selon un communiqué du ministère"), or the speaker.
    const setting = readBareSetting(reader, verbEnd);
    if (setting) {
      place(slots, setting.setting);
      slots.speaker = ownerOf(reader, setting.nounEnd, setting.setting.end);
    } else slots.speaker = readSpeakerAfter(reader, tokenAt(tokens, verbEnd), false);
    readAdjuncts(reader, Math.max(slots.speaker?.end ?? verbEnd, setting?.setting.end ?? verbEnd), slots, false);
    return frameOf(verb, slots);
  }

  // A present-tense French verb after a determiner is a noun: "l'annonce", "une déclaration".
  const previous = tokens[first - 1];
  if (lang === 'fr' && !/\s/.test(match[0]) && previous && NOUN_DETERMINERS.has(previous.fold) && joins(reader, previous, tokens[first] as Token)) return null;

  const pronoun = lang === 'fr' ? (match[2] ?? match[3]) : undefined;
  if (pronoun !== undefined) {
    // "a-t-il précisé", "déclare-t-elle": the speaker is the pronoun.
    const at = verbStart + match[0].indexOf(pronoun) + 1; // after the pronoun's hyphen
    slots.speaker = speakerAt(reader, at, at + pronoun.length - 1, 'pronoun', [], null);
    readAdjuncts(reader, verbEnd, slots, false);
    return frameOf(verb, slots);
  }

  const telling = TELLING.test(match[0].split(/\s+/).pop() ?? '');
  // Inverted: the verb opens its chunk ("…, a déclaré le ministère", "…, said Zhang Feng") and a speaker follows.
  const opensChunk = first === 0 || /[,;:«»"“”(]$/.test(between(reader, (tokens[first - 1] as Token).end, verbStart));
  if (opensChunk && !telling) {
    readAdjuncts(reader, verbEnd, slots, true);
    if (slots.speaker || first === 0) return frameOf(verb, slots);
  }
  // Plain order: the speaker stands before the verb, and "told" takes its addressee after it.
  slots.speaker = readSpeakerBefore(reader, first);
  let at = verbEnd;
  if (telling) {
    const addressee = readAddressee(reader, verbEnd);
    if (addressee) {
      place(slots, addressee);
      at = addressee.end;
    }
  }
  readAdjuncts(reader, at, slots, false);
  if (slots.speaker) readFrontedAdjuncts(reader, slots.speaker.start, slots);
  return frameOf(verb, slots);
}

/** Words before which a French verb form is a noun ("l'annonce", "cette déclaration"). */
const NOUN_DETERMINERS: ReadonlySet<string> = new Set('l la le les un une des du de d cette ce son sa ses leur'.split(' '));

/** The owner of a channel, in its complement after "du", "de", "of", "from" or "by": "un communiqué du ministère" is the ministry's. */
function ownerOf(reader: Reader, nounEnd: number, end: number): Speaker | null {
  const { tokens } = reader;
  const last = tokenAt(tokens, end) - 1;
  for (let index = tokenAt(tokens, nounEnd); index < last; index++) {
    if (/^(?:du|de|des|d|of|from|by)$/.test((tokens[index] as Token).fold)) return classifySpeaker(reader, index + 1, last, (tokens[last] as Token).end);
  }
  return null;
}

interface MutableSlots {
  speaker: Speaker | null;
  venue: Setting | null;
  channel: Setting | null;
  when: FrameSpan | null;
}

function frameOf(verb: FrameSpan, slots: MutableSlots): AttributionFrame | null {
  if (!slots.speaker && !slots.venue && !slots.channel && !slots.when) return null; // a verb without any slot filled ("be warned") frames nothing
  return { verb, speaker: slots.speaker, venue: slots.venue, channel: slots.channel, when: slots.when };
}

/** Most adjuncts read after a verb: "a déclaré le ministère mercredi au média …" has three. */
const MAX_ADJUNCTS = 4;

/**
 * Reads what follows the verb, one adjunct at a time: a time, a venue or channel, and, when the
 * frame is inverted, the speaker. Stops at the first word that is none of them.
 */
function readAdjuncts(reader: Reader, from: number, slots: MutableSlots, speakerMayFollow: boolean): void {
  let at = from;
  for (let count = 0; count < MAX_ADJUNCTS; count++) {
    const next = skipSeparators(reader, at);
    if (next >= reader.folded.length) return;
    const when = slots.when === null ? matchAt(WHEN[reader.lang], reader.folded, next) : null;
    if (when !== null) {
      slots.when = span(reader, next, next + when);
      at = next + when;
      continue;
    }
    const setting = readSetting(reader, next);
    if (setting) {
      place(slots, setting);
      at = setting.end;
      continue;
    }
    const word = tokenAt(reader.tokens, next);
    if (speakerMayFollow && slots.speaker === null && reader.tokens[word]?.start === next) {
      const speaker = readSpeakerAfter(reader, word, true);
      // "…, said the ministry would act": a speaker after the verb ends at a boundary, not before another verb.
      if (speaker && speaker.kind !== 'other' && endsPhrase(reader, speaker.end)) {
        slots.speaker = speaker;
        at = speaker.end;
        continue;
      }
    }
    return;
  }
}

/** True when what follows `end` closes a phrase: the sentence's end, punctuation, a time, a venue or channel. */
function endsPhrase(reader: Reader, end: number): boolean {
  const next = skipSpaces(reader.folded, end);
  if (next >= reader.folded.length || /[.,;:!?)»"”]/.test(reader.folded[next] as string)) return true;
  const word = reader.tokens[tokenAt(reader.tokens, next)];
  if (word && word.start === next && PREPOSITIONS[reader.lang].has(word.fold)) return true; // "a déclaré le président au cours de la cérémonie"
  return matchAt(WHEN[reader.lang], reader.folded, next) !== null || matchAt(SETTING_PHRASE[reader.lang], reader.folded, next) !== null;
}

function skipSpaces(text: string, from: number): number {
  let at = from;
  while (at < text.length && /\s/.test(text[at] as string)) at++;
  return at;
}

/** Skips spaces and commas (not a full stop, which ends the sentence's clause). */
function skipSeparators(reader: Reader, from: number): number {
  let at = from;
  while (at < reader.folded.length && /[\s,]/.test(reader.folded[at] as string)) at++;
  return at;
}

function matchAt(pattern: RegExp, text: string, at: number): number | null {
  pattern.lastIndex = at;
  const match = pattern.exec(text);
  return match === null ? null : match[0].length;
}

function place(slots: MutableSlots, setting: Setting): void {
  if (setting.role === 'venue') slots.venue ??= setting;
  else slots.channel ??= setting;
}

/**
 * The clause's opening adjuncts, before the speaker: "At the press conference … today, Zhang
 * Feng … said"; "Lors d'une conférence de presse, le ministre a déclaré". Only a chunk that
 * starts the sentence or follows a colon or semicolon, so that content before a comma is not
 * read as frame ("Prices rose at the press conference, he said").
 */
function readFrontedAdjuncts(reader: Reader, speakerStart: number, slots: MutableSlots): void {
  const { sentence } = reader;
  let comma = speakerStart - 1;
  while (comma >= 0 && /\s/.test(sentence[comma] as string)) comma--;
  if (comma < 0 || sentence[comma] !== ',') return;
  // Back to the chunk's opening, no further than MAX_FRONTED characters: a second comma on the way means more than one chunk, so no opening adjunct.
  let opening = comma - 1;
  for (; opening >= 0 && comma - opening <= MAX_FRONTED; opening--) {
    const char = sentence[opening] as string;
    if (char === ',') return;
    if (char === ';' || char === ':') break;
  }
  if (opening >= 0 && comma - opening > MAX_FRONTED) return;
  let at = skipSeparators(reader, opening + 1);
  for (let count = 0; count < MAX_ADJUNCTS && at < comma; count++) {
    const next = skipSeparators(reader, at);
    const when = slots.when === null ? matchAt(WHEN[reader.lang], reader.folded, next) : null;
    if (when !== null && next + when <= comma) {
      slots.when = span(reader, next, next + when);
      at = next + when;
      continue;
    }
    const setting = readSetting(reader, next);
    if (!setting || setting.end > comma) return;
    place(slots, setting);
    at = setting.end;
  }
}

/** The longest opening chunk read for adjuncts, in characters: "At the press conference of the State Council of China today" is 59. */
const MAX_FRONTED = 200;

/** A venue or channel opened by its preposition at `at`, with the words that complete it ("of the State Council of China"). */
function readSetting(reader: Reader, at: number): Setting | null {
  const pattern = SETTING_PHRASE[reader.lang];
  pattern.lastIndex = at;
  const match = pattern.exec(reader.folded);
  return match === null ? null : settingFrom(reader, at, at + match[0].length, match[1] as string);
}

/** A venue or channel without its preposition, at the first word at or after `from`, and where its noun ends. */
function readBareSetting(reader: Reader, from: number): { setting: Setting; nounEnd: number } | null {
  const at = skipSeparators(reader, from);
  const pattern = BARE_SETTING[reader.lang];
  pattern.lastIndex = at;
  const match = pattern.exec(reader.folded);
  if (match === null) return null;
  const nounEnd = at + match[0].length;
  return { setting: settingFrom(reader, at, nounEnd, match[1] as string), nounEnd };
}

function settingFrom(reader: Reader, start: number, nounEnd: number, noun: string): Setting {
  const [kind, sure] = SETTING_KINDS[reader.lang].get(noun.replace(/\s+/g, ' ').replace(/’/g, "'")) ?? ['unknown', false];
  const end = completeSetting(reader, nounEnd);
  return settingAt(reader, start, end, kind, sure);
}

/** Words that a venue's or channel's complement may hold besides content words: "of the State Council", "d'information national". */
const COMPLEMENT_LINKS: ReadonlySet<string> = new Set('of with to for by from the a an de du des d la le les l avec pour aupres chinois national'.split(' '));

/** Most words that complete a venue or channel. */
const MAX_COMPLEMENT = 8;

/** Where a venue's or channel's complement ends: before a full stop, a comma, a time, or a word that opens another phrase. */
function completeSetting(reader: Reader, nounEnd: number): number {
  const { tokens } = reader;
  let end = nounEnd;
  let index = tokenAt(tokens, nounEnd);
  let previous = tokens[index - 1];
  for (let count = 0; count < MAX_COMPLEMENT && index < tokens.length; count++, index++) {
    const token = tokens[index] as Token;
    if (previous && previous.end >= nounEnd && !joins(reader, previous, token)) break;
    if (previous && previous.end < nounEnd && between(reader, nounEnd, token.start) !== '') break;
    if (matchAt(WHEN[reader.lang], reader.folded, token.start) !== null) break;
    if (!COMPLEMENT_LINKS.has(token.fold) && (SPEAKER_STOP[reader.lang].has(token.fold) || /^(?:and|et|mais|but|que|that)$/.test(token.fold))) break;
    // A complement opens with a link word ("of the State Council", "d'information"), a name or an address's next part; not with an adjective or a participle.
    if (end === nounEnd && !COMPLEMENT_LINKS.has(token.fold) && !token.capital && between(reader, nounEnd, token.start) !== '.') break;
    end = token.end;
    previous = token;
  }
  // Small words left hanging at the end ("of the") belong to what follows.
  return trimSmallWords(reader, nounEnd, end);
}

function trimSmallWords(reader: Reader, floor: number, end: number): number {
  const { tokens } = reader;
  let index = tokenAt(tokens, end) - 1;
  let trimmed = end;
  while (index >= 0 && (tokens[index] as Token).start >= floor && SMALL_WORDS.has((tokens[index] as Token).fold)) {
    trimmed = (tokens[index] as Token).start;
    index--;
  }
  return trimmed === end ? end : reader.sentence.slice(0, trimmed).trimEnd().length;
}

/** The object of "told": "told a news conference" (its kind), "told thepaper.cn" (an outlet), "told Reuters" or "told reporters" (an addressee of unknown kind). */
function readAddressee(reader: Reader, from: number): Setting | null {
  const bare = readBareSetting(reader, from);
  if (bare) return bare.setting;
  const at = skipSeparators(reader, from);
  const address = matchAt(WEB_ADDRESS, reader.folded, at);
  if (address !== null) return settingAt(reader, at, at + address, 'news-outlet', false);
  const words = readWords(reader, tokenAt(reader.tokens, at), 1, 5);
  if (!words) return null;
  return settingAt(reader, words.start, words.end, 'unknown', false);
}

// ---------------------------------------------------------------------------------------------
// Speakers

/** Most words of a speaker, apposition included. */
const MAX_SPEAKER_WORDS = 20;

/** Adverbs and times between a speaker and its verb ("the ministry also said", "le ministère, mercredi, a indiqué"): skipped. */
const BETWEEN_SPEAKER_AND_VERB = /^(?:also|further|later|then|previously|again|earlier|separately|repeatedly|publicly|however|aussi|egalement|encore|ensuite|toutefois|pourtant|cependant)$/;

/**
 * The speaker before the verb at token `verb`: the words back to a boundary; when a comma stands
 * just before the verb, the chunk there is an apposition ("Zhang Feng, a spokesperson …, said";
 * "Le porte-parole du ministère, Zhao Lijian, a déclaré") and the chunk before it is read too.
 */
function readSpeakerBefore(reader: Reader, verb: number): Speaker | null {
  const { tokens } = reader;
  let last = verb - 1;
  while (last >= 0 && BETWEEN_SPEAKER_AND_VERB.test((tokens[last] as Token).fold)) last--;
  if (last < 0) return null;
  const lastToken = tokens[last] as Token;
  const gap = between(reader, lastToken.end, (tokens[last + 1] as Token | undefined)?.start ?? reader.sentence.length);
  if (/[«»"“”:]/.test(gap)) return null; // what stands before is a quotation, not its speaker
  const chunk = chunkBefore(reader, last);
  if (chunk === null) return null;
  let start = chunk;
  if (gap === ',' && start > 0) {
    // The chunk is an apposition: the name or title it explains stands in the chunk before.
    const previousEnd = start - 1;
    const link = between(reader, (tokens[previousEnd] as Token).end, (tokens[start] as Token).start);
    if (/^\)?,$/.test(link)) {
      const previous = chunkBefore(reader, previousEnd);
      if (previous !== null && last - previous < MAX_SPEAKER_WORDS && isNounPhrase(reader, previous, previousEnd)) start = previous;
    }
  }
  const end = lastToken.end;
  return classifySpeaker(reader, start, last, end);
}

/**
 * The first token of the phrase that ends at token `last`, read backwards to a boundary; null
 * when `last` is itself a boundary. An "and" stays inside only when what stands before it names
 * someone ("Ministère de l'industrie et des technologies", "Zhang Feng and Wen Ku"); otherwise it
 * joins two clauses ("prices rose and the ministry said") and the phrase starts after it.
 */
function chunkBefore(reader: Reader, last: number): number | null {
  const { tokens, lang } = reader;
  let start = last + 1;
  for (let index = last; index >= 0 && last - index < MAX_SPEAKER_WORDS; index--) {
    const token = tokens[index] as Token;
    if (PREPOSITIONS_AND_VERBS[lang].has(token.fold)) return null;
    if (CLAUSE_WORDS[lang].has(token.fold) && !(PRONOUNS.has(token.fold) && index === last)) break;
    if (index < last && !joins(reader, token, tokens[index + 1] as Token)) break;
    if (index < last && (matchAt(WHEN[lang], reader.folded, token.start) !== null || isCalendarWord(token.fold, lang))) break;
    start = index;
    if (PRONOUNS.has(token.fold)) break;
  }
  if (start > last) return null;
  for (let index = start; index <= last; index++) {
    const fold = (tokens[index] as Token).fold;
    if ((fold === 'and' || fold === 'et') && !namesSomeone(reader, start, index - 1)) start = index + 1;
  }
  return start <= last ? start : null;
}

/** True when tokens `from` to `to` hold a capitalised word away from the sentence's start, an office or an organisation. */
function namesSomeone(reader: Reader, from: number, to: number): boolean {
  for (let index = from; index <= to; index++) {
    const token = reader.tokens[index] as Token;
    if ((token.capital && !token.initial) || ROLES[reader.lang].has(token.fold) || organisationHead(reader.tokens, index, reader.lang) !== null) return true;
  }
  return false;
}

function joinsNames(reader: Reader, index: number): boolean {
  const before = reader.tokens[index - 1];
  const after = reader.tokens[index + 1];
  const namey = (token: Token | undefined) => token !== undefined && (token.capital || ROLES[reader.lang].has(token.fold) || ORGANISATION_HEADS[reader.lang].has(token.fold));
  return namey(before) && namey(after);
}

/** True when tokens `from` to `to` can be a speaker: no preposition opens them ("At the press conference …" cannot). */
function isNounPhrase(reader: Reader, from: number, to: number): boolean {
  const first = reader.tokens[from] as Token;
  if (matchAt(SETTING_PHRASE[reader.lang], reader.folded, first.start) !== null) return false;
  if (matchAt(WHEN[reader.lang], reader.folded, first.start) !== null) return false;
  return to >= from;
}

/** The speaker after a verb or "selon", from token `from`: the words up to a boundary, with one apposition after a comma when `apposition`. */
function readSpeakerAfter(reader: Reader, from: number, apposition: boolean): Speaker | null {
  const words = readWords(reader, from, 1, MAX_SPEAKER_WORDS);
  if (!words) return null;
  let last = words.last;
  const next = reader.tokens[last + 1];
  if (apposition && next && between(reader, (reader.tokens[last] as Token).end, next.start) === ',' && (/^(?:a|an|the|le|la|l|un|une)$/.test(next.fold) || ROLES[reader.lang].has(next.fold) || ROLES[reader.lang].has(reader.tokens[last + 2]?.fold ?? ''))) {
    const more = readWords(reader, last + 1, 1, MAX_SPEAKER_WORDS - (last - from));
    if (more && hasRole(reader, last + 1, more.last)) last = more.last;
  }
  return classifySpeaker(reader, from, last, (reader.tokens[last] as Token).end);
}

function hasRole(reader: Reader, from: number, to: number): boolean {
  for (let index = from; index <= to; index++) {
    const fold = (reader.tokens[index] as Token).fold;
    if (ROLES[reader.lang].has(fold) || ORGANISATION_HEADS[reader.lang].has(fold)) return true;
  }
  return false;
}

/** Words forward from token `from` to a boundary: at least `least` of them, at most `most`. */
function readWords(reader: Reader, from: number, least: number, most: number): { start: number; end: number; last: number } | null {
  const { tokens, lang } = reader;
  let last = from - 1;
  for (let index = from; index < tokens.length && index - from < most; index++) {
    const token = tokens[index] as Token;
    if (index > from && !joins(reader, tokens[index - 1] as Token, token)) break;
    if (SPEAKER_STOP[lang].has(token.fold) && !(index === from && PRONOUNS.has(token.fold))) break;
    if ((token.fold === 'and' || token.fold === 'et') && !joinsNames(reader, index)) break;
    if (matchAt(WHEN[lang], reader.folded, token.start) !== null) break;
    if (index > from && matchAt(SETTING_PHRASE[lang], reader.folded, token.start) !== null) break;
    last = index;
    if (PRONOUNS.has(token.fold)) break;
  }
  if (last - from + 1 < least) return null;
  const end = trimSmallWords(reader, (tokens[from] as Token).start, (tokens[last] as Token).end);
  if (end <= (tokens[from] as Token).start) return null;
  while (last > from && (tokens[last] as Token).start >= end) last--;
  return { start: (tokens[from] as Token).start, end, last };
}

/**
 * What a speaker is, from its words: a pronoun; named when a proper name stands outside an
 * organisation's phrase; an organisation or a role by its first head word; and the organisation
 * it is or speaks for.
 */
function classifySpeaker(reader: Reader, from: number, to: number, end: number): Speaker {
  const { tokens, lang } = reader;
  const lexicon = loadLexicon();
  const start = (tokens[from] as Token).start;
  if (from === to && PRONOUNS.has((tokens[from] as Token).fold)) return speakerAt(reader, start, end, 'pronoun', [], null);
  const names: string[] = [];
  let kind: SpeakerKind = 'other';
  let organisation: { head: string; headWord: string; words: string[] } | null = null;
  let inOrganisation = false;
  let inParentheses = false;
  let named = false; // a proper name outside an organisation's name: a person, or an outlet
  for (let index = from; index <= to; index++) {
    const token = tokens[index] as Token;
    const gap = index > from ? between(reader, (tokens[index - 1] as Token).end, token.start) : '';
    if (gap.includes('(')) inParentheses = true;
    if (gap.includes(')')) inParentheses = false;
    if (gap === ',') inOrganisation = false;
    const word = token.fold;
    const head = organisationHead(tokens, index, lang);
    if (head !== null) {
      if (kind === 'other') kind = 'organisation';
      if (organisation === null) {
        organisation = { head, headWord: word, words: precedingWords(tokens, from, index, lang) };
        inOrganisation = true;
        continue;
      }
    }
    if (ROLES[lang].has(word)) {
      if (kind === 'other') kind = 'role';
      inOrganisation = false;
      continue;
    }
    // A capital at the sentence's start proves a name only for a speaker of that one word ("Bennett said") or before another capital ("Zhang Feng").
    const initial = index === 0 || token.initial;
    const proper = isProperName(token, initial, lang, lexicon) && (!initial || from === to || tokens[index + 1]?.capital === true);
    if (proper) names.push(word);
    if (inOrganisation || inParentheses) {
      if (organisation && !SMALL_WORDS.has(word)) organisation.words.push(word);
      continue;
    }
    if (proper) named = true;
  }
  const address = /[a-z0-9-]+\.(?:cn|com|fr|org|net|uk|de|info|io|news|tv)\b/.exec(reader.folded.slice(start, end));
  if (address) {
    names.push(address[0].split('.')[0] as string);
    named = true;
  }
  if (named) kind = 'named';
  return speakerAt(reader, start, end, kind, names, organisation);
}

/**
 * The office of an office-holder is the organisation of its class: "the prosecutor's office" is
 * the prosecution ("le parquet"), "the mayor's office" the town hall. English only: French names
 * the body itself.
 */
const OFFICE_OF_ROLE: ReadonlyMap<string, string> = new Map([
  ['prosecutor', 'prosecution'],
  ['prosecutors', 'prosecution'],
  ['mayor', 'municipality'],
  ['minister', 'ministry'],
]);

/** The class of the organisation whose head word stands at token `index` ("ministère", "city hall"), or null. */
function organisationHead(tokens: readonly Token[], index: number, lang: Lang): string | null {
  const word = (tokens[index] as Token).fold;
  if (lang === 'en' && word === 'office') {
    // "prosecutor's office" is tokenised "prosecutor", "s", "office"; "prosecutors' office" as "prosecutors", "office".
    const owner = tokens[index - 1]?.fold === 's' ? tokens[index - 2] : tokens[index - 1];
    const office = owner ? OFFICE_OF_ROLE.get(owner.fold) : undefined;
    if (office !== undefined) return office;
  }
  const next = tokens[index + 1];
  if (next) {
    const pair = ORGANISATION_HEADS[lang].get(`${word} ${next.fold}`);
    if (pair !== undefined) return pair;
  }
  return ORGANISATION_HEADS[lang].get(word) ?? null;
}

/** English names an organisation's kind before its head ("the Foreign Ministry", "Lyon police"): those words belong to it. */
function precedingWords(tokens: readonly Token[], from: number, head: number, lang: Lang): string[] {
  if (lang !== 'en') return [];
  const words: string[] = [];
  for (let index = head - 1; index >= from; index--) {
    const word = (tokens[index] as Token).fold;
    if (ROLES.en.has(word) || SPEAKER_STOP.en.has(word)) break;
    if (!SMALL_WORDS.has(word)) words.unshift(word);
  }
  return words;
}

/** A capitalised word that the lexicon does not know as a common word, not a title; acronyms count. */
function isProperName(token: Token, initial: boolean, lang: Lang, lexicon: Lexicon): boolean {
  if (!token.capital || TITLES.has(token.fold) || token.fold.length < 2) return false;
  if (token.acronym) return true;
  if (matchAt(WHEN[lang], token.fold, 0) !== null) return false;
  if (lexicon.names.has(token.fold)) return true;
  const common = lang === 'fr' ? isFrenchCommonWord(lexicon, token.fold) : isEnglishCommonWord(lexicon, token.fold);
  return !common && !(initial && PRONOUNS.has(token.fold));
}

// ---------------------------------------------------------------------------------------------
// Comparing

/**
 * Compares the frames of two sides of a linked group, slot by slot. A slot conflicts only where
 * both sides fill it and no value of one can be a value of the other: the settings when every
 * kind one side gives is missing from the other's (unknown kinds aside); the speakers when every
 * pair of speakers differs by the rule in this file's header. A frame on one side only, or a slot
 * one side leaves empty, conflicts with nothing.
 */
export function compareFrames(fr: readonly AttributionFrame[], en: readonly AttributionFrame[]): FrameComparison {
  return { speaker: speakerConflict(fr, en), setting: settingConflict(fr, en) };
}

function settings(frame: AttributionFrame): Setting[] {
  return [frame.venue, frame.channel].filter((setting): setting is Setting => setting !== null && setting.kind !== 'unknown');
}

function settingConflict(fr: readonly AttributionFrame[], en: readonly AttributionFrame[]): FrameConflict | null {
  const frKinds = new Set(fr.flatMap((frame) => settings(frame).map((setting) => setting.kind)));
  const enKinds = new Set(en.flatMap((frame) => settings(frame).map((setting) => setting.kind)));
  if (frKinds.size === 0 || enKinds.size === 0) return null;
  for (const kind of frKinds) if (enKinds.has(kind)) return null;
  const frFrame = fr.find((frame) => settings(frame).length > 0) as AttributionFrame;
  const enFrame = en.find((frame) => settings(frame).length > 0) as AttributionFrame;
  return { fr: frFrame, en: enFrame, weak: false };
}

function speakerConflict(fr: readonly AttributionFrame[], en: readonly AttributionFrame[]): FrameConflict | null {
  let conflict: FrameConflict | null = null;
  for (const frFrame of fr) {
    for (const enFrame of en) {
      if (!frFrame.speaker || !enFrame.speaker) continue;
      const verdict = compareSpeakers(frFrame.speaker, enFrame.speaker);
      if (verdict.verdict === 'same') return null;
      if (verdict.verdict === 'different' && conflict === null) conflict = { fr: frFrame, en: enFrame, weak: verdict.weak };
      if (verdict.verdict === 'unknown') return null; // a pair the rule cannot place: no contradiction can be claimed
    }
  }
  return conflict;
}

/**
 * Whether two speakers, the French first, are the same by the rule of this file's header; `weak`
 * when a difference rests on capitalised common words of an organisation's name.
 */
export function compareSpeakers(fr: Speaker, en: Speaker): { verdict: SlotVerdict; weak: boolean } {
  const unknown = { verdict: 'unknown', weak: false } as const;
  if (fr.kind === 'pronoun' || en.kind === 'pronoun' || fr.kind === 'other' || en.kind === 'other') return unknown;
  // Acronyms are translated as often as not ("OIAC" for "OPCW"): names tell speakers apart only when each side has one in words.
  const inWords = (speaker: Speaker) => speaker.names.some((name) => !isAcronym(speaker, name));
  if (fr.names.length > 0 && en.names.length > 0) {
    if (namesMeet(fr, en)) return { verdict: 'same', weak: false };
    if (fr.kind === 'named' && en.kind === 'named') return inWords(fr) && inWords(en) ? { verdict: 'different', weak: false } : unknown;
  }
  if (fr.kind === 'named' && en.kind === 'named') return unknown;
  if (fr.organisation && en.organisation) return compareOrganisations(fr.organisation, en.organisation);
  return unknown; // a named person or an office-holder against an organisation: a difference of precision
}

/** True when a speaker writes a name word in capitals, as an acronym ("MIIT", "DCNS"). */
function isAcronym(speaker: Speaker, name: string): boolean {
  return tokenize(speaker.text).some((token) => token.acronym && token.fold === name);
}

/**
 * True when the two speakers share a name: a French name word (or its lexicon form) and an English
 * one are the same name (sameName), or a name word of one side is a capitalised word of the other
 * ("Civil Aviation Safety Authority" read as names on one side, as common words on the other).
 */
function namesMeet(fr: Speaker, en: Speaker): boolean {
  const lexicon = loadLexicon();
  const forms = new Set(fr.names);
  for (const form of lexicon.names.get(fr.names.join(' ')) ?? []) for (const word of form.split(' ')) forms.add(word);
  for (const word of fr.names) for (const form of lexicon.names.get(word) ?? []) for (const part of form.split(' ')) forms.add(part);
  const capitalised = (speaker: Speaker) => tokenize(speaker.text).filter((token) => token.capital).map((token) => token.fold);
  const enWords = [...en.names, ...capitalised(en)];
  const frWords = capitalised(fr);
  for (const a of forms) for (const b of enWords) if (sameName(a, b)) return true;
  for (const b of en.names) for (const a of frWords) if (sameName(a, b)) return true;
  return false;
}

function compareOrganisations(fr: Organisation, en: Organisation): { verdict: SlotVerdict; weak: boolean } {
  if (fr.head === 'vague' || en.head === 'vague') return { verdict: 'unknown', weak: false };
  if (fr.head !== en.head) return headsMeet(fr, en) ? { verdict: 'same', weak: false } : { verdict: 'different', weak: false };
  // One head, two organisations of it when their names share no word: "ministère de la Santé" / "Ministry of Defence".
  if (fr.words.length === 0 || en.words.length === 0) return { verdict: 'same', weak: false };
  return wordsMeet(fr.words, en.words) ? { verdict: 'same', weak: false } : { verdict: 'different', weak: true };
}

/** True when two heads of different classes still translate one another ("parquet" and "prosecution" through the lexicon). */
function headsMeet(fr: Organisation, en: Organisation): boolean {
  return wordsMeet([fr.headWord], [en.headWord]);
}

/** True when a French content word and an English one meet through the lexicon, the dictionary, a cognate or a name's spelling. */
function wordsMeet(fr: readonly string[], en: readonly string[]): boolean {
  const lexicon = loadLexicon();
  const enStems = new Set(en.map((word) => englishKeyStem(word)));
  for (const word of fr) {
    if (frenchTranslationStems(word, lexicon).some((stem) => enStems.has(stem))) return true;
    if (en.some((other) => sameName(word, other))) return true;
  }
  return false;
}
