/**
 * docs/comparison-format.md describes the comparison file to people who write one by hand or read
 * one with their own tools: its example must load, and the errors it quotes must be the loader's.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseComparison } from '../../src/core/comparisonFile/index';

const page = readFileSync(new URL('../../docs/comparison-format.md', import.meta.url), 'utf8');

/** The page's one JSON example, as a value. */
function example(): { sources: { en: Record<string, unknown> }; alignment: { fr: number[] }[]; relations: { fr: { start: number }[] }[] } {
  const block = /```json\n([\s\S]*?)\n```/.exec(page)?.[1];
  if (block === undefined) throw new Error('docs/comparison-format.md has no ```json example');
  return JSON.parse(block) as ReturnType<typeof example>;
}

/** The loader's message for a comparison, or null when it loads. */
function loadError(value: unknown): string | null {
  try {
    parseComparison(value);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

describe('docs/comparison-format.md', () => {
  it('gives an example that loads', () => {
    expect(loadError(example())).toBeNull();
  });

  it.each([
    [
      'a quote moved by one',
      (value: ReturnType<typeof example>) => {
        const span = value.relations[0]?.fr[0];
        if (span) span.start += 1;
      },
    ],
    [
      'two paragraphs aligned out of order',
      (value: ReturnType<typeof example>) => {
        const [, second, third] = value.alignment;
        if (second && third) [second.fr, third.fr] = [third.fr, second.fr];
      },
    ],
    ['a missing outlet', (value: ReturnType<typeof example>) => void delete value.sources.en['outlet']],
  ])('quotes the loader’s own words for %s', (_, breakIt) => {
    const value = example();
    breakIt(value);
    const message = loadError(value);
    expect(message).not.toBeNull();
    expect(page).toContain(`    ${message ?? ''}\n`);
  });
});
