/**
 * The HTML report: one self-contained file that a colleague opens anywhere, offline, and prints.
 * Inline CSS, no script, no external request, and a Content-Security-Policy that forbids both, so
 * that even a file edited by hand cannot run anything. It holds both sources' particulars, the
 * summary and a legend, the two texts side by side with their claims marked as the app marks them,
 * and every finding, headed by its kind and its claim's first words, with its quotes, aspects,
 * both notes and, when a reader judged it or it awaits their judgement, its status, in the
 * reader's language; a finding a reader rejected is struck through, in the texts and in the list. The texts
 * follow the reader's reading mode: a column whose text has a translation into the reader's
 * language shows it instead of the original, or beneath it, marked and with its translator named,
 * its claims marked where translation/translationLayout.ts puts them, as the app does.
 *
 * Every piece of the comparison goes through `escapeHtml`; element ids are the finding's id behind
 * a prefix, and links to them are percent-encoded fragments, the only URLs the file holds.
 */
import { countFindings } from '../findings/findingCounts';
import { groupByKind, orderFindings } from '../findings/findings';
import { engineConfidence, noteStandingOf, verdictBy } from '../findings/provenance';
import { readPageTime } from '../reading/pageTime';
import { layoutReadingRows, type ParagraphView, type TextPiece } from '../reading/readingRows';
import { layoutTranslation, type TranslationLayout } from '../translation/translationLayout';
import { LANGS, FINDING_KINDS, type Comparison, type Lang, type ReadingMode, type Finding, type Source } from '../model/types';
import { escapeHtml, stripInvalidCharacters } from './escape';
import type { ExportOptions } from './formats';
import { styleReport } from './htmlStyle';
import { headlineFinding } from './findingHeadline';
import { EXPORT_LABELS, KIND_GLYPHS, type ExportLabels } from './labels';

/** Scripts, frames, plug-ins, fonts and images from anywhere are refused; only the inline style applies. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const ALL_KINDS = new Set(FINDING_KINDS);

/** Writes the report of `comparison` (already restricted to the kinds exported) as one HTML document. */
export function toHtml(comparison: Comparison, options: ExportOptions): string {
  const words = EXPORT_LABELS[options.lang];
  // The title is the comparison's name as the reader gave it (renamed or not), nothing around it.
  const title = comparison.name;
  const findings = new Map(comparison.relations.map((finding) => [finding.id, finding]));
  return `<!doctype html>
<html lang="${options.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="${escapeHtml(words.product)}">
<title>${escapeHtml(title)}</title>
<style>${styleReport(`${title} · ${words.product}`)}</style>
</head>
<body>
<div class="page">
<header>
<p class="eyebrow">${escapeHtml(words.product)}</p>
<h1>${escapeHtml(title)}</h1>
<p class="lede">${escapeHtml(words.intro)}</p>
<p class="dateline">${escapeHtml(words.exportedOn(words.date(options.exportedOn)))} · ${escapeHtml(words.total(countFindings(comparison.relations).total))}</p>
${drawSelection(options, words)}</header>
<main>
${drawSummary(comparison, words)}
<section aria-labelledby="sources">
<h2 id="sources">${escapeHtml(words.sourcesHeading)}</h2>
<div class="sources">
${LANGS.map((lang) => drawSource(comparison.sources[lang], lang, words)).join('\n')}
</div>
</section>
${drawTexts(comparison, findings, options.readingMode, layoutShownTranslations(comparison, options), words)}
${drawFindings(comparison, options.lang, words)}
</main>
<footer><p>${escapeHtml(`${words.product} · ${words.exportedOn(words.date(options.exportedOn))}`)}</p></footer>
</div>
</body>
</html>
`;
}

function drawSelection(options: ExportOptions, words: ExportLabels): string {
  if (options.kinds === null || FINDING_KINDS.every((kind) => options.kinds?.has(kind))) return '';
  const kinds = FINDING_KINDS.filter((kind) => options.kinds?.has(kind)).map((kind) => words.kind[kind]);
  return `<p class="selection">${escapeHtml(words.onlyKinds(words.list(kinds)))}</p>\n`;
}

