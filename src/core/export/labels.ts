/**
 * The few words the exports print themselves, in French and in English. The interface's words live
 * in i18next's locale files, which the core cannot read (it runs in the command line too); these
 * repeat the ones an export needs, and a test checks that the names of kinds, aspects, origins,
 * statuses, source kinds and exclusion reasons say the same as the interface's.
 */
import type { Aspect, ExclusionReason, Lang, NoteStanding, Origin, FindingKind, FindingStatus, SourceKind } from '../model/types';

/** Every word an export prints in one language; functions where a number, a name or a date goes in. */
export interface ExportLabels {
  readonly product: string;
  readonly intro: string;
  readonly exportedOn: (date: string) => string;
  readonly onlyKinds: (kinds: string) => string;
  readonly sourcesHeading: string;
  readonly summaryHeading: string;
  readonly legendHeading: string;
  readonly legendHint: string;
  readonly textsHeading: string;
  readonly findingsHeading: string;
  readonly total: (count: number) => string;
  readonly kindColumn: string;
  readonly countColumn: string;
  readonly source: Readonly<Record<Lang, string>>;
  readonly langTag: Readonly<Record<Lang, string>>;
  readonly langName: Readonly<Record<Lang, string>>;
  readonly meta: {
    readonly outlet: string;
    readonly published: string;
    readonly updated: string;
    readonly byline: string;
    readonly editors: string;
    readonly kind: string;
    readonly language: string;
    readonly address: string;
    readonly notGiven: string;
    readonly excluded: (count: number) => string;
  };
  readonly sourceKind: Readonly<Record<SourceKind, string>>;
  readonly exclusion: Readonly<Record<ExclusionReason, string>>;
  readonly kind: Readonly<Record<FindingKind, string>>;
  readonly kindHeading: Readonly<Record<FindingKind, string>>;
  readonly aspect: Readonly<Record<Aspect, string>>;
  readonly origin: Readonly<Record<Origin, string>>;
  readonly whatDiffers: string;
  readonly quoteIn: Readonly<Record<Lang, string>>;
  readonly noCounterpart: Readonly<Record<Lang, string>>;
  readonly emptyOpposite: Readonly<Record<Lang, string>>;
  /** The mark of a translated paragraph, in the reading modes that show translations. */
  readonly translationBadge: string;
  /** Who translated a column's text into the reader's language, named once in the column's head. */
  readonly translatedBy: (translator: string) => string;
  readonly note: string;
  readonly noteIn: Readonly<Record<Lang, string>>;
  readonly originLabel: string;
  /** Where a finding stands with a reader; printed only for a finding that has a status. */
  readonly statusLabel: string;
  readonly status: Readonly<Record<FindingStatus, string>>;
  readonly confidence: string;
  /** Findings a reader rejected, counted apart from their kind (findings/findingCounts.ts). */
  readonly rejectedApart: (count: number) => string;
  /** Said of a finding whose verdict a reader made or changed, in place of the engine's confidence. */
  readonly editedByReader: string;
  /** Said after a note that does not stand as its author wrote it (findings/provenance.ts). */
  readonly noteStanding: Readonly<Record<NoteStanding, string>>;
  readonly sharedBy: (count: number) => string;
  readonly noFindings: string;
  /** Between a label and what follows: French typography puts a no-break space before a colon. */
  readonly colon: string;
  readonly quoteMarks: Readonly<Record<Lang, readonly [open: string, close: string]>>;
  readonly date: (isoDate: string) => string;
  /** A page's time of day, `11:05`, as written in the locale. */
  readonly time: (hour: number, minute: number) => string;
  /** A day and a time of it, `14 July 2017, 11:05`. */
  readonly dayAtTime: (day: string, time: string) => string;
  readonly percent: (fraction: number) => string;
  readonly list: (items: readonly string[]) => string;
}

/** The glyph of each kind, as the app draws it: agreement, disagreement, a square filled on the side of the one source. */
export const KIND_GLYPHS: Readonly<Record<FindingKind, string>> = {
  match: '✓',
  discrepancy: '≠',
  'only-fr': '◧',
  'only-en': '◨',
};

const NBSP = '\u00a0';

function counted(lang: Lang, one: string, other: string): (count: number) => string {
  const rules = new Intl.PluralRules(lang);
  return (count) => `${count} ${rules.select(count) === 'one' ? one : other}`;
}

