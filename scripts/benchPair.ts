/**
 * Long French/English pairs for the benchmarks, built the same way every time from a seed.
 *
 * Each sentence pair comes from a template written for this script, with its slots (a figure, a
 * person, a city, a weekday, a month) filled by a seeded generator on both sides at once, so that
 * a long text reads like news: sentences recur in their build, but their facts differ. A text made
 * of a few sentences repeated thousands of times, as the first generator made, cannot be aligned
 * by anyone: after a deleted sentence, every place looks like every other, and the benchmark then
 * measured a derailed alignment rather than the engine. The changes a comparison must find are
 * drawn as before: sentences deleted from either side, sentences one side alone has (taken from
 * sources/miit-vpn), and figures changed on the English side.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { segmentSentences } from '../src/core/text/segment';
import { readSourceFile } from '../src/core/intake/sourceFile';

const PAIR_DIR = fileURLToPath(new URL('../sources/miit-vpn/', import.meta.url));

/** A slot's value in both languages. */
type Both = readonly [fr: string, en: string];

const PEOPLE: readonly string[] = ['Martin', 'Dubois', 'Bernard', 'Lefèvre', 'Moreau', 'Garnier', 'Rousseau', 'Fontaine', 'Chevalier', 'Mercier', 'Blanchard', 'Girard', 'Perrin', 'Morel', 'Faure', 'Lambert'];
const CITIES: readonly Both[] = [
  ['Londres', 'London'], ['Genève', 'Geneva'], ['Bruxelles', 'Brussels'], ['Moscou', 'Moscow'], ['Pékin', 'Beijing'],
  ['Varsovie', 'Warsaw'], ['Lisbonne', 'Lisbon'], ['Vienne', 'Vienna'], ['Lyon', 'Lyon'], ['Marseille', 'Marseille'],
  ['Berlin', 'Berlin'], ['Madrid', 'Madrid'], ['Rome', 'Rome'], ['Athènes', 'Athens'], ['Copenhague', 'Copenhagen'], ['Dublin', 'Dublin'],
];
const DAYS: readonly Both[] = [['lundi', 'Monday'], ['mardi', 'Tuesday'], ['mercredi', 'Wednesday'], ['jeudi', 'Thursday'], ['vendredi', 'Friday'], ['samedi', 'Saturday'], ['dimanche', 'Sunday']];
const MONTHS: readonly Both[] = [
  ['janvier', 'January'], ['février', 'February'], ['mars', 'March'], ['avril', 'April'], ['mai', 'May'], ['juin', 'June'],
  ['juillet', 'July'], ['août', 'August'], ['septembre', 'September'], ['octobre', 'October'], ['novembre', 'November'], ['décembre', 'December'],
];

/** The slots a template may use, filled once per sentence pair. */
interface Slots {
  readonly n: number;
  readonly person: string;
  readonly city: Both;
  readonly day: Both;
  readonly month: Both;
}

/** A figure as each language writes it: 12 400 in French (narrow no-break space), 12,400 in English. */
const FIGURES = { fr: new Intl.NumberFormat('fr-FR'), en: new Intl.NumberFormat('en-GB') } as const;
function figure(n: number, lang: 'fr' | 'en'): string {
  return FIGURES[lang].format(n);
}