function drawSummary(comparison: Comparison, words: ExportLabels): string {
  // Counted by the one rule of findings/findingCounts.ts: a rejected finding apart from its kind.
  const counts = countFindings(comparison.relations);
  const rows = FINDING_KINDS.map(
    (kind) =>
      `<tr class="kind-${kind}"><td><span class="glyph" aria-hidden="true">${KIND_GLYPHS[kind]}</span> ${escapeHtml(words.kind[kind])}</td><td class="count">${counts.byKind[kind]}</td></tr>`,
  );
  const legend = FINDING_KINDS.map(
    (kind) =>
      `<li class="kind-${kind}"><span class="sample"><span class="claim kind-${kind}"><span class="glyph" aria-hidden="true">${KIND_GLYPHS[kind]}</span>${escapeHtml(words.kind[kind])}</span></span></li>`,
  );
  return `<section aria-labelledby="summary">
<h2 id="summary">${escapeHtml(words.summaryHeading)}</h2>
<div class="summary">
<div class="box">
<p class="total">${escapeHtml(words.total(counts.total))}</p>${counts.rejected === 0 ? '' : `\n<p class="rejected-apart">${escapeHtml(words.rejectedApart(counts.rejected))}</p>`}
<table class="counts">
<thead><tr><th scope="col">${escapeHtml(words.kindColumn)}</th><th scope="col" class="count">${escapeHtml(words.countColumn)}</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</div>
<div class="box">
<h3>${escapeHtml(words.legendHeading)}</h3>
<ul class="legend">
${legend.join('\n')}
</ul>
<p class="hint">${escapeHtml(words.legendHint)}</p>
</div>
</div>
</section>`;
}