/** Dates, percentages and lists in the locale; a calendar day is formatted in UTC so it never slides to the eve. */
function formatters(locale: string) {
  const dates = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const percents = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  // A page's time has no zone: formatted in UTC, it stays the time the page wrote.
  const times = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });
  const lists = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  return {
    date: (isoDate: string) => {
      const [year, month, day] = isoDate.split('-').map(Number);
      return year && month && day ? dates.format(new Date(Date.UTC(year, month - 1, day))) : isoDate;
    },
    time: (hour: number, minute: number) => times.format(new Date(Date.UTC(2000, 0, 1, hour, minute))),
    percent: (fraction: number) => percents.format(fraction),
    list: (items: readonly string[]) => lists.format(items),
  };
}

/** The words of the exports, one table per language. */
export const EXPORT_LABELS: Readonly<Record<Lang, ExportLabels>> = {
  en: {
    product: 'Source comparison workbench',
    intro: 'A French and an English account of one event, aligned paragraph by paragraph, with every claim judged: match, discrepancy, or only in one source.',
    exportedOn: (date) => `Exported on ${date}`,
    onlyKinds: (kinds) => `Only the findings of these kinds: ${kinds}.`,
    sourcesHeading: 'The two sources',
    summaryHeading: 'Findings at a glance',
    legendHeading: 'How claims are marked',
    legendHint: 'Each kind has its own glyph and underline, so that the marks read without colour too.',
    textsHeading: 'The two texts, aligned paragraph by paragraph',
    findingsHeading: 'Findings',
    total: counted('en', 'finding', 'findings'),
    kindColumn: 'Kind',
    countColumn: 'Findings',
    source: { fr: 'French source', en: 'English source' },
    langTag: { fr: 'FR', en: 'EN' },
    langName: { fr: 'French', en: 'English' },
    meta: {
      outlet: 'Outlet',
      published: 'Published',
      updated: 'Updated',
      byline: 'Byline',
      editors: 'Editors',
      kind: 'Kind of source',
      language: 'Language',
      address: 'Address',
      notGiven: 'Not given',
      excluded: (count) => `${counted('en', 'piece', 'pieces')(count)} of page chrome left out`,
    },
    sourceKind: { 'news-article': 'News article', 'blog-press-conference': 'Blog post reporting a press conference' },
    exclusion: {
      'last-updated': 'Last-updated line',
      navigation: 'Site navigation',
      dateline: 'Dateline',
      editors: "Editors' credit",
      byline: 'Byline',
      share: 'Share buttons',
      comments: 'Comments section',
      recommendations: 'Recommended articles',
    },
    kind: { match: 'Match', discrepancy: 'Discrepancy', 'only-fr': 'Only in the French source', 'only-en': 'Only in the English source' },
    kindHeading: { match: 'Matches', discrepancy: 'Discrepancies', 'only-fr': 'Only in the French source', 'only-en': 'Only in the English source' },
    aspect: {
      date: 'Date',
      number: 'Number',
      actor: 'Actor',
      venue: 'Venue',
      attribution: 'Attribution',
      scope: 'Scope',
      wording: 'Wording',
      negation: 'Negation',
      name: 'Name',
    },
    origin: { curated: 'Curated by hand', automatic: 'Found automatically' },
    whatDiffers: 'What differs',
    quoteIn: { fr: 'French quote', en: 'English quote' },
    noCounterpart: { fr: 'No counterpart in the French source.', en: 'No counterpart in the English source.' },
    emptyOpposite: { fr: 'No paragraph opposite in the French source', en: 'No paragraph opposite in the English source' },
    translationBadge: 'Translation',
    translatedBy: (translator) => `English translation: ${translator}`,
    note: 'Note',
    noteIn: { fr: 'Note in French', en: 'Note in English' },
    originLabel: 'Origin',
    statusLabel: 'Status',
    status: { automatic: 'Automatic', confirmed: 'Confirmed', rejected: 'Rejected' },
    confidence: 'Confidence',
    rejectedApart: (count) => `${counted('en', 'finding', 'findings')(count)} rejected by a reader, counted apart`,
    editedByReader: 'Edited by the reader',
    noteStanding: { reader: 'edited by the reader', outdated: "written before the reader's edit; it may no longer hold" },
    sharedBy: (count) => `Part of ${count} findings`,
    noFindings: 'No findings.',
    colon: ':',
    quoteMarks: { fr: [`«${NBSP}`, `${NBSP}»`], en: ['“', '”'] },
    dayAtTime: (day, time) => `${day}, ${time}`,
    ...formatters('en-GB'),
  },
  fr: {
    product: 'Atelier de comparaison de sources',
    intro: 'Un récit français et un récit anglais d’un même événement, alignés paragraphe par paragraphe, chaque affirmation jugée : concordance, divergence, ou seulement dans une source.',
    exportedOn: (date) => `Exporté le ${date}`,
    onlyKinds: (kinds) => `Seulement les constats de ces types${NBSP}: ${kinds}.`,
    sourcesHeading: 'Les deux sources',
    summaryHeading: 'Les constats en un coup d’œil',
    legendHeading: 'Comment les affirmations sont marquées',
    legendHint: 'Chaque type a son symbole et son soulignement, pour que les marques se lisent aussi sans couleur.',
    textsHeading: 'Les deux textes, alignés paragraphe par paragraphe',
    findingsHeading: 'Constats',
    total: counted('fr', 'constat', 'constats'),
    kindColumn: 'Type',
    countColumn: 'Constats',
    source: { fr: 'Source française', en: 'Source anglaise' },
    langTag: { fr: 'FR', en: 'EN' },
    langName: { fr: 'Français', en: 'Anglais' },
    meta: {
      outlet: 'Média',
      published: 'Publication',
      updated: 'Mise à jour',
      byline: 'Signature',
      editors: 'Rédacteurs',
      kind: 'Type de source',
      language: 'Langue',
      address: 'Adresse',
      notGiven: 'Non indiqué',
      excluded: (count) => `${counted('fr', 'élément', 'éléments')(count)} de la page ${count > 1 ? 'écartés' : 'écarté'}`,
    },
    sourceKind: { 'news-article': 'Article de presse', 'blog-press-conference': "Billet de blog rendant compte d'une conférence de presse" },
    exclusion: {
      'last-updated': 'Mention de mise à jour',
      navigation: 'Navigation du site',
      dateline: 'Ligne de date',
      editors: 'Mention des rédacteurs',
      byline: 'Signature',
      share: 'Boutons de partage',
      comments: 'Zone de commentaires',
      recommendations: 'Articles recommandés',
    },
    kind: { match: 'Concordance', discrepancy: 'Divergence', 'only-fr': 'Seulement dans la source française', 'only-en': 'Seulement dans la source anglaise' },
    kindHeading: { match: 'Concordances', discrepancy: 'Divergences', 'only-fr': 'Seulement dans la source française', 'only-en': 'Seulement dans la source anglaise' },
    aspect: {
      date: 'Date',
      number: 'Nombre',
      actor: 'Acteur',
      venue: 'Lieu',
      attribution: 'Attribution',
      scope: 'Portée',
      wording: 'Formulation',
      negation: 'Négation',
      name: 'Nom',
    },
    origin: { curated: 'Établi à la main', automatic: 'Établi automatiquement' },
    whatDiffers: 'Ce qui diffère',
    quoteIn: { fr: 'Citation française', en: 'Citation anglaise' },
    noCounterpart: { fr: 'Aucun équivalent dans la source française.', en: 'Aucun équivalent dans la source anglaise.' },
    emptyOpposite: { fr: 'Aucun paragraphe en regard dans la source française', en: 'Aucun paragraphe en regard dans la source anglaise' },
    translationBadge: 'Traduction',
    translatedBy: (translator) => `Traduction française${NBSP}: ${translator}`,
    note: 'Note',
    noteIn: { fr: 'Note en français', en: 'Note en anglais' },
    originLabel: 'Origine',
    statusLabel: 'Statut',
    status: { automatic: 'Automatique', confirmed: 'Confirmé', rejected: 'Rejeté' },
    confidence: 'Confiance',
    rejectedApart: (count) => `${counted('fr', 'constat rejeté', 'constats rejetés')(count)} par un lecteur, ${count > 1 ? 'comptés' : 'compté'} à part`,
    editedByReader: 'Modifié par le lecteur',
    noteStanding: { reader: 'modifiée par le lecteur', outdated: 'écrite avant la modification du lecteur ; elle peut ne plus être juste' },
    sharedBy: (count) => `Fait partie de ${count} constats`,
    noFindings: 'Aucun constat.',
    colon: `${NBSP}:`,
    quoteMarks: { fr: [`«${NBSP}`, `${NBSP}»`], en: ['“', '”'] },
    dayAtTime: (day, time) => `${day} à ${time}`,
    ...formatters('fr-FR'),
  },
};
