/**
 * The HTML report's stylesheet, inlined in the file so that it opens anywhere offline. The palette,
 * the glyphs and the underline styles are the app's (src/ui/styles/base.css, reading.css), so a
 * reader finds the same marks: each kind differs by glyph and underline, never by colour alone.
 * Print: light colours, a running title and page numbers in the page margins, and no row of texts,
 * finding or source card cut across two pages.
 */
import { quoteCssString } from './escape';

const PALETTE_LIGHT = `
  --paper: #f6f4ef; --surface: #ffffff; --sunk: #f1eee8; --ink: #1b1e23; --muted: #4b5361;
  --line: #dcd7cd; --line-strong: #a9a193; --brand: #1f3a5f;
  --match: #1b6b3d; --match-bg: #e8f4ec; --discrepancy: #b3261e; --discrepancy-bg: #fdecea;
  --only-fr: #1d4fbf; --only-fr-bg: #eaf0fd; --only-en: #8a4700; --only-en-bg: #fcf1e1;`;

const PALETTE_DARK = `
  --paper: #14171c; --surface: #1c2027; --sunk: #171a20; --ink: #e9ecf1; --muted: #b3bac6;
  --line: #343a45; --line-strong: #5d6573; --brand: #9cc1f2;
  --match: #6fd19a; --match-bg: #17291f; --discrepancy: #ff9b91; --discrepancy-bg: #33191a;
  --only-fr: #9dbbff; --only-fr-bg: #18223a; --only-en: #f0b45f; --only-en-bg: #2e2213;`;

