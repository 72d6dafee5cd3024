import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The colour pairs the style sheets draw, checked against WCAG 2.2: 4.5:1 for text, 3:1 for glyphs
 * and focus rings. Colours are read from base.css, for the light theme and the dark one.
 */
const css = readFileSync(join(import.meta.dirname, '../../src/ui/styles/base.css'), 'utf8');

function readPalette(block: string): Map<string, string> {
  return new Map([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((match) => [match[1] ?? '', (match[2] ?? '').toLowerCase()]));
}

const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
const themes = {
  light: readPalette(css.slice(0, darkStart)),
  dark: readPalette(css.slice(darkStart, css.indexOf('\n}\n', darkStart))),
};

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

const KINDS = ['match', 'discrepancy', 'only-fr', 'only-en'];
const GROUNDS = ['paper', 'surface', 'surface-sunk'];

const textPairs: [string, string][] = [
  ...[...GROUNDS, ...KINDS.flatMap((kind) => [`${kind}-bg`, `${kind}-lit`])].map((ground): [string, string] => ['ink', ground]),
  ...[...GROUNDS, ...KINDS.map((kind) => `${kind}-bg`)].map((ground): [string, string] => ['ink-muted', ground]),
  ['brand', 'surface'],
  ['brand', 'surface-sunk'],
  ['brand-ink', 'brand'],
  ['surface', 'ink'],
  ...KINDS.map((kind): [string, string] => [kind, 'surface']),
];

const graphicPairs: [string, string][] = [
  ...KINDS.flatMap((kind) => [`${kind}-bg`, `${kind}-lit`].map((ground): [string, string] => [kind, ground])),
  ['focus', 'surface'],
  ['focus', 'paper'],
];

describe.each(Object.entries(themes))('the %s theme', (_name, palette) => {
  const color = (name: string) => {
    const value = palette.get(name);
    if (!value) throw new Error(`--${name} is not defined`);
    return value;
  };

  it.each(textPairs)('draws text in --%s on --%s at 4.5:1 or more', (fore, back) => {
    expect(contrast(color(fore), color(back))).toBeGreaterThanOrEqual(4.5);
  });

  it.each(graphicPairs)('draws glyphs in --%s on --%s at 3:1 or more', (fore, back) => {
    expect(contrast(color(fore), color(back))).toBeGreaterThanOrEqual(3);
  });
});
