// @vitest-environment jsdom
import { DOMParser as XmlParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdown, escapeXml, escapeXmlAttribute, quoteCssString, stripInvalidCharacters } from '../../../src/core/export/escape';
import { anyText } from './arbitraries';

/** One page for every run, made by DOMParser: it never runs a script nor loads anything. */
const page = new DOMParser().parseFromString('<!doctype html><body></body>', 'text/html');

// Raw HTML on, as many wikis allow: escaping must hold even then.
const markdown = new MarkdownIt({ html: true });

/** HTML reads every CR and CRLF as LF, in text and attributes alike. */
function asHtmlReadsIt(text: string): string {
  return stripInvalidCharacters(text).replace(/\r\n?/g, '\n');
}

describe('stripInvalidCharacters', () => {
  it.each([
    ['a\u0000b\u0001c', 'abc'],
    ['tab\tline\ncr\r', 'tab\tline\ncr\r'],
    ['lone \uD800 high, lone \uDC00 low', 'lone  high, lone  low'],
    ['pair 😀 kept', 'pair 😀 kept'],
    ['\uFFFE\uFFFF\uFFFD', '\uFFFD'],
  ])('turns %j into %j', (input, output) => {
    expect(stripInvalidCharacters(input)).toBe(output);
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that markup uses', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('never lets markup through, in element content or in either kind of quoted attribute', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const escaped = escapeHtml(text);
        const body = page.body;
        body.innerHTML = `<p title="${escaped}" lang='${escaped}'>${escaped}</p>`;
        expect(body.children).toHaveLength(1);
        const paragraph = body.firstElementChild;
        expect(paragraph?.children).toHaveLength(0);
        expect(paragraph?.attributes).toHaveLength(2);
        expect(paragraph?.textContent).toBe(asHtmlReadsIt(text));
        expect(paragraph?.getAttribute('title')).toBe(asHtmlReadsIt(text));
        expect(paragraph?.getAttribute('lang')).toBe(asHtmlReadsIt(text));
      }),
      { numRuns: 300 },
    );
  });
});

describe('escapeXml and escapeXmlAttribute', () => {
  it('write a CDATA end as text', () => {
    expect(escapeXml(']]>')).toBe(']]&gt;');
  });

  // Parsers turn these into line feeds as they read (xmldom even U+2029, which XML 1.1 leaves alone).
  it.each([
    ['\r', '&#13;'],
    ['\u0085', '&#133;'],
    ['\u2028', '&#8232;'],
    ['\u2029', '&#8233;'],
  ])('write the line break %j as a character reference', (character, reference) => {
    expect(escapeXml(`a${character}b`)).toBe(`a${reference}b`);
    expect(escapeXmlAttribute(`a${character}b`)).toBe(`a${reference}b`);
  });

  it('give back exactly the text, less what XML cannot hold, through a real XML parser', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const errors: string[] = [];
        // U+FFFD is a character XML allows; xmldom only warns that it may betray a decoding problem.
        const parser = new XmlParser({
          onError: (level, message) => {
            if (!(level === 'warning' && /replacement character/i.test(message))) errors.push(`${level}: ${message}`);
          },
        });
        const document = parser.parseFromString(`<r a="${escapeXmlAttribute(text)}">${escapeXml(text)}</r>`, 'text/xml');
        expect(errors).toEqual([]);
        const root = document.documentElement;
        expect(root?.childNodes.length).toBeLessThanOrEqual(1);
        expect(root?.firstChild === null || root?.firstChild?.nodeType === 3).toBe(true); // text only, never an element
        expect(root?.textContent).toBe(stripInvalidCharacters(text));
        expect(root?.getAttribute('a')).toBe(stripInvalidCharacters(text));
      }),
      { numRuns: 300 },
    );
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['*bold* and _em_', '\\*bold\\* and \\_em\\_'],
    ['[link](http://x.example/)', '\\[link\\](http://x.example/)'],
    ['# heading', '\\# heading'],
    ['- item', '\\- item'],
    ['1. item', '1\\. item'],
    ['a & b < c', 'a \\& b \\< c'],
    ['two\nlines', 'two lines'],
    ['Le 14\u00a0juillet\u00a0:', 'Le 14\u00a0juillet\u00a0:'],
  ])('writes %j as %j', (input, output) => {
    expect(escapeMarkdown(input)).toBe(output);
  });

  it('renders as exactly the text it was given, raw HTML allowed, wherever it stands in a paragraph', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const expected = stripInvalidCharacters(text).replace(/[ \t\n\r\f\v]+/g, ' ');
        const escaped = escapeMarkdown(text);
        expect(markdown.render(`x ${escaped} x`)).toBe(`<p>x ${markdown.utils.escapeHtml(expected)} x</p>\n`);
        // At the very start of a block, where lists, headings and quotes open: one paragraph of text,
        // give or take the white space that Markdown trims around it.
        if (expected.trim() !== '') {
          const alone = /^<p>([^<]*)<\/p>\n$/.exec(markdown.render(escaped));
          expect(alone?.[1]?.trim()).toBe(markdown.utils.escapeHtml(expected).trim());
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('quoteCssString', () => {
  /** Reads a CSS string literal back, as a CSS parser would. */
  function readCssString(literal: string): string {
    return literal.slice(1, -1).replace(/\\([0-9a-f]{1,6}) ?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
  }

  it('holds neither a quote, a line break nor an angle bracket, and reads back as the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const literal = quoteCssString(text);
        expect(literal).toMatch(/^"[^"<>\n\r\\]*(?:\\[0-9a-f]{1,6} [^"<>\n\r\\]*)*"$/u);
        expect(readCssString(literal)).toBe(stripInvalidCharacters(text));
      }),
      { numRuns: 300 },
    );
  });
});
