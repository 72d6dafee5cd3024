import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderFindings } from '../../../src/core/findings/index';
import type { Finding } from '../../../src/core/model/index';
import { stripInvalidCharacters } from '../../../src/core/export/escape';
import { CSV_COLUMNS, QUOTE_SEPARATOR, toCsv, writeCell } from '../../../src/core/export/csv';
import { anyText } from './arbitraries';
import { hostileComparison, shippedComparison } from './fixtures';

/** A strict RFC 4180 reader: CRLF between records, quoted fields with doubled quotes; anything else throws. */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let at = 0;
  for (;;) {
    let field = '';
    if (text[at] === '"') {
      at += 1;
      for (;;) {
        const close = text.indexOf('"', at);
        if (close === -1) throw new Error(`unclosed quote at ${at}`);
        field += text.slice(at, close);
        at = close + 1;
        if (text[at] !== '"') break;
        field += '"';
        at += 1;
      }
    } else {
      const end = text.slice(at).search(/[,\r\n"]/);
      const stop = end === -1 ? text.length : at + end;
      if (text[stop] === '"') throw new Error(`a quote inside an unquoted field at ${stop}`);
      if (text[stop] === '\n' || (text[stop] === '\r' && text[stop + 1] !== '\n')) throw new Error(`a bare line break at ${stop}`);
      field = text.slice(at, stop);
      at = stop;
    }
    record.push(field);
    if (text[at] === ',') {
      at += 1;
    } else if (text.startsWith('\r\n', at)) {
      records.push(record);
      record = [];
      at += 2;
      if (at === text.length) return records;
    } else {
      throw new Error(`expected a comma or CRLF at ${at}, found ${JSON.stringify(text[at])}`);
    }
  }
}

/** What a cell holds once read: the text, and a leading apostrophe that neutralises a formula taken off. */
function unneutralise(cell: string): string {
  return /^''*[=+\-@\t\r\n＝＋－＠]/.test(cell) ? cell.slice(1) : cell;
}

describe('toCsv on the shipped comparison', () => {
  const comparison = shippedComparison();
  const text = toCsv(comparison);

  it('starts with a byte order mark and a header row', () => {
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(readCsv(text.slice(1))[0]).toEqual([...CSV_COLUMNS]);
  });

  it('has one row per finding, in reading order, with both quotes and both notes', () => {
    const [, ...rows] = readCsv(text.slice(1));
    const ordered = orderFindings(comparison);
    expect(rows).toHaveLength(ordered.length);
    rows.forEach((row, index) => {
      const finding = ordered[index];
      expect(row).toEqual([
        finding?.id,
        finding?.kind,
        finding?.aspects.join('; '),
        finding?.fr.map((span) => span.quote).join(QUOTE_SEPARATOR),
        finding?.en.map((span) => span.quote).join(QUOTE_SEPARATOR),
        finding?.note.fr,
        finding?.note.en,
        finding?.origin,
        finding?.confidence === null ? '' : String(finding?.confidence),
        finding?.status ?? '',
        // No reader edited the shipped findings or their notes.
        '',
        '',
        '',
      ]);
    });
  });
});

describe('toCsv with statuses', () => {
  it('writes each status as its code in its column, and nothing for a curated finding without one', () => {
    const shipped = shippedComparison();
    const statuses = ['automatic', 'confirmed', 'rejected'] as const;
    const comparison = { ...shipped, relations: shipped.relations.map((finding, index) => (index < statuses.length ? { ...finding, status: statuses[index] } : finding)) };
    const [header, ...rows] = readCsv(toCsv(comparison).slice(1));
    const column = header?.indexOf('status') ?? -1;
    expect(column).toBe(9);
    const byId = new Map(rows.map((row) => [row[0], row[column]]));
    comparison.relations.forEach((finding, index) => expect(byId.get(finding.id), finding.id).toBe(statuses[index] ?? ''));
  });
});

describe('toCsv with a reader’s edits', () => {
  it('says which findings a reader edited, with no engine confidence, and how each note stands, after the older columns', () => {
    const [first] = shippedComparison().relations;
    if (!first) throw new Error('the shipped comparison has no finding');
    const engine: Finding = { ...first, origin: 'automatic', confidence: 0.91, status: 'confirmed' };
    const edited: Finding = { ...engine, edited: true, noteStanding: { fr: 'outdated', en: 'reader' } };
    const comparison = { ...shippedComparison(), relations: [engine, { ...edited, id: 'edited' }] };
    const [header, ...rows] = readCsv(toCsv(comparison).slice(1));
    expect(header?.slice(8)).toEqual(['confidence', 'status', 'edited', 'note_fr_standing', 'note_en_standing']);
    expect(rows.map((row) => row.slice(8))).toEqual([
      ['0.91', 'confirmed', '', '', ''],
      ['', 'confirmed', 'true', 'outdated', 'reader'],
    ]);
  });
});

describe('toCsv on hostile content', () => {
  it('neutralises every cell a spreadsheet would run as a formula, and keeps the text', () => {
    const comparison = hostileComparison();
    const [, ...rows] = readCsv(toCsv(comparison).slice(1));
    const ordered = orderFindings(comparison);
    const formulas = rows.flat().filter((cell) => /^'[=+\-@\t\r]/.test(cell));
    expect(formulas.length).toBeGreaterThanOrEqual(5);
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    rows.forEach((row, index) => expect(unneutralise(row[3] ?? '')).toBe(stripInvalidCharacters(ordered[index]?.fr.map((span) => span.quote).join(QUOTE_SEPARATOR) ?? '')));
  });
});

describe('writeCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['=HYPERLINK("http://x.example/")', `"'=HYPERLINK(""http://x.example/"")"`],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ["'+1", "''+1"],
    ["it's", "it's"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['\n=1+1', `"'\n=1+1"`],
    ['\r\n=HYPERLINK("http://x.example/")', `"'\r\n=HYPERLINK(""http://x.example/"")"`],
    ['＝1+1', "'＝1+1"],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠SUM(A1)', "'＠SUM(A1)"],
    ['😀 𝔸', '😀 𝔸'],
  ])('writes %j as %j', (value, cell) => {
    expect(writeCell(value)).toBe(cell);
  });

  it('reads back as the text, never as a formula, whatever the text', () => {
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 1, maxLength: 5 }), (values) => {
        const [row] = readCsv(`${values.map(writeCell).join(',')}\r\n`);
        expect(row?.map(unneutralise)).toEqual(values.map(stripInvalidCharacters));
        for (const cell of row ?? []) expect(cell).not.toMatch(/^[=+\-@\t\r\n＝＋－＠]/);
      }),
      { numRuns: 300 },
    );
  });
});
