import { DOMParser, type Element } from '@xmldom/xmldom';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countFindingsByKind } from '../../../src/core/findings/findings';
import type { Comparison, Finding } from '../../../src/core/model/index';
import { stripInvalidCharacters } from '../../../src/core/export/escape';
import { CREATION_TOOL, toTmx } from '../../../src/core/export/tmx';
import { hostileComparison, shippedComparison } from './fixtures';

/** Parses with a real XML parser; any warning or error fails the test. */
function parseXml(text: string) {
  const problems: string[] = [];
  const document = new DOMParser({ onError: (level, message) => problems.push(`${level}: ${message}`) }).parseFromString(text, 'text/xml');
  expect(problems).toEqual([]);
  return document;
}

function children(element: Element | null | undefined, name: string): Element[] {
  return Array.from(element?.getElementsByTagName(name) ?? []);
}

/** Every unit as [tuid, French segment, English segment]; checks each unit's shape on the way. */
function readUnits(text: string): [string, string, string][] {
  const units = children(parseXml(text).documentElement, 'tu');
  return units.map((unit) => {
    expect(children(unit, 'prop').find((prop) => prop.getAttribute('type') === 'x-relation-kind')?.textContent).toBe('match');
    const variants = children(unit, 'tuv');
    expect(variants.map((variant) => variant.getAttribute('xml:lang'))).toEqual(['fr', 'en']);
    expect(children(unit, '*').every((element) => ['prop', 'tuv', 'seg'].includes(element.tagName))).toBe(true);
    return [unit.getAttribute('tuid') ?? '', children(variants[0], 'seg')[0]?.textContent ?? '', children(variants[1], 'seg')[0]?.textContent ?? ''];
  });
}

function flat(quote: string | undefined): string {
  return (quote ?? '').trim().replace(/\s+/g, ' ');
}

describe('toTmx on the shipped comparison', () => {
  const comparison = shippedComparison();
  const text = toTmx(comparison);

  it('is TMX 1.4 with the header translation tools need', () => {
    const document = parseXml(text);
    expect(document.documentElement?.tagName).toBe('tmx');
    expect(document.documentElement?.getAttribute('version')).toBe('1.4');
    const header = children(document.documentElement, 'header')[0];
    expect(Object.fromEntries(['srclang', 'adminlang', 'segtype', 'o-tmf', 'datatype', 'creationtool', 'creationtoolversion'].map((name) => [name, header?.getAttribute(name)]))).toEqual({
      srclang: 'fr',
      adminlang: 'en',
      segtype: 'sentence',
      'o-tmf': 'source-comparison/1',
      datatype: 'plaintext',
      creationtool: 'source-comparison-workbench',
      creationtoolversion: CREATION_TOOL.version,
    });
  });

  it('names the version the package has', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
    expect(CREATION_TOOL).toEqual({ name: pkg.name, version: pkg.version });
  });

  it('holds one unit per matched sentence pair: no discrepancy, and never quotes from different places joined', () => {
    const coreDenial = comparison.relations.find((finding) => finding.id === 'core-denial');
    // core-denial quotes two French sentences and the two English sentences that say the same;
    // the other matches answer one French quote with English quotes pages apart, and give none.
    expect(readUnits(text)).toEqual([
      ['core-denial.1', flat(coreDenial?.fr[0]?.quote), flat(coreDenial?.en[0]?.quote)],
      ['core-denial.2', flat(coreDenial?.fr[1]?.quote), flat(coreDenial?.en[1]?.quote)],
    ]);
    const counts = countFindingsByKind(comparison.relations);
    const note = children(parseXml(text).documentElement, 'note')[0]?.textContent;
    expect(note).toContain('2 sentence pairs from 1 match.');
    expect(note).toContain(`${counts.discrepancy} discrepancies, ${counts['only-fr']} claims only in the French source, ${counts['only-en']} only in the English source.`);
    expect(note).toContain(`Left out too: ${counts.match - 1} matches whose quotes stand in places that cannot be paired one to one.`);
  });
});

describe('toTmx on matches of every shape', () => {
  const shipped = shippedComparison();
  const fr = shipped.sources.fr.text;
  const en = shipped.sources.en.text;
  const span = (text: string, start: number, end: number) => ({ start, end, quote: text.slice(start, end) });
  const match = (id: string, frSpans: ReturnType<typeof span>[], enSpans: ReturnType<typeof span>[]): Finding => ({
    id,
    kind: 'match',
    fr: frSpans,
    en: enSpans,
    aspects: [],
    note: { fr: '', en: '' },
    origin: 'curated',
    confidence: null,
  });
  const withFindings = (findings: Finding[]): Comparison => ({ ...shipped, relations: findings });

  it('joins quotes that follow each other with only white space between, and pairs them with one passage', () => {
    // Two French sentences in a row (a paragraph break between them) against one English passage.
    const text = toTmx(withFindings([match('m', [span(fr, 179, 322), span(fr, 325, 505)], [span(en, 2190, 2543)])]));
    expect(readUnits(text)).toEqual([['m', `${flat(fr.slice(179, 322))} ${flat(fr.slice(325, 505))}`, flat(en.slice(2190, 2543))]]);
  });

  it('gives nothing for a match whose quotes of one side stand apart, and counts it', () => {
    const text = toTmx(withFindings([match('apart', [span(fr, 762, 840)], [span(en, 0, 35), span(en, 1700, 1780)])]));
    expect(readUnits(text)).toEqual([]);
    expect(children(parseXml(text).documentElement, 'note')[0]?.textContent).toContain('Left out too: 1 match whose quotes stand in places');
  });
});

describe('toTmx with findings a reader judged', () => {
  it('leaves out the matches a reader rejected, and says how many', () => {
    const shipped = shippedComparison();
    const rejected = new Set(['core-denial', 'who-when-where']);
    const judged: Comparison = {
      ...shipped,
      relations: shipped.relations.map((finding) =>
        rejected.has(finding.id) ? { ...finding, status: 'rejected' as const } : finding.id === 'lost-negation' ? { ...finding, status: 'confirmed' as const } : finding,
      ),
    };
    const text = toTmx(judged);
    expect(readUnits(text)).toEqual([]);
    const note = children(parseXml(text).documentElement, 'note')[0]?.textContent;
    expect(note).toContain('0 sentence pairs from 0 matches.');
    expect(note).toContain('Left out too: 1 match a reader rejected.');
    expect(children(parseXml(toTmx(shipped)).documentElement, 'note')[0]?.textContent).not.toContain('rejected');
  });
});

describe('toTmx on hostile content', () => {
  const comparison = hostileComparison();

  it('always parses, and keeps every quote as text, less what XML cannot hold', () => {
    const text = toTmx(comparison);
    const matches = comparison.relations.filter((finding) => finding.kind === 'match');
    expect(readUnits(text)).toEqual(matches.map((finding) => [finding.id, stripInvalidCharacters(flat(finding.fr[0]?.quote)), stripInvalidCharacters(flat(finding.en[0]?.quote))]));
    expect(matches.length).toBeGreaterThan(3);
    expect(text).not.toContain('<script');
    expect(text).toContain('&lt;script&gt;');
  });
});
