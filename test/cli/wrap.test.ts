import { describe, expect, it } from 'vitest';
import { shortenQuote, wrapText } from '../../src/cli/wrap';

const PROSE =
  'The French attributes the statements to the ministry, speaking on Wednesday to the national news site thepaper.cn; the English to Zhang Feng, at a press conference.';

describe('wrapText', () => {
  it.each([20, 40, 80])('keeps every line within %i characters and every word in order', (width) => {
    const lines = wrapText(PROSE, width, '    ', '  ');
    for (const line of lines) expect(Array.from(line).length).toBeLessThanOrEqual(width);
    expect(lines.join(' ').split(/\s+/).filter(Boolean).join(' ')).toBe(PROSE);
  });

  it('starts the first line with its own indent and the others with the hanging one', () => {
    expect(wrapText('one two three four', 12, '>>', '-')).toEqual(['-one two', '>>three four']);
  });

  it('never breaks at a no-break space', () => {
    const lines = wrapText('Comparaison «\u00a0miit-vpn\u00a0»\u00a0: deux récits', 16, '');
    expect(lines).toContain('«\u00a0miit-vpn\u00a0»\u00a0:');
  });

  it('puts a word longer than the line on a line of its own', () => {
    expect(wrapText('a https://example.org/a/very/long/address b', 10, '')).toEqual(['a', 'https://example.org/a/very/long/address', 'b']);
  });
});

describe('shortenQuote', () => {
  it('leaves a quote that fits as it is', () => {
    expect(shortenQuote('VPN legal operation is not affected', 40)).toBe('VPN legal operation is not affected');
  });

  it('cuts a long quote at a word boundary and marks the cut', () => {
    const short = shortenQuote(PROSE, 60);
    expect(Array.from(short).length).toBeLessThanOrEqual(60);
    expect(short.endsWith('…')).toBe(true);
    expect(PROSE.startsWith(short.slice(0, -1))).toBe(true);
    expect(PROSE[short.length - 1]).toMatch(/[\s,;]/); // the cut falls between words
  });

  it('never splits a character made of two code units', () => {
    const short = shortenQuote('😀'.repeat(30), 10);
    expect(short).toBe(`${'😀'.repeat(9)}…`);
  });
});