/** Sentence pairs written for this script; each is a French sentence and its English translation. */
const TEMPLATES: readonly ((s: Slots) => Both)[] = [
  (s) => [`Le conseil municipal de ${s.city[0]} a voté ${s.day[0]} un budget de ${figure(s.n, 'fr')} euros pour les écoles.`, `On ${s.day[1]} the city council of ${s.city[1]} voted a budget of ${figure(s.n, 'en')} euros for schools.`],
  (s) => [`Selon la police, ${figure(s.n, 'fr')} personnes ont manifesté ${s.day[0]} à ${s.city[0]}.`, `According to the police, ${figure(s.n, 'en')} people demonstrated in ${s.city[1]} on ${s.day[1]}.`],
  (s) => [`M. ${s.person} a été nommé directeur de l’hôpital de ${s.city[0]} en ${s.month[0]}.`, `Mr ${s.person} was appointed director of the hospital in ${s.city[1]} in ${s.month[1]}.`],
  (s) => [`La société a réalisé un bénéfice de ${figure(s.n, 'fr')} millions de dollars en ${s.month[0]}.`, `The company made a profit of ${figure(s.n, 'en')} million dollars in ${s.month[1]}.`],
  (s) => [`Le procès de M. ${s.person} doit reprendre le ${(s.n % 28) + 1} ${s.month[0]} devant le tribunal de ${s.city[0]}.`, `The trial of Mr ${s.person} is due to resume on ${s.month[1]} ${(s.n % 28) + 1} before the court in ${s.city[1]}.`],
  (s) => [`Les syndicats de ${s.city[0]} ont appelé à une grève ${s.day[0]}.`, `The unions in ${s.city[1]} called for a strike on ${s.day[1]}.`],
  (s) => [`La tempête a privé d’électricité ${figure(s.n, 'fr')} foyers autour de ${s.city[0]}.`, `The storm left ${figure(s.n, 'en')} homes around ${s.city[1]} without power.`],
  (s) => [`Les prix de l’énergie ont augmenté de ${s.n % 40} % depuis ${s.month[0]}.`, `Energy prices have risen by ${s.n % 40}% since ${s.month[1]}.`],
  (s) => [`Mme ${s.person} a présenté ${s.day[0]} une réforme des retraites au Parlement.`, `Ms ${s.person} presented a pension reform to Parliament on ${s.day[1]}.`],
  (s) => [`Les enquêteurs ont retrouvé la voiture de M. ${s.person} abandonnée près de ${s.city[0]}.`, `Investigators found Mr ${s.person}’s car abandoned near ${s.city[1]}.`],
  (s) => [`Le festival de ${s.city[0]} accueillera ${figure(s.n, 'fr')} artistes en ${s.month[0]}.`, `The ${s.city[1]} festival will host ${figure(s.n, 'en')} artists in ${s.month[1]}.`],
  (s) => [`Les agriculteurs de la région de ${s.city[0]} réclament une aide d’urgence après la sécheresse.`, `Farmers in the ${s.city[1]} region are demanding emergency aid after the drought.`],
  (s) => [`Le président n’a pas répondu ${s.day[0]} aux questions de M. ${s.person}.`, `The president did not answer Mr ${s.person}’s questions on ${s.day[1]}.`],
  (s) => [`L’entreprise emploie environ ${figure(s.n, 'fr')} salariés à ${s.city[0]}.`, `The company employs about ${figure(s.n, 'en')} workers in ${s.city[1]}.`],
  (s) => [`La banque centrale a relevé son taux directeur à ${(s.n % 9) + 1} % en ${s.month[0]}.`, `The central bank raised its key rate to ${(s.n % 9) + 1}% in ${s.month[1]}.`],
  (s) => [`Des milliers de touristes visitent chaque été la vieille ville de ${s.city[0]}.`, `Thousands of tourists visit the old town of ${s.city[1]} every summer.`],
  (s) => [`Le maire de ${s.city[0]} a inauguré ${s.day[0]} une nouvelle ligne de métro.`, `The mayor of ${s.city[1]} opened a new underground line on ${s.day[1]}.`],
  (s) => [`L’ONU a demandé un cessez-le-feu immédiat après une réunion à ${s.city[0]}.`, `The UN called for an immediate ceasefire after a meeting in ${s.city[1]}.`],
  (s) => [`Le club de ${s.city[0]} a remporté le championnat pour la ${(s.n % 9) + 2}e fois.`, `The ${s.city[1]} club won the championship for the ${ordinal((s.n % 9) + 2)} time.`],
  (s) => [`M. ${s.person} a démissionné de son poste de directeur ${s.day[0]}.`, `Mr ${s.person} resigned from his post as director on ${s.day[1]}.`],
  (s) => [`Le ministre de la santé a annoncé la fermeture de ${(s.n % 7) + 2} hôpitaux près de ${s.city[0]}.`, `The health minister announced the closure of ${(s.n % 7) + 2} hospitals near ${s.city[1]}.`],
  (s) => [`Un incendie a détruit ${figure(s.n, 'fr')} hectares de forêt au sud de ${s.city[0]}.`, `A fire destroyed ${figure(s.n, 'en')} hectares of forest south of ${s.city[1]}.`],
  (s) => [`Les ventes de voitures électriques ont doublé en ${s.month[0]}, selon M. ${s.person}.`, `Sales of electric cars doubled in ${s.month[1]}, according to Mr ${s.person}.`],
  (s) => [`La ligne de train entre ${s.city[0]} et Paris restera fermée jusqu’à ${s.day[0]}.`, `The rail line between ${s.city[1]} and Paris will stay closed until ${s.day[1]}.`],
];

function ordinal(n: number): string {
  return `${n}${n === 2 ? 'nd' : n === 3 ? 'rd' : 'th'}`;
}

/** mulberry32: a small seeded generator, so that every run builds the same texts. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shippedSentences(name: string): string[] {
  const source = readSourceFile(readFileSync(`${PAIR_DIR}${name}`, 'utf8'), name);
  return source.paragraphs.flatMap((paragraph) => segmentSentences(source.text, source.lang, paragraph).map(([s, e]) => source.text.slice(s, e)));
}

/** Builds a pair of texts with about `size` sentences a side; the same size and seed always give the same texts. */
export function generatePair(size: number, seed = 7): { fr: string; en: string } {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const frExtra = shippedSentences('fr.md');
  const enExtra = shippedSentences('en.md');
  const fr: string[][] = [[]];
  const en: string[][] = [[]];
  for (let k = 0; k < size; k++) {
    const slots: Slots = { n: 2 + Math.floor(random() * 9_998), person: pick(PEOPLE), city: pick(CITIES), day: pick(DAYS), month: pick(MONTHS) };
    let [frSentence, enSentence] = pick(TEMPLATES)(slots);
    const roll = random();
    if (roll < 0.03) enSentence = ''; // deleted from the English side
    else if (roll < 0.06) frSentence = ''; // deleted from the French side
    else if (roll < 0.1) enSentence = enSentence.replace(/\d+/, (digits) => String(Number(digits) + 1)); // a figure changed
    if (frSentence) (fr[fr.length - 1] as string[]).push(frSentence);
    if (enSentence) (en[en.length - 1] as string[]).push(enSentence);
    if (random() < 0.02) (fr[fr.length - 1] as string[]).push(pick(frExtra)); // said by one side only
    if (random() < 0.02) (en[en.length - 1] as string[]).push(pick(enExtra));
    if (random() < 0.3) fr.push([]);
    if (random() < 0.3) en.push([]);
  }
  const join = (paragraphs: string[][]) => paragraphs.filter((p) => p.length > 0).map((p) => p.join(' ')).join('\n\n');
  return { fr: join(fr), en: join(en) };
}
