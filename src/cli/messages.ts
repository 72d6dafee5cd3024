/**
 * The command line's own words, in French and English. The notes and quotes come from the
 * comparison file; everything else the summary, the help and the error messages print is here, so
 * that the language switches all of it and a missing translation is a type error, not a blank in
 * the output. Errors are worded when they are printed, in the language errorLanguage.ts decides.
 */
import { describeIssue, type FormatIssue, type FormatIssueCode } from '../core/comparisonFile/index';
import type { Reading } from '../core/engine/index';
import type { FileSignature, IntakeNotice } from '../core/intake/index';
import type { Aspect, Lang, FindingKind, SourceKind } from '../core/model/index';
import { quoteInput } from '../core/text/index';

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
  readonly kindCount: Record<FindingKind, Counted>;
  /** Findings a reader rejected, counted apart from their kind (core/findings/findingCounts.ts). */
  readonly rejected: Counted;
  readonly kindHeading: Record<FindingKind, string>;
  readonly noFindings: string;
  /** How the engine read the pair it just compared, and what that means for its links. */
  readonly readAs: Record<Reading, string>;
  readonly differsIn: (aspects: string) => string;
  readonly aspect: Record<Aspect, string>;
  readonly note: string;
  /** Between a label and what follows it: French typography puts a (no-break) space before a colon. */
  readonly colon: string;
  readonly quoteMarks: Record<Lang, readonly [open: string, close: string]>;
  readonly help: (formats: readonly string[]) => string;
  readonly errors: CliErrorMessages;
}

/** Why `--out` could not be written, as errno codes say it; any other code is shown as it is. */
export type WriteProblem = 'no-folder' | 'not-a-folder' | 'is-a-folder' | 'permission' | 'disk-full';

/**
 * Every line the command line prints on standard error, each starting with `compare:` and, for a
 * file, its path as given. A value from the input is quoted cut short (quoteInput), and the line
 * then goes through showControlCharacters, so that no line runs long or acts on the terminal.
 */
export interface CliErrorMessages {
  readonly unknownOption: (option: string) => string;
  /** `choices`: what the option takes, when it is a short list (the formats). */
  readonly needsValue: (option: string, choices: readonly string[] | null) => string;
  readonly takesNoValue: (option: string) => string;
  readonly unknownFormat: (value: string, formats: readonly string[]) => string;
  readonly unknownLanguage: (value: string) => string;
  readonly fileCount: (count: number) => string;
  readonly isFolder: (path: string) => string;
  readonly tooLarge: (path: string, size: number, limit: number) => string;
  readonly overLimit: (path: string, limit: number) => string;
  readonly empty: (path: string) => string;
  readonly utf16: (path: string) => string;
  readonly notText: (path: string, signature: FileSignature) => string;
  readonly binary: (path: string) => string;
  readonly notUtf8: (path: string, line: number) => string;
  readonly onlyWhiteSpace: (path: string) => string;
  readonly noSuchFile: (path: string) => string;
  readonly permissionDenied: (path: string) => string;
  readonly unreadable: (path: string, code: string) => string;
  /** One problem of a comparison file, where and what; `name` is how the file is called. */
  readonly formatIssue: (name: string, issue: FormatIssue) => string;
  readonly moreProblems: (name: string, count: number) => string;
  readonly noTextLeft: (path: string) => string;
  /** A web page (`.html`, or a file that starts like one) whose article holds no text. */
  readonly pageWithoutText: (path: string) => string;
  /** Not an error: how a source file was read, so that the person checks it; the command goes on. */
  readonly intakeNotice: (path: string, notice: IntakeNotice) => string;
  /** The front matter of a source file could not be read; `detail` is the core's sentence, in English. */
  readonly frontMatter: (path: string, detail: string) => string;
  readonly sameLanguage: (first: string, second: string, lang: Lang) => string;
  readonly outIsInput: (out: string, input: string) => string;
  readonly cannotWrite: (out: string, folder: string, problem: WriteProblem | string) => string;
  readonly cannotWriteStdout: (reason: string) => string;
  readonly internal: (reason: string) => string;
}

/**
 * Each language's plural rules, made when a count is first written, not when this module loads: a
 * comparison written to a file writes no count, and six rules made at load woke ICU's plural data
 * in every run of the command line (a few hundred kilobytes of its memory, a few milliseconds).
 */
const pluralRules: Partial<Record<Lang, Intl.PluralRules>> = {};

/** Picks the noun form that the language's plural rules want for `count`. */
function counted(lang: Lang, one: string, other: string): Counted {
  return (count) => `${count} ${(pluralRules[lang] ??= new Intl.PluralRules(lang)).select(count) === 'one' ? one : other}`;
}