function drawSource(source: Source, lang: Lang, words: ExportLabels): string {
  const notGiven = `<span class="none">${escapeHtml(words.meta.notGiven)}</span>`;
  const inLang = (text: string | null) => (text === null || text === '' ? notGiven : `<span lang="${lang}">${escapeHtml(text)}</span>`);
  const published =
    source.published === null
      ? notGiven
      : `<time datetime="${escapeHtml(source.published)}">${escapeHtml(words.date(source.published))}</time>${source.publishedTime === null ? '' : ` · ${drawPageTime(source.publishedTime, source, words) ?? inLang(source.publishedTime)}`}`;
  const facts: [string, string][] = [
    [words.meta.outlet, inLang(source.outlet)],
    [words.meta.published, published],
    [words.meta.updated, (source.updated !== null && drawPageTime(source.updated, source, words)) || inLang(source.updated)],
    [words.meta.byline, source.byline.length === 0 ? notGiven : inLang(words.list(source.byline))],
    [words.meta.editors, source.editors.length === 0 ? notGiven : inLang(words.list(source.editors))],
    [words.meta.kind, source.kind === null ? notGiven : escapeHtml(words.sourceKind[source.kind])],
    [words.meta.language, escapeHtml(words.langName[lang])],
    // The address is shown, not linked: the report makes no request, even on a click.
    [words.meta.address, source.url === null ? notGiven : `<span class="url">${escapeHtml(source.url)}</span>`],
  ];
  const excluded =
    source.excluded.length === 0
      ? ''
      : `<p class="excluded-title">${escapeHtml(words.meta.excluded(source.excluded.length))}</p>
<ul class="excluded">
${source.excluded.map((piece) => `<li><q lang="${lang}">${escapeHtml(piece.text)}</q> <span class="why">${escapeHtml(words.exclusion[piece.reason])}</span></li>`).join('\n')}
</ul>`;
  return `<article class="box source" aria-labelledby="source-${lang}">
<h3 id="source-${lang}"><span class="tag">${words.langTag[lang]}</span>${escapeHtml(words.source[lang])}</h3>
<p class="source-title" lang="${lang}">${escapeHtml(source.title)}</p>
<dl class="meta">
${facts.map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${value}</dd>`).join('\n')}
</dl>
${excluded}
</article>`;
}

/**
 * A time the page wrote its own way ("11h05 le 14/07") in the report's language ("14 July 2017,
 * 11:05"), the page's words kept as the title; null when they cannot be read without a guess.
 */
function drawPageTime(text: string, source: Source, words: ExportLabels): string | null {
  const year = source.published === null ? null : Number(source.published.slice(0, 4));
  const read = readPageTime(text, source.lang, year);
  if (read === null) return null;
  const clock = `${String(read.hour).padStart(2, '0')}:${String(read.minute).padStart(2, '0')}`;
  const time = words.time(read.hour, read.minute);
  const shown = read.day === null ? time : words.dayAtTime(words.date(read.day), time);
  return `<time datetime="${read.day === null ? clock : `${read.day}T${clock}`}" title="${escapeHtml(text)}">${escapeHtml(shown)}</time>`;
}

/**
 * Each column's translation as the reading mode shows it, laid out as the app lays it out: none in
 * the originals' mode, and only into the reader's language, so that a column already in it keeps
 * its original, as does one whose text has no translation.
 */
function layoutShownTranslations(comparison: Comparison, options: ExportOptions): Readonly<Record<Lang, TranslationLayout | null>> {
  if (options.readingMode === 'original') return { fr: null, en: null };
  const { translations } = options;
  const shown = (lang: Lang): TranslationLayout | null => {
    const translation = translations[lang];
    if (translation === null || lang === options.lang) return null;
    if (translation.source !== lang || translation.lang !== options.lang) {
      throw new Error(`the ${lang} translation given translates ${translation.source} into ${translation.lang}; this is a bug`);
    }
    // The comparison is already restricted to the kinds exported: every finding left is shown.
    return layoutTranslation(comparison, translation, ALL_KINDS);
  };
  return { fr: shown('fr'), en: shown('en') };
}

/** Whether a quote of `finding` starts at `start` in the text a paragraph comes from: there the kind's glyph goes. */
type QuoteStarts = (finding: Finding, start: number) => boolean;

function drawTexts(
  comparison: Comparison,
  findings: ReadonlyMap<string, Finding>,
  mode: ReadingMode,
  translations: Readonly<Record<Lang, TranslationLayout | null>>,
  words: ExportLabels,
): string {
  const rows = layoutReadingRows(comparison, ALL_KINDS).map((row) => {
    const cells = LANGS.map((lang) => {
      const paragraphs = row[lang];
      const translation = translations[lang];
      const content =
        paragraphs.length === 0
          ? `<p class="empty">${escapeHtml(words.emptyOpposite[lang])}</p>`
          : paragraphs.map((paragraph) => drawInMode(mode, paragraph, translation, findings, words)).join('\n');
      return `<td lang="${lang}">${content}</td>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  const head = LANGS.map((lang) => {
    const translation = translations[lang]?.translation;
    const by = translation ? `<span class="translated-by">${escapeHtml(words.translatedBy(translation.translator))}</span>` : '';
    return `<th scope="col"><span class="tag">${words.langTag[lang]}</span>${escapeHtml(words.source[lang])}${by}</th>`;
  });
  return `<section aria-labelledby="texts">
<h2 id="texts">${escapeHtml(words.textsHeading)}</h2>
<table class="texts">
<thead><tr>${head.join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</section>`;
}

/**
 * A paragraph as the reading mode shows it: the original, or its translation instead, or the
 * original with its translation beneath; the original alone where its column shows no translation.
 */
