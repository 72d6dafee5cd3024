/**
 * The Markdown report, for a newsroom note or a wiki: the sources in a line each, the counts by
 * kind, then the findings grouped by kind in reading order, each headed by its kind and its claim's
 * first words (struck through and marked when a reader rejected it), with both quotes, its status
 * when it has one, and the note in the reader's language. Every piece of the comparison goes through `escapeMarkdown`, so a quote
 * is always text, never a heading, a link, an image or HTML.
 *
 *     ### ≠ Discrepancy: “Officials deny the requirement to ban personal VPN…”
 *
 *     **What differs:** Attribution
 *
 *     > **FR** « Chine : aucune interdiction pour les services VPN destinés aux particuliers »
 *     >
 *     > **EN** “Officials deny the requirement to ban personal VPN services”
 *
 *     **Note:** The French headline states as a fact …
 */
import { countFindings } from '../findings/findingCounts';
import { groupByKind, orderFindings } from '../findings/findings';
import { noteStandingOf, verdictBy } from '../findings/provenance';
import { LANGS, FINDING_KINDS, type Comparison, type Lang, type Finding, type Source } from '../model/types';
import { escapeMarkdown } from './escape';
import { headlineFinding } from './findingHeadline';
import type { ExportOptions } from './formats';
import { EXPORT_LABELS, KIND_GLYPHS, type ExportLabels } from './labels';

/** Writes the report of `comparison` (already restricted to the kinds exported) as CommonMark with a GFM table. */
export function toMarkdown(comparison: Comparison, options: ExportOptions): string {
  const words = EXPORT_LABELS[options.lang];
  // The title is the comparison's name as the reader gave it (renamed or not), nothing around it.
  const lines: string[] = [`# ${escapeMarkdown(comparison.name)}`, ''];
  lines.push(`${escapeMarkdown(words.intro)} ${escapeMarkdown(`${words.exportedOn(words.date(options.exportedOn))}.`)}`, '');
  if (options.kinds !== null && !FINDING_KINDS.every((kind) => options.kinds?.has(kind))) {
    const kinds = FINDING_KINDS.filter((kind) => options.kinds?.has(kind)).map((kind) => words.kind[kind]);
    lines.push(`*${escapeMarkdown(words.onlyKinds(words.list(kinds)))}*`, '');
  }
  for (const lang of LANGS) lines.push(`- ${describeSource(comparison.sources[lang], lang, words)}`);

  // Counted by the one rule of findings/findingCounts.ts: a rejected finding apart from its kind.
  const counts = countFindings(comparison.relations);
  lines.push('', `## ${escapeMarkdown(words.summaryHeading)}`, '', `**${escapeMarkdown(words.total(counts.total))}**`, '');
  if (counts.rejected > 0) lines.push(escapeMarkdown(words.rejectedApart(counts.rejected)), '');
  lines.push(`| ${escapeMarkdown(words.kindColumn)} | ${escapeMarkdown(words.countColumn)} |`, '| --- | ---: |');
  for (const kind of FINDING_KINDS) lines.push(`| ${KIND_GLYPHS[kind]} ${escapeMarkdown(words.kind[kind])} | ${counts.byKind[kind]} |`);

  const groups = groupByKind(orderFindings(comparison)).filter((group) => group.findings.length > 0);
  if (groups.length === 0) lines.push('', escapeMarkdown(words.noFindings));
  for (const group of groups) {
    lines.push('', `## ${KIND_GLYPHS[group.kind]} ${escapeMarkdown(words.kindHeading[group.kind])} (${countFindings(group.findings).byKind[group.kind]})`);
    for (const finding of group.findings) lines.push('', ...describeFinding(finding, options.lang, words));
  }
  return `${lines.join('\n')}\n`;
}

function describeSource(source: Source, lang: Lang, words: ExportLabels): string {
  const facts = [source.outlet, source.published === null ? null : words.date(source.published)].filter((fact) => fact !== null && fact !== '');
  const title = source.title.trim() === '' ? '' : ` *${escapeMarkdown(source.title)}*`;
  const rest = facts.length === 0 ? '' : ` — ${escapeMarkdown(facts.join(', '))}`;
  return `**${escapeMarkdown(`${words.source[lang]}${words.colon}`)}**${title}${rest}`;
}

/** `≠ Discrepancy: “Officials deny…”`; rejected, `~~≠ Discrepancy: “…”~~ (Rejected)`: in words as well as struck through. */
function headFinding(finding: Finding, lang: Lang, words: ExportLabels): string {
  const headline = headlineFinding(finding, lang);
  const [open, close] = words.quoteMarks[headline.lang];
  const text = `${KIND_GLYPHS[finding.kind]} ${escapeMarkdown(`${words.kind[finding.kind]}${words.colon} ${open}${headline.words}${close}`)}`;
  return finding.status === 'rejected' ? `~~${text}~~ (${escapeMarkdown(words.status.rejected)})` : text;
}

function describeFinding(finding: Finding, lang: Lang, words: ExportLabels): string[] {
  const lines = [`### ${headFinding(finding, lang, words)}`, ''];
  if (finding.aspects.length > 0) {
    lines.push(`**${escapeMarkdown(`${words.whatDiffers}${words.colon}`)}** ${escapeMarkdown(finding.aspects.map((aspect) => words.aspect[aspect]).join(', '))}`, '');
  }
  const quoteLines = LANGS.flatMap((side) => {
    const tag = `**${words.langTag[side]}**`;
    if (finding[side].length === 0) return [`> ${tag} *${escapeMarkdown(words.noCounterpart[side])}*`];
    const [open, close] = words.quoteMarks[side];
    return finding[side].map((span) => `> ${tag} ${escapeMarkdown(`${open}${span.quote.trim()}${close}`)}`);
  });
  lines.push(quoteLines.join('\n>\n'));
  if (verdictBy(finding) === 'reader') lines.push('', `*${escapeMarkdown(words.editedByReader)}*`);
  if (finding.status !== undefined) lines.push('', `**${escapeMarkdown(`${words.statusLabel}${words.colon}`)}** ${escapeMarkdown(words.status[finding.status])}`);
  if (finding.note[lang] !== '') {
    const standing = noteStandingOf(finding, lang);
    const said = standing === null ? '' : ` *(${escapeMarkdown(words.noteStanding[standing])})*`;
    lines.push('', `**${escapeMarkdown(`${words.note}${words.colon}`)}** ${escapeMarkdown(finding.note[lang])}${said}`);
  }
  return lines;
}
