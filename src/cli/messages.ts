/**
 * The command line's own words, in French and English. The notes and quotes come from the
 * comparison file; everything else the summary and the help print is here, so that `--lang`
 * switches all of it and a missing translation is a type error, not a blank in the output.
 * Error messages stay in English: they are reported before `--lang` is known, and the core's
 * `describeIssue` words its own in English.
 */
import type { Aspect, Lang, RelationKind, SourceKind } from '../core/index';

/** A count with its noun, in singular or plural as the language wants it: `1 match`, `4 matches`. */
type Counted = (count: number) => string;

/** Every word the command line prints in one language; functions where a number or a name goes in. */
export interface CliMessages {
  /** The first line of the summary: `Comparison "miit-vpn"`. */
  readonly heading: (name: string) => string;
  readonly sourceLabel: Record<Lang, string>;
  readonly untitled: string;
  readonly outletUnknown: string;
  readonly undated: string;
  /** A calendar day, `2017-07-14`, as the language writes it; `time` is the page's own, `11h03`. */
  readonly published: (isoDate: string, time: string | null) => string;
  readonly sourceKind: Record<SourceKind, string>;
  readonly findings: Counted;
  readonly kindCount: Record<RelationKind, Counted>;
  readonly kindHeading: Record<RelationKind, string>;
  readonly noFindings: string;
  readonly differsIn: (aspects: string) => string;
  readonly aspect: Record<Aspect, string>;
  readonly note: string;
  /** Between a label and what follows it: French typography puts a (no-break) space before a colon. */
  readonly colon: string;
  readonly quoteMarks: Record<Lang, readonly [open: string, close: string]>;
  readonly help: (formats: readonly string[]) => string;
}

/** Picks the noun form that the language's plural rules want for `count`. */
function counted(lang: Lang, one: string, other: string): Counted {
  const rules = new Intl.PluralRules(lang);
  return (count) => `${count} ${rules.select(count) === 'one' ? one : other}`;
}

const NBSP = '\u00a0';

/** Writes an ISO calendar day in full; UTC, so that the day never shifts with the machine's zone. */
function longDate(locale: string, isoDate: string): string {
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}

/** The words of the command line, one table per language. */
export const MESSAGES: Record<Lang, CliMessages> = {
  en: {
    heading: (name) => `Comparison “${name}”: two accounts of one event, in French and in English`,
    sourceLabel: { fr: 'French source', en: 'English source' },
    untitled: '(untitled)',
    outletUnknown: 'outlet not named',
    undated: 'undated',
    published: (isoDate, time) => `${longDate('en-GB', isoDate)}${time === null ? '' : `, ${time}`}`,
    sourceKind: { 'news-article': 'news article', 'blog-press-conference': 'blog post on a press conference' },
    findings: counted('en', 'finding', 'findings'),
    kindCount: {
      match: counted('en', 'match', 'matches'),
      discrepancy: counted('en', 'discrepancy', 'discrepancies'),
      'only-fr': (count) => `${count} only in French`,
      'only-en': (count) => `${count} only in English`,
    },
    kindHeading: {
      match: 'Matches',
      discrepancy: 'Discrepancies',
      'only-fr': 'Only in the French source',
      'only-en': 'Only in the English source',
    },
    noFindings: 'No findings.',
    differsIn: (aspects) => `differs in: ${aspects}`,
    aspect: {
      date: 'date',
      number: 'number',
      actor: 'actor',
      venue: 'venue',
      attribution: 'attribution',
      scope: 'scope',
      wording: 'wording',
      negation: 'negation',
      name: 'name',
    },
    note: 'Note',
    colon: ':',
    quoteMarks: { fr: [`«${NBSP}`, `${NBSP}»`], en: ['“', '”'] },
    help: (formats) => `Usage: npm run --silent compare -- [options] [comparison.json | fr.md en.md]

Summarises a comparison of a French and an English account of one event: both
sources, then every finding (match, discrepancy, only in one source) with its
quotes and a note. With no file, reads the shipped comparison
(sources/miit-vpn/comparison.json).

Options:
  --format NAME   what to print: ${formats.join(', ')} (default: summary);
                  json is the comparison file itself, html a report to open or
                  print anywhere, md a Markdown note, webannotation W3C Web
                  Annotations (JSON-LD), tmx a translation memory, csv the findings
  --lang fr|en    language of the words and notes of the summary and of the html
                  and md reports (default: en)
  --out FILE      write to FILE (created or replaced) instead of standard output
  -h, --help      print this help

Exit status: 0 done, 2 bad usage or bad input, 1 internal error.
`,
  },
  fr: {
    heading: (name) => `Comparaison «${NBSP}${name}${NBSP}»${NBSP}: deux récits d’un même événement, en français et en anglais`,
    sourceLabel: { fr: 'Source française', en: 'Source anglaise' },
    untitled: '(sans titre)',
    outletUnknown: 'média non nommé',
    undated: 'non daté',
    published: (isoDate, time) => `${longDate('fr-FR', isoDate)}${time === null ? '' : ` à ${time}`}`,
    sourceKind: { 'news-article': 'article de presse', 'blog-press-conference': 'billet de blog sur une conférence de presse' },
    findings: counted('fr', 'constat', 'constats'),
    kindCount: {
      match: counted('fr', 'concordance', 'concordances'),
      discrepancy: counted('fr', 'divergence', 'divergences'),
      'only-fr': (count) => `${count} seulement en français`,
      'only-en': (count) => `${count} seulement en anglais`,
    },
    kindHeading: {
      match: 'Concordances',
      discrepancy: 'Divergences',
      'only-fr': 'Seulement dans la source française',
      'only-en': 'Seulement dans la source anglaise',
    },
    noFindings: 'Aucun constat.',
    differsIn: (aspects) => `diffère sur${NBSP}: ${aspects}`,
    aspect: {
      date: 'date',
      number: 'nombre',
      actor: 'acteur',
      venue: 'lieu',
      attribution: 'attribution',
      scope: 'portée',
      wording: 'formulation',
      negation: 'négation',
      name: 'nom',
    },
    note: 'Note',
    colon: `${NBSP}:`,
    quoteMarks: { fr: [`«${NBSP}`, `${NBSP}»`], en: ['“', '”'] },
    help: (formats) => `Usage : npm run --silent compare -- [options] [comparison.json | fr.md en.md]

Résume la comparaison d'un récit français et d'un récit anglais d'un même
événement : les deux sources, puis chaque constat (concordance, divergence,
seulement dans une source) avec ses citations et une note. Sans fichier, lit la
comparaison livrée (sources/miit-vpn/comparison.json).

Options :
  --format NOM    ce qu'il faut écrire : ${formats.join(', ')} (par défaut : summary) ;
                  json est le fichier de comparaison lui-même, html un rapport à
                  ouvrir ou imprimer partout, md une note Markdown, webannotation
                  des annotations W3C (JSON-LD), tmx une mémoire de traduction,
                  csv les constats
  --lang fr|en    langue des mots et des notes du résumé et des rapports html
                  et md (par défaut : en)
  --out FICHIER   écrire dans FICHIER (créé ou remplacé) au lieu de la sortie standard
  -h, --help      afficher cette aide

Code de sortie : 0 fait, 2 mauvais usage ou mauvaise entrée, 1 erreur interne.
`,
  },
};
