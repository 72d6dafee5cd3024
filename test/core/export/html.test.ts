// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { ExportOptions, ExportReading } from '../../../src/core/export/index';
import { countFindingsByKind } from '../../../src/core/findings/findings';
import { FINDING_KINDS, type Comparison } from '../../../src/core/model/index';
import { layoutTranslation, readTranslationFile } from '../../../src/core/translation/index';
import { REPORT_CSP, toHtml } from '../../../src/core/export/html';
import { EXPORT_LABELS } from '../../../src/core/export/labels';
import { writeExport } from '../../../src/core/export/writeExport';
import enFr from '../../../sources/miit-vpn/en.fr.md?raw';
import frEn from '../../../sources/miit-vpn/fr.en.md?raw';
import { EXPORT_OPTIONS, hostileComparison, PRINTABLE_HOSTILE, shippedComparison } from './fixtures';

/** Every element the report is made of; anything else (script, img, iframe, svg, link, form…) is a defect. */
const ELEMENTS = new Set([
  'html', 'head', 'meta', 'title', 'style', 'body', 'div', 'header', 'main', 'footer', 'section', 'article', 'h1', 'h2', 'h3', 'h4',
  'p', 'span', 'strong', 'a', 'sup', 'q', 'blockquote', 'time', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'ul', 'li', 'dl', 'dt', 'dd',
]);
const ATTRIBUTES = new Set(['class', 'id', 'href', 'title', 'lang', 'datetime', 'charset', 'http-equiv', 'content', 'name', 'scope', 'aria-hidden', 'aria-labelledby']);

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The checks that make a report safe to open: known elements and attributes only, no handler, no URL but the report's own anchors. */
function expectInert(document: Document): void {
  for (const element of document.querySelectorAll('*')) {
    expect(ELEMENTS, `<${element.localName}>`).toContain(element.localName);
    for (const attribute of element.attributes) {
      expect(ATTRIBUTES, `${element.localName}[${attribute.name}]`).toContain(attribute.name);
    }
    const href = element.getAttribute('href');
    if (href !== null) {
      expect(href).toMatch(/^#finding-/);
      expect(document.getElementById(href.slice(1)), `the target of ${href}`).not.toBeNull();
    }
  }
  const styles = document.querySelectorAll('style');
  expect(styles).toHaveLength(1);
  expect(styles[0]?.parentElement?.localName).toBe('head');
  expect(styles[0]?.textContent).not.toMatch(/url\(|@import|expression\(/i);
  const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
  expect(csp?.getAttribute('content')).toBe(REPORT_CSP);
  expect(REPORT_CSP).toMatch(/default-src 'none'/);
}

function html(comparison: Comparison, options: Partial<Pick<ExportOptions, 'lang' | 'kinds'>> & { readonly reading?: ExportReading } = {}): Document {
  const { reading = { readingMode: 'original' }, ...rest } = options;
  return parse(writeExport(comparison, 'html', { ...EXPORT_OPTIONS, ...rest, ...reading }).text);
}

/** Whether a rule of the report's style sheet strikes `element` through (jsdom computes no text decoration). */
function struckThrough(document: Document, element: Element | null | undefined): boolean {
  if (!element) throw new Error('no element to look at');
  // A parsed document has no style sheets in jsdom: the report's own style is read into one.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(document.querySelector('style')?.textContent ?? '');
  const rules = [...sheet.cssRules].filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule);
  return rules.some((rule) => /line-through/.test(rule.style.cssText) && element.matches(rule.selectorText));
}

function squeeze(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

describe('toHtml on the shipped comparison', () => {
  const comparison = shippedComparison();
  const document = html(comparison);

  it('is inert: no script, no handler, no external URL, a CSP that forbids them', () => {
    expectInert(document);
  });

  it('shows both sources with their particulars', () => {
    const body = squeeze(document.body.textContent);
    for (const lang of ['fr', 'en'] as const) expect(body).toContain(squeeze(comparison.sources[lang].title));
    expect(body).toContain('le Quotidien du Peuple en ligne');
    expect(body).toContain('14 July 2017 · 11:03');
    expect(body).toContain('Guangqi CUI and Wei SHAN');
    expect(body).toContain('Page d\'accueil>>Société');
  });

  it("writes the page's own times in the report's language, the page's words kept as the title", () => {
    const updated = document.querySelector('time[title="11h05 le 14/07"]');
    expect(updated?.textContent).toBe('14 July 2017, 11:05');
    expect(updated?.getAttribute('datetime')).toBe('2017-07-14T11:05');
    const french = document.querySelector('article[aria-labelledby="source-fr"]');
    const updatedFact = [...(french?.querySelectorAll('dt') ?? [])].find((term) => term.textContent === 'Updated')?.nextElementSibling;
    expect(updatedFact?.textContent).toBe('14 July 2017, 11:05');
    expect(html(comparison, { lang: 'fr' }).querySelector('time[title="11h05 le 14/07"]')?.textContent).toBe('14 juillet 2017 à 11:05');
  });

  it('gives the summary counts of every kind', () => {
    const counts = countFindingsByKind(comparison.relations);
    const rows = [...document.querySelectorAll('table.counts tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => squeeze(cell.textContent)).join(' '));
    expect(rows).toEqual([`✓ Match ${counts.match}`, `≠ Discrepancy ${counts.discrepancy}`, `◧ Only in the French source ${counts['only-fr']}`, `◨ Only in the English source ${counts['only-en']}`]);
  });

  it('sets the texts side by side, every paragraph whole and in order', () => {
    const rows = [...document.querySelectorAll('table.texts tbody tr')];
    expect(rows).toHaveLength(comparison.alignment.length);
    for (const [column, lang] of (['fr', 'en'] as const).entries()) {
      const source = comparison.sources[lang];
      const shown = rows.flatMap((row) => [...(row.querySelectorAll('td')[column]?.querySelectorAll('p.para, p.heading') ?? [])]);
      const texts = shown.map((paragraph) => {
        const copy = paragraph.cloneNode(true) as Element;
        for (const mark of copy.querySelectorAll('.glyph, .count-badge')) mark.remove();
        return copy.textContent;
      });
      expect(texts).toEqual(source.paragraphs.map(([start, end]) => source.text.slice(start, end)));
    }
  });

  it('marks every finding in the texts, its kind told by class, glyph and a link to the finding', () => {
    const titles = [...document.querySelectorAll('a.claim')].map((claim) => claim.getAttribute('title') ?? '');
    for (const finding of comparison.relations) {
      // A quote wholly inside shorter ones links to the most specific; its title still names every finding there.
      expect(titles.some((title) => title.split('; ').includes(`${EXPORT_LABELS.en.kind[finding.kind]} · ${finding.id}`)), finding.id).toBe(true);
      for (const claim of document.querySelectorAll(`a.claim[href="#finding-${finding.id}"]`)) expect(claim.classList.contains(`kind-${finding.kind}`)).toBe(true);
      expect(document.getElementById(`finding-${finding.id}`)).not.toBeNull();
    }
    const ownLinks = comparison.relations.filter((finding) => document.querySelector(`a.claim[href="#finding-${finding.id}"]`) !== null);
    expect(ownLinks.length).toBeGreaterThan(comparison.relations.length - 3);
    const glyphs = [...document.querySelectorAll('.texts a.claim .glyph')].map((glyph) => glyph.textContent);
    expect(new Set(glyphs)).toEqual(new Set(['✓', '≠', '◧', '◨']));
  });

  it('lists every finding with its quotes, aspects and both notes, the reader\'s language first', () => {
    for (const finding of comparison.relations) {
      const article = document.getElementById(`finding-${finding.id}`);
      const text = squeeze(article?.textContent);
      for (const span of [...finding.fr, ...finding.en]) expect(text).toContain(squeeze(span.quote));
      expect(squeeze(article?.querySelector('.note')?.textContent)).toBe(squeeze(`Note: ${finding.note.en}`));
      expect(squeeze(article?.querySelector('.other-note')?.textContent)).toBe(squeeze(`Note in French: ${finding.note.fr}`));
      expect(article?.querySelector('.note')?.getAttribute('lang')).toBe('en');
    }
    const whoWhenWhere = document.getElementById('finding-who-when-where');
    expect(squeeze(whoWhenWhere?.querySelector('.aspects')?.textContent)).toBe('What differs: Actor Venue Date');
  });

  it('shows the status of a finding that has one, in the reader\'s language, and none for a curated finding without one', () => {
    const judged: Comparison = {
      ...comparison,
      relations: comparison.relations.map((finding) =>
        finding.id === 'who-when-where' ? { ...finding, status: 'confirmed' as const } : finding.id === 'core-denial' ? { ...finding, status: 'rejected' as const } : finding,
      ),
    };
    const facts = (document: Document, id: string) => squeeze(document.getElementById(`finding-${id}`)?.querySelector('.facts')?.textContent);
    const english = html(judged);
    expect(facts(english, 'who-when-where')).toBe('Origin: Curated by hand · Status: Confirmed');
    expect(facts(english, 'core-denial')).toBe('Origin: Curated by hand · Status: Rejected');
    expect(facts(english, 'lost-negation')).toBe('Origin: Curated by hand');
    expect(facts(html(judged, { lang: 'fr' }), 'who-when-where')).toBe('Origine : Établi à la main · Statut : Confirmé');
    expectInert(english);
  });

  it('heads each finding with its kind and its claim\'s first words, in the reader\'s language when it quotes that source', () => {
    const heading = (document: Document, id: string) => squeeze(document.getElementById(`finding-${id}-h`)?.textContent);
    expect(heading(document, 'who-when-where')).toBe('≠Discrepancy: “At the press conference of the State Council…” who-when-where');
    expect(heading(document, 'cyber-regulator')).toBe('◧Only in the French source: « le cyber-régulateur chinois » cyber-regulator');
  });

  it('strikes through a finding a reader rejected, in the list and in the texts, and says so in words', () => {
    const judged: Comparison = {
      ...comparison,
      relations: comparison.relations.map((finding) => (finding.id === 'january-which-year' ? { ...finding, status: 'rejected' as const } : finding)),
    };
    const report = html(judged);
    const finding = report.getElementById('finding-january-which-year');
    expect(finding?.classList.contains('rejected')).toBe(true);
    expect(squeeze(finding?.querySelector('h4 .status-tag')?.textContent)).toBe('Rejected');
    for (const struck of [finding?.querySelector('h4 .what'), finding?.querySelector('blockquote')]) expect(struckThrough(report, struck)).toBe(true);
    const marks = [...report.querySelectorAll('.texts a.claim[href="#finding-january-which-year"]')];
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) {
      expect(struckThrough(report, mark)).toBe(true);
      expect(mark.getAttribute('title')).toContain('january-which-year · Rejected');
    }
    // The others are not struck through.
    expect(struckThrough(report, report.getElementById('finding-who-when-where')?.querySelector('blockquote'))).toBe(false);
    expect(struckThrough(report, report.querySelector('.texts a.claim[href="#finding-who-when-where"]'))).toBe(false);
    expect(report.querySelectorAll('article.finding.rejected')).toHaveLength(1);
    expectInert(report);
  });

  it('is written in the reader\'s language: French', () => {
    const french = html(comparison, { lang: 'fr' });
    expect(french.documentElement.lang).toBe('fr');
    expect(french.title).toBe('miit-vpn');
    expect(squeeze(french.querySelector('h1')?.textContent)).toBe('miit-vpn');
    expect(squeeze(french.getElementById('findings')?.textContent)).toBe('Constats');
    expect(squeeze(french.body.textContent)).toContain('Exporté le 22 novembre 2026');
    const finding = french.getElementById('finding-who-when-where');
    expect(finding?.querySelector('.note')?.getAttribute('lang')).toBe('fr');
    expect(squeeze(finding?.querySelector('.aspects')?.textContent)).toBe('Ce qui diffère : Acteur Lieu Date');
    expectInert(french);
  });

  it('holds only the kinds chosen, and says so', () => {
    const only = html(comparison, { kinds: new Set(['discrepancy']) });
    expect(only.querySelectorAll('article.finding')).toHaveLength(countFindingsByKind(comparison.relations).discrepancy);
    expect(only.querySelectorAll('a.claim:not(.kind-discrepancy)')).toHaveLength(0);
    expect(squeeze(only.querySelector('.selection')?.textContent)).toBe('Only the findings of these kinds: Discrepancy.');
    expect(document.querySelector('.selection')).toBeNull();
  });

  it('prints cleanly and follows the colour scheme', () => {
    const css = document.querySelector('style')?.textContent ?? '';
    expect(css).toMatch(/@media print \{[\s\S]*break-inside: avoid/);
    expect(css).toContain('@top-center { content: "miit-vpn \\b7  Source comparison workbench";');
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\)/);
    for (const kind of FINDING_KINDS) expect(css).toContain(`.kind-${kind} {`);
  });
});

describe('toHtml on hostile content', () => {
  const comparison = hostileComparison();
  const text = toHtml(comparison, EXPORT_OPTIONS);
  const document = parse(text);

  it('is inert whatever the quotes, notes, ids and titles hold', () => {
    expectInert(document);
    expect(text).not.toMatch(/<script|<img|<svg|<iframe|<style>body/i);
  });

  it('keeps every hostile string as text, in the texts and in the findings', () => {
    const body = document.body.textContent ?? '';
    for (const hostile of PRINTABLE_HOSTILE) expect(body).toContain(hostile.replace(/\r\n?/g, '\n'));
    expect(document.title).toBe('hostile"><script>alert(1)</script>');
  });

  it('shows a javascript: address as text, never as a link', () => {
    expect(document.querySelectorAll('.url')).toHaveLength(2);
    expect(document.querySelector('.url')?.textContent).toBe('javascript:alert(1)');
  });

  it('links a claim with a hostile id to its finding', () => {
    const finding = comparison.relations[1];
    const card = [...document.querySelectorAll('article.finding')].find((article) => article.querySelector('.id')?.textContent === finding?.id);
    expect(card).toBeDefined();
    expect(document.querySelector(`a.claim[href="#${card?.id}"]`)).not.toBeNull();
  });
});

describe('toHtml in the reading modes that show translations', () => {
  const comparison = shippedComparison();
  const translations = {
    fr: readTranslationFile(frEn, 'fr.en.md', comparison.sources.fr),
    en: readTranslationFile(enFr, 'en.fr.md', comparison.sources.en),
  };
  const inEnglish = layoutTranslation(comparison, translations.fr, new Set(FINDING_KINDS));
  const translatedTexts = translations.fr.paragraphs.map(([start, end]) => translations.fr.text.slice(start, end));
  const originalTexts = comparison.sources.fr.paragraphs.map(([start, end]) => comparison.sources.fr.text.slice(start, end));

  /** The paragraphs of one column, their glyphs, counts and translation marks left out. */
  function columnTexts(document: Document, column: number, selector: string): string[] {
    const cells = [...document.querySelectorAll('table.texts tbody tr')].map((row) => row.querySelectorAll('td')[column]);
    return cells.flatMap((cell) =>
      [...(cell?.querySelectorAll(selector) ?? [])].map((paragraph) => {
        const copy = paragraph.cloneNode(true) as Element;
        for (const mark of copy.querySelectorAll('.glyph, .count-badge, .translation-badge')) mark.remove();
        return (copy.textContent ?? '').replace(/^ /, '');
      }),
    );
  }

  describe.each(['translation', 'both'] as const)("in '%s' mode, for an English reader", (readingMode) => {
    const document = html(comparison, { reading: { readingMode, translations } });

    it('is inert', () => {
      expectInert(document);
    });

    it('shows the French text in English, marked and in English, its translator named once in the column head', () => {
      const translated = [...document.querySelectorAll('table.texts td[lang="fr"] p.translation')];
      expect(translated.map((paragraph) => paragraph.getAttribute('lang'))).toEqual(translatedTexts.map(() => 'en'));
      expect(translated.every((paragraph) => paragraph.querySelector('.translation-badge')?.textContent === 'Translation')).toBe(true);
      expect(columnTexts(document, 0, 'p.translation')).toEqual(translatedTexts);
      const heads = [...document.querySelectorAll('table.texts thead th')].map((head) => squeeze(head.querySelector('.translated-by')?.textContent));
      expect(heads).toEqual(['English translation: The Source comparison workbench project', '']);
      expect(squeeze(document.body.textContent).split('English translation:')).toHaveLength(2);
    });

    it('keeps the English text as written: it is already in the reader\'s language', () => {
      expect(document.querySelectorAll('table.texts td[lang="en"] p.translation')).toHaveLength(0);
      const english = comparison.sources.en;
      expect(columnTexts(document, 1, 'p.para, p.heading')).toEqual(english.paragraphs.map(([start, end]) => english.text.slice(start, end)));
    });

    it('marks the claims in the translation where the app marks them, each linked to its finding', () => {
      const expected = inEnglish.paragraphs.flatMap((paragraph) => paragraph.pieces.filter((piece) => piece.findingIds.length > 0).map((piece) => `${piece.findingIds[0]}:${piece.text}`));
      const claims = [...document.querySelectorAll('table.texts td[lang="fr"] p.translation a.claim')].map((claim) => {
        const copy = claim.cloneNode(true) as Element;
        for (const mark of copy.querySelectorAll('.glyph, .count-badge')) mark.remove();
        return `${decodeURIComponent((claim.getAttribute('href') ?? '').replace('#finding-', ''))}:${copy.textContent ?? ''}`;
      });
      expect(claims.length).toBeGreaterThan(0);
      expect(claims).toEqual(expected);
      expect(document.querySelectorAll('table.texts p.translation a.claim .glyph').length).toBeGreaterThan(0);
    });
  });

  it("shows only the translation in 'translation' mode, and the original above it in 'both'", () => {
    const instead = html(comparison, { reading: { readingMode: 'translation', translations } });
    expect(columnTexts(instead, 0, 'p.para:not(.translation), p.heading:not(.translation)')).toEqual([]);
    expect([...instead.querySelectorAll('p.translation')].every((paragraph) => paragraph.classList.contains('instead'))).toBe(true);

    const both = html(comparison, { reading: { readingMode: 'both', translations } });
    expect(columnTexts(both, 0, 'p.para:not(.translation), p.heading:not(.translation)')).toEqual(originalTexts);
    const cell = both.querySelector('table.texts td[lang="fr"]');
    const [first, second] = [...(cell?.querySelectorAll('p') ?? [])];
    expect(first?.classList.contains('translation')).toBe(false);
    expect(second?.classList.contains('beneath')).toBe(true);
    expect(second?.getAttribute('lang')).toBe('en');
  });

  it('shows the English text in French for a French reader, marked "Traduction"', () => {
    const french = html(comparison, { lang: 'fr', reading: { readingMode: 'both', translations } });
    expect(french.querySelectorAll('table.texts td[lang="fr"] p.translation')).toHaveLength(0);
    const translated = [...french.querySelectorAll('table.texts td[lang="en"] p.translation')];
    expect(translated).toHaveLength(translations.en.paragraphs.length);
    expect(translated.every((paragraph) => paragraph.getAttribute('lang') === 'fr' && paragraph.querySelector('.translation-badge')?.textContent === 'Traduction')).toBe(true);
    expect(french.querySelectorAll('table.texts thead th')[1]?.querySelector('.translated-by')?.textContent).toBe('Traduction française\u00a0: Le projet Atelier de comparaison de sources');
    expectInert(french);
  });

  it('shows the originals where a text has no translation', () => {
    const document = html(comparison, { reading: { readingMode: 'translation', translations: { fr: null, en: translations.en } } });
    expect(document.querySelectorAll('p.translation')).toHaveLength(0);
    expect(columnTexts(document, 0, 'p.para, p.heading')).toEqual(originalTexts);
  });

  it('keeps a hostile translator and translated text as text', () => {
    const hostile = '<script>alert(1)</script>"><img src=x onerror=alert(2)>';
    const file = frEn.replace('translator: The Source comparison workbench project', `translator: '${hostile}'`).replace('# China: no ban', `# ${hostile} China: no ban`);
    const translation = readTranslationFile(file, 'fr.en.md', comparison.sources.fr);
    const document = html(comparison, { reading: { readingMode: 'both', translations: { fr: translation, en: null } } });
    expectInert(document);
    expect(document.querySelector('.translated-by')?.textContent).toBe(`English translation: ${hostile}`);
    expect(document.querySelector('p.translation')?.textContent).toContain(hostile);
  });
});