const NBSP = '\u00a0';

/** Writes an ISO calendar day in full; UTC, so that the day never shifts with the machine's zone. */
function longDate(locale: string, isoDate: string): string {
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}

const MEGABYTE = 1024 * 1024;

/** A file size as the language writes it: `5 MB`, `1.5 MB`, `312 bytes`; `1,5 Mo`, `312 octets`. */
function describeSize(lang: Lang, size: number): string {
  const megabytes = (size / MEGABYTE).toFixed(1).replace(/\.0$/, '');
  if (lang === 'en') return size >= MEGABYTE ? `${megabytes} MB` : `${size} bytes`;
  return size >= MEGABYTE ? `${megabytes.replace('.', ',')}${NBSP}Mo` : `${size}${NBSP}octets`;
}

/** Where a format issue lies, in French: `constat « r7 » : fr[0].quote`, or the field path alone; null for the whole file. */
function issuePlaceFr(issue: FormatIssue): string | null {
  const inFinding = issue.findingId === null ? null : /^relations\[\d+\]\.?(.*)$/.exec(issue.path);
  if (inFinding) return `constat ${quoteFr(issue.findingId ?? '')}${NBSP}: ${inFinding[1] || '(constat entier)'}`;
  return issue.path === '' ? null : issue.path;
}

/** What each kind of problem in a comparison file is, in French: the app's words for the same codes. */
const FR_ISSUES: Record<FormatIssueCode, string> = {
  'not-json': 'ce n’est pas du JSON valide',
  missing: 'un champ obligatoire manque',
  'wrong-type': 'la valeur n’est pas du bon type',
  'not-allowed': 'la valeur n’est pas autorisée',
  'out-of-range': 'le nombre ou l’intervalle sort des limites permises',
  'quote-mismatch': 'la citation ne correspond pas au texte situé à ses positions',
  'paragraph-order': 'les paragraphes se chevauchent, sont dans le désordre ou sortent du texte',
  alignment: 'l’alignement n’utilise pas chaque paragraphe exactement une fois, dans l’ordre',
  'duplicate-id': 'un autre constat porte le même identifiant',
  'wrong-side': 'le constat cite une source qu’il ne devrait pas citer, ou en omet une nécessaire',
  'too-large': 'le fichier est trop volumineux',
  empty: 'le fichier est vide',
  binary: 'le fichier n’est pas du texte',
  'not-utf8': 'le fichier n’est pas du texte UTF-8',
};

/** What a notice says after the file's path; the notices are the core's (INTAKE_NOTICES). */
const EN_NOTICES: Record<IntakeNotice, string> = {
  'converted-from-windows-1252': 'not saved as UTF-8, so read as Western European text (Windows-1252); check that its accented letters (é, è, ç, œ) look right',
};

const FR_NOTICES: Record<IntakeNotice, string> = {
  'converted-from-windows-1252': `n’est pas enregistré en UTF-8${NBSP}; il a été lu comme un texte d’Europe de l’Ouest (Windows-1252)${NBSP}: vérifiez ses lettres accentuées (é, è, ç, œ)`,
};

const EN_SIGNATURES: Record<FileSignature, string> = {
  pdf: 'a PDF document',
  rtf: 'an RTF document',
  'office-document': 'a Word, Excel, PowerPoint or OpenDocument file',
  archive: 'an archive',
  image: 'an image',
};

const FR_SIGNATURES: Record<FileSignature, string> = {
  pdf: 'un document PDF',
  rtf: 'un document RTF',
  'office-document': 'un fichier Word, Excel, PowerPoint ou OpenDocument',
  archive: 'une archive',
  image: 'une image',
};

const EN_WRITE_PROBLEMS: Record<WriteProblem, (folder: string) => string> = {
  'no-folder': (folder) => `the folder ${folder} does not exist`,
  'not-a-folder': (folder) => `a part of ${folder} is a file, not a folder`,
  'is-a-folder': () => 'it is a folder',
  permission: () => 'permission denied',
  'disk-full': () => 'the disk is full',
};

const FR_WRITE_PROBLEMS: Record<WriteProblem, (folder: string) => string> = {
  'no-folder': (folder) => `le dossier ${folder} n’existe pas`,
  'not-a-folder': (folder) => `une partie de ${folder} est un fichier, pas un dossier`,
  'is-a-folder': () => 'c’est un dossier',
  permission: () => 'permission refusée',
  'disk-full': () => 'le disque est plein',
};

function isWriteProblem(problem: string): problem is WriteProblem {
  return Object.hasOwn(EN_WRITE_PROBLEMS, problem);
}

/** A value from the input in French quotes, cut short and escaped as quoteInput does: `« xml »`. */
function quoteFr(text: string): string {
  return `«${NBSP}${quoteInput(text).slice(1, -1)}${NBSP}»`;
}