function drawInMode(
  mode: ReadingMode,
  paragraph: ParagraphView,
  translation: TranslationLayout | null,
  findings: ReadonlyMap<string, Finding>,
  words: ExportLabels,
): string {
  const original = () => drawParagraph(paragraph, null, (finding, start) => finding[paragraph.lang].some((span) => span.start === start), findings, words);
  const translated = translation?.paragraphs[paragraph.index];
  if (!translation || !translated) return original();
  const startsInTranslation: QuoteStarts = (finding, start) => translation.quotes.get(finding.id)?.some(([from]) => from === start) ?? false;
  switch (mode) {
    case 'original':
      return original();
    case 'translation':
      return drawParagraph(translated, 'instead', startsInTranslation, findings, words);
    case 'both':
      return `${original()}\n${drawParagraph(translated, 'beneath', startsInTranslation, findings, words)}`;
  }
}

/**
 * One paragraph of an original or of its translation, its quoted stretches marked; headings stay
 * in their cell, styled as headings. A translation carries its language and a visible mark.
 */
function drawParagraph(
  paragraph: ParagraphView,
  translated: 'instead' | 'beneath' | null,
  startsQuote: QuoteStarts,
  findings: ReadonlyMap<string, Finding>,
  words: ExportLabels,
): string {
  const content = paragraph.pieces.map((piece) => drawPiece(piece, startsQuote, findings, words)).join('');
  const kind = paragraph.isHeading ? 'heading' : 'para';
  if (translated === null) return `<p class="${kind}">${content}</p>`;
  const badge = `<span class="translation-badge">${escapeHtml(words.translationBadge)}</span>`;
  return `<p class="${kind} translation ${translated}" lang="${paragraph.lang}">${badge} ${content}</p>`;
}

/** A stretch of text; quoted, it links to its most specific finding and, where a quote starts, carries the kind's glyph. */
function drawPiece(piece: TextPiece, startsQuote: QuoteStarts, findings: ReadonlyMap<string, Finding>, words: ExportLabels): string {
  const [firstId] = piece.findingIds;
  if (firstId === undefined) return escapeHtml(piece.text);
  const finding = findings.get(firstId);
  if (!finding) throw new Error(`a quoted stretch names finding "${firstId}", which does not exist; this is a bug`);
  const glyph = startsQuote(finding, piece.start) ? `<span class="glyph" aria-hidden="true">${KIND_GLYPHS[finding.kind]}</span>` : '';
  const shared = piece.findingIds.length > 1;
  const badge = shared ? `<sup class="count-badge" aria-hidden="true">${piece.findingIds.length}</sup>` : '';
  // The title names every finding on this stretch, the linked one first: a quote wholly inside
  // shorter ones has no link of its own, but a reader pointing at the text still learns of it.
  const label = piece.findingIds
    .map((id) => {
      const named = findings.get(id) ?? finding;
      return `${words.kind[named.kind]} · ${id}${named.status === 'rejected' ? ` · ${words.status.rejected}` : ''}`;
    })
    .join('; ');
  const struck = finding.status === 'rejected' ? ' rejected' : '';
  return `<a class="claim kind-${finding.kind}${struck}" href="#${escapeHtml(findingAnchor(finding.id))}" title="${escapeHtml(label)}">${glyph}${escapeHtml(piece.text)}${badge}</a>`;
}

function drawFindings(comparison: Comparison, lang: Lang, words: ExportLabels): string {
  const groups = groupByKind(orderFindings(comparison)).filter((group) => group.findings.length > 0);
  const body =
    groups.length === 0
      ? `<p>${escapeHtml(words.noFindings)}</p>`
      : groups
          .map(
            (group) => `<section class="kind-group kind-${group.kind}" aria-labelledby="kind-${group.kind}">
<h3 id="kind-${group.kind}"><span class="glyph" aria-hidden="true">${KIND_GLYPHS[group.kind]}</span>${escapeHtml(words.kindHeading[group.kind])} (${countFindings(group.findings).byKind[group.kind]})</h3>
${group.findings.map((finding) => drawFinding(finding, lang, words)).join('\n')}
</section>`,
          )
          .join('\n');
  return `<section class="findings" aria-labelledby="findings">
<h2 id="findings">${escapeHtml(words.findingsHeading)}</h2>
${body}
</section>`;
}

