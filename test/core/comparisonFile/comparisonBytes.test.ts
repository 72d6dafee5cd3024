import { describe, expect, it } from 'vitest';
import { COMPARISON_FILE_LIMIT, ComparisonFormatError, checkComparisonFileSize, readComparisonBytes, serializeComparison, type FormatIssueCode } from '../../../src/core/comparisonFile/index';
import { readPairBytes } from '../shipped';

function codesOf(read: () => unknown): FormatIssueCode[] {
  try {
    read();
  } catch (error) {
    if (error instanceof ComparisonFormatError) return error.issues.map((issue) => issue.code);
    throw error;
  }
  throw new Error('the bytes were accepted');
}

const encode = (text: string) => new TextEncoder().encode(text);

describe('readComparisonBytes', () => {
  it('reads the shipped file, with or without a byte order mark', () => {
    const bytes = readPairBytes('comparison.json');
    const comparison = readComparisonBytes(bytes);
    expect(comparison.name).toBe('miit-vpn');
    expect(serializeComparison(readComparisonBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes])))).toBe(bytes.toString('utf8'));
  });

  it.each([
    ['an empty file', new Uint8Array(), 'empty'],
    ['white space only', encode(' \n\t '), 'empty'],
    ['UTF-16 text', new Uint8Array([0xff, 0xfe, 0x7b, 0x00]), 'not-utf8'],
    ['a binary file', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), 'binary'],
    ['bytes that are not UTF-8', new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]), 'not-utf8'],
    ['text that is not JSON', encode('fr.md, en.md'), 'not-json'],
    ['JSON of the wrong shape', encode('{"format": "source-comparison/1"}'), 'missing'],
  ] as const)('refuses %s with a coded issue', (_, bytes, code) => {
    expect(codesOf(() => readComparisonBytes(bytes))).toContain(code);
  });

  it('refuses a quote that is not in its text, naming the finding', () => {
    const draft = JSON.parse(readPairBytes('comparison.json').toString('utf8')) as { relations: { fr: { quote: string }[] }[] };
    const span = draft.relations[0]?.fr[0];
    if (span) span.quote = 'not in the text';
    expect(codesOf(() => readComparisonBytes(encode(JSON.stringify(draft))))).toEqual(['quote-mismatch']);
  });
});

describe('checkComparisonFileSize', () => {
  it('lets a file of the limit through and refuses a byte more, before reading it', () => {
    expect(() => checkComparisonFileSize(COMPARISON_FILE_LIMIT)).not.toThrow();
    expect(codesOf(() => checkComparisonFileSize(COMPARISON_FILE_LIMIT + 1))).toEqual(['too-large']);
    expect(COMPARISON_FILE_LIMIT).toBe(20 * 1024 * 1024);
  });
});