const RULES = `
:root { color-scheme: light dark; ${PALETTE_LIGHT}
  --font-ui: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif;
  --font-text: Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, 'Liberation Serif', serif; }
@media (prefers-color-scheme: dark) { :root { ${PALETTE_DARK} } }
.kind-match { --kind: var(--match); --kind-bg: var(--match-bg); --kind-line: solid; --kind-border: solid; }
.kind-discrepancy { --kind: var(--discrepancy); --kind-bg: var(--discrepancy-bg); --kind-line: wavy; --kind-border: double; }
.kind-only-fr { --kind: var(--only-fr); --kind-bg: var(--only-fr-bg); --kind-line: dashed; --kind-border: dashed; }
.kind-only-en { --kind: var(--only-en); --kind-bg: var(--only-en-bg); --kind-line: dotted; --kind-border: dotted; }
*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; background: var(--paper); color: var(--ink); font: 1rem/1.5 var(--font-ui); }
.page { max-width: 1200px; margin: 0 auto; padding: 32px 24px 48px; }
h1, h2, h3, h4 { line-height: 1.25; }
h1 { margin: 0 0 8px; font-size: 1.75rem; }
h2 { margin: 40px 0 12px; font-size: 1.25rem; }
h3 { margin: 24px 0 10px; font-size: 1.05rem; }
a { color: var(--brand); }
.eyebrow, .dateline, .selection { margin: 0 0 6px; color: var(--muted); font-size: 0.9rem; }
.eyebrow { font-weight: 700; letter-spacing: 0.06em; text-transform: uppercase; font-size: 0.8rem; }
.lede { max-width: 70ch; margin: 0 0 10px; font-size: 1.05rem; }
.box { background: var(--surface); border: 1px solid var(--line); border-radius: 10px; padding: 16px 20px; }
.glyph { display: inline-block; min-width: 1em; color: var(--kind); font-weight: 700; text-decoration: none; }
.summary { display: grid; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); gap: 16px; }
.summary h3 { margin-top: 0; }
.total { margin: 0 0 10px; font-weight: 700; }
.counts, .legend { width: 100%; border-collapse: collapse; }
.counts td, .counts th, .legend li { padding: 5px 0; border-top: 1px solid var(--line); text-align: left; }
.counts th[scope='col'] { border-top: 0; color: var(--muted); font-size: 0.85rem; }
.counts td.count { text-align: right; font-variant-numeric: tabular-nums; font-weight: 700; }
.legend { margin: 0; padding: 0; list-style: none; }
.legend li { display: flex; gap: 10px; align-items: baseline; }
.sample { font-family: var(--font-text); }
.hint { margin: 10px 0 0; color: var(--muted); font-size: 0.9rem; }
.sources { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
.source h3 { margin: 0 0 4px; color: var(--muted); font-size: 0.8rem; letter-spacing: 0.06em; text-transform: uppercase; }
.source-title { margin: 0 0 12px; font: 600 1.125rem/1.35 var(--font-text); }
.meta { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 3px 14px; margin: 0; font-size: 0.9rem; }
.meta dt { color: var(--muted); }
.meta dd { margin: 0; overflow-wrap: anywhere; }
.none { color: var(--muted); font-style: italic; }
.excluded { margin: 12px 0 0; padding: 0; list-style: none; font-size: 0.85rem; }
.excluded li { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 2px 12px; padding: 4px 0; border-top: 1px solid var(--line); }
.excluded-title { margin: 12px 0 0; font-size: 0.85rem; font-weight: 700; }
.why { color: var(--muted); }
.tag { display: inline-block; min-width: 2.1em; margin-right: 6px; padding: 0.05em 0.4em; border: 1px solid currentColor; border-radius: 4px;
  color: var(--brand); font: 700 0.72rem/1.3 var(--font-ui); letter-spacing: 0.04em; text-align: center; vertical-align: 0.12em; }
table.texts { width: 100%; table-layout: fixed; border-collapse: collapse; background: var(--surface); border: 1px solid var(--line); }
.texts th { padding: 8px 20px; border-bottom: 1px solid var(--line); background: var(--surface); color: var(--muted); font-size: 0.85rem; text-align: left; }
.texts td { padding: 14px 20px 4px; vertical-align: top; border-top: 1px solid var(--line); }
.texts td + td, .texts th + th { border-left: 1px solid var(--line); }
.para, .heading { margin: 0 0 12px; font-family: var(--font-text); white-space: pre-line; overflow-wrap: break-word; hyphens: auto; }
.para { font-size: 1.0625rem; line-height: 1.7; }
.heading { font-size: 1.15rem; line-height: 1.45; font-weight: 700; }
.translation.beneath { margin-top: -6px; padding-left: 12px; border-left: 3px solid var(--line-strong); font-weight: 400; }
.translation-badge { display: inline-block; margin-right: 2px; padding: 0 0.4em; border: 1px solid var(--line-strong); border-radius: 4px;
  color: var(--muted); font: 700 0.68rem/1.4 var(--font-ui); letter-spacing: 0.04em; text-transform: uppercase; vertical-align: 0.12em; }
.translated-by { display: block; font-weight: 400; font-size: 0.8rem; }
.empty { margin: 0 0 12px; padding: 10px 12px; border: 1px dashed var(--line-strong); border-radius: 8px; color: var(--muted); font-size: 0.9rem; font-style: italic; }
.claim { color: inherit; background: var(--kind-bg); text-decoration-line: underline; text-decoration-style: var(--kind-line);
  text-decoration-color: var(--kind); text-decoration-thickness: 2px; text-decoration-skip-ink: none; text-underline-offset: 0.22em;
  border-radius: 3px; padding: 0.05em 0.08em; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.claim.kind-discrepancy { text-decoration-thickness: 1.5px; }
.claim .glyph { min-width: 0; margin-right: 0.15em; font-family: var(--font-ui); font-size: 0.85em; }
.count-badge { margin-left: 0.12em; padding: 0 0.3em; border-radius: 999px; background: var(--ink); color: var(--surface);
  font: 700 0.62em/1.4 var(--font-ui); vertical-align: 0.55em; }
.kind-group h3 { display: flex; gap: 8px; align-items: baseline; }
.finding { margin: 0 0 14px; padding: 14px 18px; background: var(--surface); border: 1px solid var(--line);
  border-left: 5px var(--kind-border) var(--kind); border-radius: 10px; }
.finding h4 { margin: 0 0 8px; font-size: 1rem; display: flex; flex-wrap: wrap; gap: 4px 8px; align-items: baseline; }
.finding .id { color: var(--muted); font: 0.85rem ui-monospace, 'DejaVu Sans Mono', monospace; }
.finding.rejected .what, .finding.rejected blockquote { text-decoration-line: line-through; }
.claim.rejected { text-decoration-line: underline line-through; }
.status-tag { padding: 0 8px; border: 1px solid var(--line-strong); border-radius: 999px; font-size: 0.85rem; font-weight: 400; }
.aspects { margin: 0 0 8px; }
.aspect { display: inline-block; margin: 0 4px 4px 0; padding: 0 8px; border: 1px solid var(--line-strong); border-radius: 999px; font-size: 0.85rem; }
.quotes { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; margin: 0 0 8px; }
.quote-label { margin: 0 0 2px; color: var(--muted); font-size: 0.8rem; font-weight: 700; }
blockquote { margin: 0 0 6px; padding: 4px 0 4px 12px; border-left: 3px solid var(--line-strong); font-family: var(--font-text); white-space: pre-line; }
.note { margin: 0 0 6px; }
.other-note { margin: 0 0 6px; color: var(--muted); font-size: 0.92rem; }
.facts { margin: 0; color: var(--muted); font-size: 0.85rem; }
footer { margin-top: 40px; color: var(--muted); font-size: 0.85rem; }
@media (max-width: 720px) { .sources, .quotes { grid-template-columns: 1fr; } .texts td, .texts th { padding-left: 10px; padding-right: 10px; } }
@media print {
  :root { color-scheme: light; ${PALETTE_LIGHT} }
  body { background: none; font-size: 10pt; }
  .page { max-width: none; padding: 0; }
  h2 { margin-top: 18pt; break-after: avoid; }
  h3, h4, .quote-label { break-after: avoid; }
  .box, .source, .legend li, .counts tr, .texts tr, .finding, blockquote { break-inside: avoid; }
  .texts thead { display: table-header-group; }
  .findings { break-before: page; }
  .claim, .glyph, .count-badge, .finding { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .claim { text-decoration-thickness: 1.5px; }
  a { color: inherit; text-decoration: none; }
  a.claim { text-decoration-line: underline; }
  .para { font-size: 10.5pt; line-height: 1.5; }
}`;

/** The whole stylesheet; `runningTitle` heads every printed page (any text: it is escaped). */
export function styleReport(runningTitle: string): string {
  const title = quoteCssString(runningTitle);
  return `${RULES}
@page { size: A4; margin: 16mm 14mm 18mm;
  @top-center { content: ${title}; font: 8pt system-ui, sans-serif; color: #4b5361; }
  @bottom-right { content: counter(page) " / " counter(pages); font: 8pt system-ui, sans-serif; color: #4b5361; } }
`;
}
