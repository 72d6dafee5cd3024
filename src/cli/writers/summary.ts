/**
 * The summary a person reads in a terminal: both sources, the counts by kind, then every finding in
 * reading order, grouped by kind, with its aspects, both quotes (shortened) and the note in the
 * chosen language.
 *
 *     ≠ who-when-where · differs in: actor, venue, date
 *         FR  « a déclaré le ministère mercredi au média d'information national
 *             thepaper.cn »
 *         EN  “At the press conference of the State Council of China today, …”
 *         Note: Who spoke, when, and to whom: the two accounts disagree. …
 *
 * Every text from the file goes through `fromFile`: a terminal acts on the controls a file may hold
 * (ESC sets the window's title, clears the screen, makes links, hides text), so they are shown as
 * escapes; line feeds and tabs stay, the wrapping reads them as spaces.
 */
import { countFindings, groupByKind, orderFindings } from '../../core/findings/index';
import { LANGS, FINDING_KINDS, type Comparison, type Lang, type Finding, type Source } from '../../core/model/index';
import { readPageTime } from '../../core/reading/index';
import { showControlCharacters } from '../../core/text/index';
import type { WriteOptions } from './writeOptions';
import { MESSAGES, type CliMessages } from '../messages';
import { ANSI_STYLE, KIND_SYMBOLS, PLAIN_STYLE, type Style } from '../style';
import { shortenQuote, wrapText } from '../wrap';

/** Long enough to show what a claim is about, short enough to keep a finding to a few lines. */
const QUOTE_MAX = 150;

const FINDING_INDENT = '  ';
const DETAIL_INDENT = '      ';
/** The language label before a quote, `FR  `, and the indent that lines its continuation up. */
const QUOTE_LABEL_WIDTH = 4;

function fromFile(text: string): string {
  return showControlCharacters(text, '\n\t');
}

/** Prints the comparison as wrapped plain text, coloured only when `options.color` allows it. */
export function writeSummary(comparison: Comparison, options: WriteOptions): string {
  const words = MESSAGES[options.lang];
  const style = options.color ? ANSI_STYLE : PLAIN_STYLE;
  const width = options.width;
  const lines: string[] = [];

  lines.push(...wrapText(words.heading(fromFile(comparison.name)), width, '').map(style.strong), '');
  for (const lang of LANGS) lines.push(...describeSource(comparison.sources[lang], lang, words, style, width));
  lines.push('');

  // A small legend: each kind's symbol and count, the symbols padded to one column.
  const counts = countFindings(comparison.relations);
  const symbolWidth = Math.max(...FINDING_KINDS.map((kind) => Array.from(KIND_SYMBOLS[kind]).length));
  lines.push(style.strong(words.findings(counts.total)));
  for (const kind of FINDING_KINDS) {
    lines.push(`  ${style.kind(kind, KIND_SYMBOLS[kind].padEnd(symbolWidth))} ${words.kindCount[kind](counts.byKind[kind])}`);
  }
  if (counts.rejected > 0) lines.push(`  ${' '.repeat(symbolWidth)} ${words.rejected(counts.rejected)}`);
  if (options.readAs !== undefined) lines.push(...wrapText(words.readAs[options.readAs], width, '  ').map(style.faint));

  if (comparison.relations.length === 0) {
    lines.push('', words.noFindings);
    return `${lines.join('\n')}\n`;
  }
  for (const group of groupByKind(orderFindings(comparison))) {
    if (group.findings.length === 0) continue;
    const heading = `${KIND_SYMBOLS[group.kind]} ${words.kindHeading[group.kind]} (${countFindings(group.findings).byKind[group.kind]})`;
    lines.push('', style.kind(group.kind, style.strong(heading)), style.kind(group.kind, '─'.repeat(Array.from(heading).length)));
    for (const finding of group.findings) lines.push('', ...describeFinding(finding, options.lang, words, style, width));
  }
  return `${lines.join('\n')}\n`;
}

function describeSource(source: Source, lang: Lang, words: CliMessages, style: Style, width: number): string[] {
  const when = source.published === null ? words.undated : words.published(source.published, source.publishedTime === null ? null : timeOfDay(source.publishedTime, source));
  const facts = [source.outlet === null ? words.outletUnknown : fromFile(source.outlet), when, ...(source.kind === null ? [] : [words.sourceKind[source.kind]])];
  return [
    style.faint(words.sourceLabel[lang]),
    ...wrapText(fromFile(source.title.trim()) || words.untitled, width, '  ').map(style.strong),
    ...wrapText(facts.join(' · '), width, '  '),
  ];
}

/**
 * The page's publication time in the summary's words: "11h03" from a French page reads 11:03, as
 * the app writes it, when it is a plain time of the day already given; anything else stays as the
 * page wrote it.
 */
function timeOfDay(written: string, source: Source): string {
  const year = source.published === null ? null : Number(source.published.slice(0, 4));
  const read = readPageTime(written, source.lang, year);
  if (read === null || (read.day !== null && read.day !== source.published)) return fromFile(written);
  return `${String(read.hour).padStart(2, '0')}:${String(read.minute).padStart(2, '0')}`;
}

function describeFinding(finding: Finding, lang: Lang, words: CliMessages, style: Style, width: number): string[] {
  const aspects = finding.aspects.map((aspect) => words.aspect[aspect]).join(', ');
  const symbol = KIND_SYMBOLS[finding.kind];
  const id = fromFile(finding.id);
  // Wrap the plain header first, then colour its parts: escape codes must not count as width.
  const headerLines = wrapText(aspects === '' ? `${symbol} ${id}` : `${symbol} ${id} · ${words.differsIn(aspects)}`, width, `${FINDING_INDENT}  `, FINDING_INDENT);
  const [firstHeader = '', ...restHeader] = headerLines;
  const lines = [
    firstHeader.replace(`${symbol} ${id}`, () => `${style.kind(finding.kind, symbol)} ${style.strong(id)}`),
    ...restHeader,
  ];
  for (const side of LANGS) {
    const [open, close] = words.quoteMarks[side];
    finding[side].forEach((span, index) => {
      const label = index === 0 ? side.toUpperCase().padEnd(QUOTE_LABEL_WIDTH) : ' '.repeat(QUOTE_LABEL_WIDTH);
      const quoteLines = wrapText(`${open}${shortenQuote(fromFile(span.quote), QUOTE_MAX)}${close}`, width, DETAIL_INDENT + ' '.repeat(QUOTE_LABEL_WIDTH), DETAIL_INDENT + label);
      const [firstQuote = '', ...restQuote] = quoteLines;
      lines.push(index === 0 ? firstQuote.replace(label, style.faint(label)) : firstQuote, ...restQuote);
    });
  }
  lines.push(...wrapText(`${words.note}${words.colon} ${fromFile(finding.note[lang])}`, width, DETAIL_INDENT));
  return lines;
}