const EN_ERRORS: CliErrorMessages = {
  unknownOption: (option) => `compare: unknown option ${quoteInput(option).slice(1, -1)}; see --help`,
  needsValue: (option, choices) => `compare: ${option} needs a value${choices === null ? '' : `: ${choices.join(', ')}`}`,
  takesNoValue: (option) => `compare: ${option} takes no value`,
  unknownFormat: (value, formats) => `compare: unknown format ${quoteInput(value)}; the formats are ${formats.join(', ')}`,
  unknownLanguage: (value) => `compare: unknown language ${quoteInput(value)} for --lang; use fr or en`,
  fileCount: (count) => `compare: expected one comparison file or two source files (fr.md en.md), not ${count} files`,
  isFolder: (path) => `compare: ${path}: is a folder, not a file`,
  tooLarge: (path, size, limit) => `compare: ${path}: is ${describeSize('en', size)}; the limit is ${describeSize('en', limit)}`,
  overLimit: (path, limit) => `compare: ${path}: is more than ${describeSize('en', limit)}, the limit`,
  empty: (path) => `compare: ${path}: is empty`,
  utf16: (path) => `compare: ${path}: is UTF-16 text; save it as UTF-8`,
  notText: (path, signature) => `compare: ${path}: is ${EN_SIGNATURES[signature]}, not text; save it as plain text or Markdown`,
  binary: (path) => `compare: ${path}: is a binary file, not text`,
  notUtf8: (path, line) => `compare: ${path}: is not valid UTF-8 (first bad byte on line ${line}); save it as UTF-8`,
  onlyWhiteSpace: (path) => `compare: ${path}: holds only white space`,
  noSuchFile: (path) => `compare: ${path}: no such file`,
  permissionDenied: (path) => `compare: ${path}: cannot be read (permission denied)`,
  unreadable: (path, code) => `compare: ${path}: cannot be read (${code})`,
  // A problem with the file as a whole (not JSON at all) needs no field path before it.
  formatIssue: (name, issue) => `compare: ${name}: ${issue.path === '' && issue.findingId === null ? issue.message : describeIssue(issue)}`,
  moreProblems: (name, count) => `compare: ${name}: … and ${count} more ${count === 1 ? 'problem' : 'problems'}`,
  noTextLeft: (path) => `compare: ${path}: has no text to compare once its front matter and page chrome are set aside`,
  pageWithoutText: (path) => `compare: ${path}: is a web page without text; save the article as plain text or Markdown`,
  intakeNotice: (path, notice) => `compare: ${path}: ${EN_NOTICES[notice]}`,
  frontMatter: (path, detail) => `compare: ${path}: ${detail}`,
  sameLanguage: (first, second, lang) =>
    `compare: ${first} and ${second} are both in ${lang === 'fr' ? 'French' : 'English'}; give one French and one English file`,
  outIsInput: (out, input) => `compare: --out ${out} is the input file ${input}; writing there would replace it, choose another path`,
  cannotWrite: (out, folder, problem) => `compare: cannot write ${out}: ${isWriteProblem(problem) ? EN_WRITE_PROBLEMS[problem](folder) : problem}`,
  cannotWriteStdout: (reason) => `compare: cannot write to standard output: ${reason}`,
  internal: (reason) => `compare: internal error: ${reason}; this is a bug`,
};

// French typography: a no-break space before a colon and a semicolon, « » around a quoted value.
const C = `${NBSP}:`;
const S = `${NBSP};`;