function drawFinding(finding: Finding, lang: Lang, words: ExportLabels): string {
  const other: Lang = lang === 'fr' ? 'en' : 'fr';
  const aspects =
    finding.aspects.length === 0
      ? ''
      : `<p class="aspects">${escapeHtml(words.whatDiffers)}${escapeHtml(words.colon)} ${finding.aspects.map((aspect) => `<span class="aspect">${escapeHtml(words.aspect[aspect])}</span>`).join(' ')}</p>`;
  const quotes = LANGS.map((side) => {
    const body =
      finding[side].length === 0
        ? `<p class="none">${escapeHtml(words.noCounterpart[side])}</p>`
        : finding[side].map((span) => `<blockquote lang="${side}">${escapeHtml(span.quote)}</blockquote>`).join('\n');
    return `<div><p class="quote-label"><span class="tag">${words.langTag[side]}</span>${escapeHtml(words.quoteIn[side])}</p>\n${body}</div>`;
  });
  const facts = [`${words.originLabel}${words.colon} ${words.origin[finding.origin]}`];
  if (verdictBy(finding) === 'reader') facts.push(words.editedByReader);
  if (finding.status !== undefined) facts.push(`${words.statusLabel}${words.colon} ${words.status[finding.status]}`);
  const confidence = engineConfidence(finding);
  if (confidence !== null) facts.push(`${words.confidence}${words.colon} ${words.percent(confidence)}`);
  // A note the reader wrote, or one written before their edit, says so after its words.
  const standing = (side: Lang) => {
    const said = noteStandingOf(finding, side);
    return said === null ? '' : ` <span class="note-standing" lang="${lang}">(${escapeHtml(words.noteStanding[said])})</span>`;
  };
  const notes = [
    finding.note[lang] === '' ? '' : `<p class="note" lang="${lang}"><strong>${escapeHtml(words.note)}${escapeHtml(words.colon)}</strong> ${escapeHtml(finding.note[lang])}${standing(lang)}</p>`,
    finding.note[other] === ''
      ? ''
      : `<p class="other-note" lang="${other}"><strong lang="${lang}">${escapeHtml(words.noteIn[other])}${escapeHtml(words.colon)}</strong> ${escapeHtml(finding.note[other])}${standing(other)}</p>`,
  ].filter((note) => note !== '');
  // A rejected finding stays in the report, struck through and said to be rejected in words, so
  // that neither colour nor the line alone carries it.
  const rejected = finding.status === 'rejected';
  const headline = headlineFinding(finding, lang);
  const [open, close] = words.quoteMarks[headline.lang];
  const rejectedTag = rejected ? ` <span class="status-tag">${escapeHtml(words.status.rejected)}</span>` : '';
  return `<article class="finding kind-${finding.kind}${rejected ? ' rejected' : ''}" id="${escapeHtml(findingAnchor(finding.id))}" aria-labelledby="${escapeHtml(findingAnchor(finding.id))}-h">
<h4 id="${escapeHtml(findingAnchor(finding.id))}-h"><span class="what"><span class="glyph" aria-hidden="true">${KIND_GLYPHS[finding.kind]}</span>${escapeHtml(words.kind[finding.kind])}${escapeHtml(words.colon)} <span class="headline" lang="${headline.lang}">${escapeHtml(`${open}${headline.words}${close}`)}</span></span>${rejectedTag} <span class="id">${escapeHtml(finding.id)}</span></h4>
${aspects}
<div class="quotes">
${quotes.join('\n')}
</div>
${notes.join('\n')}
<p class="facts">${escapeHtml(facts.join(' · '))}</p>
</article>`;
}

/**
 * The element id of a finding, and its link's fragment: `finding-` and the finding's id
 * percent-encoded, so that any id makes a valid, unique fragment and an attribute with no quote.
 */
function findingAnchor(findingId: string): string {
  return `finding-${encodeURIComponent(stripInvalidCharacters(findingId))}`; // a lone surrogate cannot be encoded
}
