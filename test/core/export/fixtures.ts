/**
 * The exports' fixtures: the shipped comparison, and a hostile one whose texts, quotes, notes, ids,
 * titles and name hold what breaks careless writers: markup and event handlers, CDATA ends,
 * entities, spreadsheet formulas, emoji and other characters outside the Basic Multilingual Plane
 * (they shift code point offsets), control characters and a lone surrogate.
 */
import { parseComparison } from '../../../src/core/comparisonFile/index';
import type { ExportOptions } from '../../../src/core/export/index';
import { joinParagraphs } from '../../../src/core/intake/sourceFile';
import { FINDING_KINDS, type Comparison, type Finding } from '../../../src/core/model/index';
import shipped from '../../../sources/miit-vpn/comparison.json';
import { stripInvalidCharacters } from '../../../src/core/export/escape';

/** The shipped comparison, validated as the app validates it (imported, so that it loads in a jsdom test too). */
export function shippedComparison(): Comparison {
  return parseComparison(shipped);
}

/** Every string an export must carry as text and never as markup, a formula or a broken file. */
export const HOSTILE_STRINGS = [
  '<script>window.__pwned = 1</script>',
  '"><img src=x onerror="window.__pwned = 2">',
  "'><svg onload=alert(1)>",
  'a ]]> b <![CDATA[ c',
  '&amp; & &lt; &#60; &#x3C;',
  '=HYPERLINK("http://evil.example/","click")',
  '+SUM(1,2)',
  '-2+3',
  '@cmd',
  '\t=1',
  '😀 𝔸𝔹 👩‍👩‍👧 ✓',
  '</style><style>body{background:url(http://evil.example/x.png)}</style>',
  '*bold* _em_ [link](http://evil.example/) ![img](http://evil.example/i.png) `code` # not a heading | a | b |',
  '1. not a list',
  'line\r\nbreak, "quoted", comma; and\nnewline',
  'control \u0000\u0001\u000b and \uFFFE and a lone \uD800 half',
  'javascript:alert(1)',
] as const;

/** Hostile strings that a markup escape must keep whole (the last ones lose characters no format can hold). */
export const PRINTABLE_HOSTILE = HOSTILE_STRINGS.filter((text) => stripInvalidCharacters(text) === text);

const SHELL = { fr: ['Avant : ', ' — après.'], en: ['Before: ', ' — after.'] } as const;

/**
 * A valid comparison with one paragraph per hostile string in each text, each string quoted by a
 * finding of a kind taken in turn, with hostile notes; an emoji paragraph comes first in both texts
 * so that every later offset differs between code units and code points.
 */
export function hostileComparison(): Comparison {
  const lead = '🧪 Emoji first: 𝔸 shifts every offset after it.';
  const paragraphs = {
    fr: [lead, ...HOSTILE_STRINGS.map((text) => `${SHELL.fr[0]}${text}${SHELL.fr[1]}`)],
    en: [lead, ...HOSTILE_STRINGS.map((text) => `${SHELL.en[0]}${text}${SHELL.en[1]}`)],
  };
  const fr = joinParagraphs(paragraphs.fr);
  const en = joinParagraphs(paragraphs.en);
  const spanIn = (lang: 'fr' | 'en', paragraph: number, quote: string) => {
    const start = (lang === 'fr' ? fr : en).paragraphs[paragraph]?.[0] ?? 0;
    return { start: start + SHELL[lang][0].length, end: start + SHELL[lang][0].length + quote.length, quote };
  };
  const findings: Finding[] = HOSTILE_STRINGS.map((text, index) => {
    const kind = FINDING_KINDS[index % FINDING_KINDS.length] ?? 'match';
    const other = HOSTILE_STRINGS[(index + 5) % HOSTILE_STRINGS.length] ?? '';
    return {
      id: index === 1 ? `"><b id=x>r${index}` : `r${index}-${kind}`,
      kind,
      fr: kind === 'only-en' ? [] : [spanIn('fr', index + 1, text)],
      en: kind === 'only-fr' ? [] : [spanIn('en', index + 1, text)],
      aspects: kind === 'discrepancy' ? ['date', 'actor'] : [],
      note: { fr: `Note FR ${text} ${other}`, en: `Note EN ${other} ${text}` },
      origin: index % 2 === 0 ? 'curated' : 'automatic',
      confidence: index % 2 === 0 ? null : 0.5,
    };
  });
  const source = (lang: 'fr' | 'en', text: string, ranges: readonly (readonly [number, number])[]) => ({
    lang,
    title: `Titre <script>alert("${lang}")</script> & ]]> 😀`,
    outlet: '"><img src=x onerror=alert(1)>',
    published: '2017-07-14',
    publishedTime: '=1+1',
    updated: null,
    byline: ['<b>Byline</b>'],
    editors: [],
    kind: 'news-article' as const,
    url: 'javascript:alert(1)',
    text,
    paragraphs: ranges,
    headings: [0],
    excluded: [{ text: '<iframe src="http://evil.example/">', reason: 'share' as const }],
  });
  return parseComparison({
    format: 'source-comparison/1',
    name: 'hostile"><script>alert(1)</script>',
    sources: { fr: source('fr', fr.text, fr.paragraphs), en: source('en', en.text, en.paragraphs) },
    alignment: paragraphs.fr.map((_, index) => ({ fr: [index], en: [index], score: null })),
    relations: findings,
  });
}

export const EXPORT_OPTIONS: ExportOptions = { lang: 'en', readingMode: 'original', exportedOn: '2026-11-22', kinds: null };