const FR_ERRORS: CliErrorMessages = {
  unknownOption: (option) => `compare${C} option inconnue ${quoteInput(option).slice(1, -1)}${S} voir --help`,
  needsValue: (option, choices) => `compare${C} ${option} attend une valeur${choices === null ? '' : `${C} ${choices.join(', ')}`}`,
  takesNoValue: (option) => `compare${C} ${option} ne prend pas de valeur`,
  unknownFormat: (value, formats) => `compare${C} format inconnu ${quoteFr(value)}${S} les formats sont ${formats.join(', ')}`,
  unknownLanguage: (value) => `compare${C} langue inconnue ${quoteFr(value)} pour --lang${S} choisissez fr ou en`,
  fileCount: (count) => `compare${C} un fichier de comparaison ou deux fichiers sources (fr.md en.md) sont attendus, pas ${count} fichiers`,
  isFolder: (path) => `compare${C} ${path}${C} est un dossier, pas un fichier`,
  tooLarge: (path, size, limit) => `compare${C} ${path}${C} fait ${describeSize('fr', size)}${S} la limite est de ${describeSize('fr', limit)}`,
  overLimit: (path, limit) => `compare${C} ${path}${C} dépasse la limite de ${describeSize('fr', limit)}`,
  empty: (path) => `compare${C} ${path}${C} est vide`,
  utf16: (path) => `compare${C} ${path}${C} est un texte UTF-16${S} enregistrez-le en UTF-8`,
  notText: (path, signature) => `compare${C} ${path}${C} est ${FR_SIGNATURES[signature]}, pas du texte${S} enregistrez son contenu en texte brut ou en Markdown`,
  binary: (path) => `compare${C} ${path}${C} est un fichier binaire, pas du texte`,
  notUtf8: (path, line) => `compare${C} ${path}${C} n’est pas de l’UTF-8 valide (premier octet fautif à la ligne ${line})${S} enregistrez-le en UTF-8`,
  onlyWhiteSpace: (path) => `compare${C} ${path}${C} ne contient que des blancs`,
  noSuchFile: (path) => `compare${C} ${path}${C} fichier introuvable`,
  permissionDenied: (path) => `compare${C} ${path}${C} illisible (permission refusée)`,
  unreadable: (path, code) => `compare${C} ${path}${C} illisible (${code})`,
  // The core words the details in English; the app, too, shows them as such beside its own words.
  formatIssue: (name, issue) => {
    const place = issuePlaceFr(issue);
    return `compare${C} ${name}${C} ${place === null ? '' : `${place}${C} `}${FR_ISSUES[issue.code]} (en anglais${C} ${issue.message})`;
  },
  moreProblems: (name, count) => `compare${C} ${name}${C} … et ${count} ${count === 1 ? 'autre problème' : 'autres problèmes'}`,
  noTextLeft: (path) => `compare${C} ${path}${C} n’a aucun texte à comparer une fois l’en-tête et l’habillage de la page mis de côté`,
  pageWithoutText: (path) => `compare${C} ${path}${C} est une page web sans texte${S} enregistrez l’article en texte brut ou en Markdown`,
  intakeNotice: (path, notice) => `compare${C} ${path}${C} ${FR_NOTICES[notice]}`,
  frontMatter: (path, detail) => `compare${C} ${path}${C} l’en-tête (front matter) ne peut pas être lu (en anglais${C} ${detail})`,
  sameLanguage: (first, second, lang) =>
    `compare${C} ${first} et ${second} sont tous deux en ${lang === 'fr' ? 'français' : 'anglais'}${S} donnez un fichier français et un fichier anglais`,
  outIsInput: (out, input) => `compare${C} --out ${out} est le fichier d’entrée ${input}${S} y écrire le remplacerait, choisissez un autre chemin`,
  cannotWrite: (out, folder, problem) => `compare${C} impossible d’écrire ${out}${C} ${isWriteProblem(problem) ? FR_WRITE_PROBLEMS[problem](folder) : problem}`,
  cannotWriteStdout: (reason) => `compare${C} impossible d’écrire sur la sortie standard${C} ${reason}`,
  internal: (reason) => `compare${C} erreur interne${C} ${reason}${S} c’est un bogue`,
};

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
    rejected: (count) => `${count} rejected, counted apart`,
    kindHeading: {
      match: 'Matches',
      discrepancy: 'Discrepancies',
      'only-fr': 'Only in the French source',
      'only-en': 'Only in the English source',
    },
    noFindings: 'No findings.',
    readAs: {
      translation: 'Read as a translation: sentences aligned in order.',
      independent: 'Read as two accounts written apart: claims matched wherever they stand.',
    },
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
(sources/miit-vpn/comparison.json). Two source files are compared
automatically: plain text, Markdown or a saved web page (its article), in
UTF-8, UTF-16 or Windows-1252, as the app reads them.

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
    errors: EN_ERRORS,
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
    rejected: (count) => `${count} ${count > 1 ? 'rejetés, comptés' : 'rejeté, compté'} à part`,
    kindHeading: {
      match: 'Concordances',
      discrepancy: 'Divergences',
      'only-fr': 'Seulement dans la source française',
      'only-en': 'Seulement dans la source anglaise',
    },
    noFindings: 'Aucun constat.',
    readAs: {
      translation: `Lu comme une traduction${NBSP}: les phrases sont alignées dans l’ordre.`,
      independent: `Lu comme deux récits écrits séparément${NBSP}: les affirmations sont appariées où qu’elles se trouvent.`,
    },
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
comparaison livrée (sources/miit-vpn/comparison.json). Deux fichiers sources
sont comparés automatiquement : texte brut, Markdown ou page web enregistrée
(son article), en UTF-8, UTF-16 ou Windows-1252, comme l'application les lit.

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
    errors: FR_ERRORS,
  },
};
