/**
 * The golden test: the real shipped sources, read from disk, hold together as the product
 * promises. Quotes are the text; every sentence is judged; notes speak both languages; the page
 * chrome is accounted for and never compared.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseComparison } from '../../src/core/comparisonFile/index';
import { readSourceFile } from '../../src/core/intake/index';
import { LANGS, type Comparison, type Lang, type Finding } from '../../src/core/model/index';
import { segmentSentences } from '../../src/core/text/segment';
import { readPairBytes, readPairFile } from './shipped';

const comparison: Comparison = parseComparison(readPairFile('comparison.json'));
const sourceFiles = { fr: readSourceFile(readPairFile('fr.md'), 'fr.md'), en: readSourceFile(readPairFile('en.md'), 'en.md') };
const originals: Record<Lang, { name: string; sha256: string }> = {
  fr: { name: 'original/000_9676db81d7249598.txt', sha256: 'c48632dfd18cafb4ee4443e0dbf5c1ffe2a87bec403a8cfdbd967ffcafce1797' },
  en: { name: 'original/001_1f6d578e237e9855.txt', sha256: 'ff72b9399b69922750c604972030f9ca5d8089b26bfdba67454be145e06d46b6' },
};

const normalize = (line: string) => line.replace(/[\s\u00a0]+/g, ' ').trim();

describe('the shipped comparison (sources/miit-vpn)', () => {
  it('keeps the documents as received, byte for byte', () => {
    for (const lang of LANGS) {
      const digest = createHash('sha256').update(readPairBytes(originals[lang].name)).digest('hex');
      expect(digest, originals[lang].name).toBe(originals[lang].sha256);
    }
  });

  it('compares exactly the structured sources, fr.md and en.md, metadata included', () => {
    expect(comparison.sources.fr).toEqual(sourceFiles.fr);
    expect(comparison.sources.en).toEqual(sourceFiles.en);
  });

  it('accounts for every line of the documents as received: in the body, in the metadata, or excluded with a reason', () => {
    for (const lang of LANGS) {
      const source = comparison.sources[lang];
      const body = source.paragraphs.map(([start, end]) => normalize(source.text.slice(start, end)));
      const excluded = source.excluded.map((entry) => normalize(entry.text));
      const lines = readPairFile(originals[lang].name).split('\n').map(normalize).filter((line) => line !== '');
      for (const line of lines) {
        expect(body.includes(line) || excluded.includes(line), `${lang}: "${line}"`).toBe(true);
      }
      expect(lines.length).toBe(body.length + excluded.length);
    }
  });

  it('moves what the page chrome says into the metadata', () => {
    expect(comparison.sources.fr).toMatchObject({ published: '2017-07-14', publishedTime: '11h03', updated: '11h05 le 14/07', editors: ['Guangqi CUI', 'Wei SHAN'] });
    expect(comparison.sources.en).toMatchObject({ published: '2020-05-05', kind: 'blog-press-conference' });
  });

  it('never compares or quotes page chrome', () => {
    for (const lang of LANGS) {
      const source = comparison.sources[lang];
      for (const { text } of source.excluded) {
        const chrome = normalize(text);
        for (const [start, end] of source.paragraphs) expect(normalize(source.text.slice(start, end))).not.toBe(chrome);
        for (const finding of comparison.relations) {
          for (const span of finding[lang]) expect(normalize(span.quote)).not.toContain(chrome.length > 3 ? chrome : '\u0000');
        }
      }
    }
  });

  it('quotes exactly the text at each quote\'s offsets', () => {
    for (const finding of comparison.relations) {
      for (const lang of LANGS) {
        for (const span of finding[lang]) {
          expect(comparison.sources[lang].text.slice(span.start, span.end), finding.id).toBe(span.quote);
        }
      }
    }
  });

  it('puts every sentence of both bodies in at least one finding', () => {
    for (const lang of LANGS) {
      const source = comparison.sources[lang];
      const spans = comparison.relations.flatMap((finding) => finding[lang]);
      for (const paragraph of source.paragraphs) {
        for (const [start, end] of segmentSentences(source.text, lang, paragraph)) {
          const covered = spans.some((span) => span.start < end && span.end > start);
          expect(covered, `${lang}: "${source.text.slice(start, end)}"`).toBe(true);
        }
      }
    }
  });

  it('explains every finding in French and in English, and names what differs in each discrepancy', () => {
    for (const finding of comparison.relations) {
      expect(finding.note.fr.length, finding.id).toBeGreaterThan(40);
      expect(finding.note.en.length, finding.id).toBeGreaterThan(40);
      expect(finding.note.fr).not.toBe(finding.note.en);
      expect(finding.origin).toBe('curated');
      expect(finding.aspects.length > 0, finding.id).toBe(finding.kind === 'discrepancy');
    }
  });

  it('aligns every paragraph exactly once, in reading order', () => {
    for (const lang of LANGS) {
      const used = comparison.alignment.flatMap((bead) => bead[lang]);
      expect(used).toEqual(comparison.sources[lang].paragraphs.map((_, index) => index));
    }
  });

  it('finds what a fact-checker looks for: the shared denial, the one-source claims, the dates that do not fit', () => {
    const quoting = (lang: Lang, words: string): Finding[] =>
      comparison.relations.filter((finding) => finding[lang].some((span) => span.quote.includes(words)));
    const kinds = (findings: Finding[]) => findings.map((finding) => finding.kind);
    expect(kinds(quoting('en', 'foreign media reports have been untrue'))).toContain('match');
    expect(kinds(quoting('fr', 'sont donc erronées'))).toContain('match');
    expect(kinds(quoting('fr', 'Chuanglian VPN'))).toEqual(['only-fr']);
    expect(kinds(quoting('en', 'Chongqing'))).toEqual(['only-en']);
    expect(kinds(quoting('en', 'January 23, 1996'))).toEqual(['only-en']);
    expect(kinds(quoting('en', '15,000 yuan'))).toEqual(['only-en']);
    const january = quoting('en', 'in January this year');
    expect(january.map((finding) => [finding.kind, finding.aspects])).toEqual([['discrepancy', ['date']]]);
    const channel = quoting('fr', 'mercredi au média');
    expect(channel[0]?.aspects).toEqual(expect.arrayContaining(['actor', 'venue', 'date']));
    expect(kinds(quoting('en', 'Normal operation has an impact.'))).toEqual(['discrepancy']);
  });
});
