// @vitest-environment jsdom
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { countFindingsByKind } from '../../../src/core/findings/findings';
import { toMarkdown } from '../../../src/core/export/markdown';
import { writeExport } from '../../../src/core/export/writeExport';
import { EXPORT_OPTIONS, hostileComparison, PRINTABLE_HOSTILE, shippedComparison } from './fixtures';

// Raw HTML on, as many wikis allow: a quote must stay text even then.
const markdown = new MarkdownIt({ html: true });

/** The elements a report renders to; a link, an image, a script or any other HTML is a defect. */
const ELEMENTS = new Set(['h1', 'h2', 'h3', 'p', 'ul', 'li', 'strong', 'em', 'blockquote', 'table', 'thead', 'tbody', 'tr', 'th', 'td']);

function render(text: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${markdown.render(text)}</body>`, 'text/html');
}

function squeeze(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

describe('toMarkdown on the shipped comparison', () => {
  const comparison = shippedComparison();
  const text = toMarkdown(comparison, EXPORT_OPTIONS);
  const document = render(text);

  it('renders to headings, lists, a table, quotes and text, nothing else', () => {
    for (const element of document.body.querySelectorAll('*')) expect(ELEMENTS).toContain(element.localName);
  });

  it('gives the summary counts in a table', () => {
    const counts = countFindingsByKind(comparison.relations);
    const rows = [...document.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => squeeze(cell.textContent)));
    expect(rows).toEqual([
      ['✓ Match', String(counts.match)],
      ['≠ Discrepancy', String(counts.discrepancy)],
      ['◧ Only in the French source', String(counts['only-fr'])],
      ['◨ Only in the English source', String(counts['only-en'])],
    ]);
  });

  it('groups the findings by kind, each with both quotes and the note', () => {
    const headings = [...document.querySelectorAll('h2')].map((heading) => squeeze(heading.textContent));
    expect(headings).toEqual(['Findings at a glance', '✓ Matches (4)', '≠ Discrepancies (7)', '◧ Only in the French source (3)', '◨ Only in the English source (9)']);
    expect(document.querySelectorAll('h3')).toHaveLength(comparison.relations.length);
    const body = squeeze(document.body.textContent);
    for (const finding of comparison.relations) {
      for (const span of [...finding.fr, ...finding.en]) expect(body).toContain(squeeze(span.quote));
      expect(body).toContain(`Note: ${squeeze(finding.note.en)}`);
    }
    expect(text).toContain('**What differs:** Actor, Venue, Date');
  });

  it('heads each finding with its kind and its claim\'s first words, in the reader\'s language when it quotes that source, never an id', () => {
    const headings = [...document.querySelectorAll('h3')].map((heading) => squeeze(heading.textContent));
    expect(headings).toContain('≠ Discrepancy: “At the press conference of the State Council…”');
    expect(headings).toContain('◧ Only in the French source: « le cyber-régulateur chinois »');
    for (const finding of comparison.relations) expect(headings.some((heading) => heading.includes(finding.id))).toBe(false);
  });

  it('strikes through the heading of a finding a reader rejected, and says so in words', () => {
    const judged = { ...comparison, relations: comparison.relations.map((finding) => (finding.id === 'who-when-where' ? { ...finding, status: 'rejected' as const } : finding)) };
    const report = toMarkdown(judged, EXPORT_OPTIONS);
    expect(report).toContain('\n### ~~≠ Discrepancy: “At the press conference of the State Council…”~~ (Rejected)\n');
    const struck = [...render(report).querySelectorAll('h3')].filter((heading) => heading.querySelector('s') !== null);
    expect(struck.map((heading) => squeeze(heading.textContent))).toEqual(['≠ Discrepancy: “At the press conference of the State Council…” (Rejected)']);
    expect(toMarkdown(judged, { ...EXPORT_OPTIONS, lang: 'fr' })).toContain('~~ (Rejeté)\n');
  });

  it('gives the status of a finding that has one, and none for a curated finding without one', () => {
    expect(text).not.toContain('**Status:**');
    const judged = { ...comparison, relations: comparison.relations.map((finding) => (finding.id === 'who-when-where' ? { ...finding, status: 'rejected' as const } : finding)) };
    const findingSection = (report: string) => report.slice(report.indexOf('At the press conference of the State Council'), report.indexOf('\n### ', report.indexOf('At the press conference of the State Council')));
    expect(findingSection(toMarkdown(judged, EXPORT_OPTIONS))).toContain('\n\n**Status:** Rejected\n');
    expect(findingSection(toMarkdown(judged, { ...EXPORT_OPTIONS, lang: 'fr' }))).toContain('\n\n**Statut\u00a0:** Rejeté\n');
    expect(toMarkdown(judged, EXPORT_OPTIONS).match(/\*\*Status:\*\*/g)).toHaveLength(1);
  });

  it('is written in the reader\'s language: French', () => {
    const french = toMarkdown(comparison, { ...EXPORT_OPTIONS, lang: 'fr' });
    expect(french).toMatch(/^# miit-vpn\n/);
    expect(french).toContain('\n### ◧ Seulement dans la source française\u00a0: «\u00a0le cyber-régulateur chinois\u00a0»\n');
    expect(french).toContain('## ≠ Divergences (7)');
    expect(french).toContain(`**Note\u00a0:** ${comparison.relations.find((finding) => finding.id === 'who-when-where')?.note.fr.split(' ')[0]}`);
  });

  it('holds only the kinds chosen, and says so', () => {
    const only = writeExport(comparison, 'md', { ...EXPORT_OPTIONS, kinds: new Set(['only-fr', 'only-en']) }).text;
    expect(only).toContain('*Only the findings of these kinds: Only in the French source and Only in the English source.*');
    expect(only).not.toContain('## ✓ Matches');
    expect(render(only).querySelectorAll('h3')).toHaveLength(12);
  });
});

describe('toMarkdown on hostile content', () => {
  const comparison = hostileComparison();
  const document = render(toMarkdown(comparison, EXPORT_OPTIONS));

  it('never lets a quote, a note or an id become markup', () => {
    for (const element of document.body.querySelectorAll('*')) expect(ELEMENTS, `<${element.localName}>`).toContain(element.localName);
    expect(document.querySelectorAll('a, img, script, style, iframe, svg, code, del, s')).toHaveLength(0);
  });

  it('keeps every hostile string as text', () => {
    const body = squeeze(document.body.textContent);
    for (const hostile of PRINTABLE_HOSTILE) expect(body).toContain(squeeze(hostile));
  });
});
