import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseComparison } from '../../../src/core/comparisonFile/index';
import { joinParagraphs } from '../../../src/core/intake/sourceFile';
import { FINDING_KINDS, type Comparison, type Finding, type FindingKind, type Source } from '../../../src/core/model/index';
import { layoutReadingRows } from '../../../src/core/reading/index';
import { readPairFile } from '../shipped';

const ALL = new Set<FindingKind>(FINDING_KINDS);

function source(lang: 'fr' | 'en', paragraphs: string[]): Source {
  const { text, paragraphs: ranges } = joinParagraphs(paragraphs);
  return { lang, title: '', outlet: null, published: null, publishedTime: null, updated: null, byline: [], editors: [], kind: null, url: null, text, paragraphs: ranges, headings: [0], excluded: [] };
}

function quote(text: string, words: string, from = 0) {
  const start = text.indexOf(words, from);
  if (start === -1) throw new Error(`fixture: "${words}" is not in the text`);
  return { start, end: start + words.length, quote: words };
}

const fr = source('fr', ['Le titre', 'Le ministère a démenti mercredi.', 'Un paragraphe seul.']);
const en = source('en', ['The title', 'The ministry denied it on Monday.']);
const finding = (id: string, kind: FindingKind, frQuotes: string[], enQuotes: string[]): Finding => ({
  id,
  kind,
  fr: frQuotes.map((q) => quote(fr.text, q)),
  en: enQuotes.map((q) => quote(en.text, q)),
  aspects: kind === 'discrepancy' ? ['date'] : [],
  note: { fr: 'note', en: 'note' },
  origin: 'curated',
  confidence: null,
});
const small: Comparison = parseComparison({
  format: 'source-comparison/1',
  name: 'small',
  sources: { fr, en },
  alignment: [
    { fr: [0], en: [0], score: null },
    { fr: [1], en: [1], score: null },
    { fr: [2], en: [], score: null },
  ],
  relations: [
    finding('denial', 'match', ['Le ministère a démenti mercredi.'], ['The ministry denied it on Monday.']),
    finding('weekday', 'discrepancy', ['mercredi'], ['on Monday']),
    finding('alone', 'only-fr', ['Un paragraphe seul.'], []),
  ],
});

describe('layoutReadingRows', () => {
  it('makes one row per bead and leaves the side with no paragraph empty', () => {
    const rows = layoutReadingRows(small, ALL);
    expect(rows.map((row) => [row.fr.map((p) => p.index), row.en.map((p) => p.index)])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], []],
    ]);
    expect(rows[0]?.fr[0]?.isHeading).toBe(true);
    expect(rows[1]?.fr[0]?.isHeading).toBe(false);
  });

  it('cuts a paragraph at each quote boundary and lists the most specific finding first', () => {
    const pieces = layoutReadingRows(small, ALL)[1]?.fr[0]?.pieces ?? [];
    expect(pieces.map((piece) => [piece.text, piece.findingIds])).toEqual([
      ['Le ministère a démenti ', ['denial']],
      ['mercredi', ['weekday', 'denial']],
      ['.', ['denial']],
    ]);
  });

  it('leaves the text plain where the kind is filtered out', () => {
    const pieces = layoutReadingRows(small, new Set<FindingKind>(['match']))[1]?.en[0]?.pieces ?? [];
    expect(pieces.map((piece) => [piece.text, piece.findingIds])).toEqual([['The ministry denied it on Monday.', ['denial']]]);
    const plain = layoutReadingRows(small, new Set<FindingKind>())[2]?.fr[0]?.pieces ?? [];
    expect(plain).toEqual([{ start: fr.paragraphs[2]?.[0], end: fr.paragraphs[2]?.[1], text: 'Un paragraphe seul.', findingIds: [] }]);
  });

  it('tiles each paragraph of the shipped pair exactly, and marks every quoted character with its finding, whatever is filtered', () => {
    const shipped = parseComparison(readPairFile('comparison.json'));
    fc.assert(
      fc.property(fc.subarray([...FINDING_KINDS]), (kinds) => {
        const shown = new Set(kinds);
        const rows = layoutReadingRows(shipped, shown);
        for (const lang of ['fr', 'en'] as const) {
          const views = rows.flatMap((row) => row[lang]);
          expect(views.map((view) => view.index)).toEqual(shipped.sources[lang].paragraphs.map((_, i) => i));
          views.forEach((view) => {
            const [start, end] = shipped.sources[lang].paragraphs[view.index] ?? [0, 0];
            expect(view.pieces.map((piece) => piece.text).join('')).toBe(shipped.sources[lang].text.slice(start, end));
            for (const piece of view.pieces) {
              const expected = shipped.relations
                .filter((r) => shown.has(r.kind) && r[lang].some((span) => span.start <= piece.start && span.end >= piece.end))
                .map((r) => r.id);
              expect([...piece.findingIds].sort()).toEqual(expected.sort());
            }
          });
        }
      }),
      { numRuns: 16 },
    );
  });
});
