import { DOMParser, type Element } from '@xmldom/xmldom';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countRelationsByKind, type Comparison, type Relation } from '../../../src/core/index';
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

function joined(relation: Relation, lang: 'fr' | 'en'): string {
  return relation[lang].map((span) => span.quote.trim().replace(/\s+/g, ' ')).join(' ');
}

function expectPairs(comparison: Comparison, text: string): Element[] {
  const document = parseXml(text);
  const units = children(document.documentElement, 'tu');
  const paired = comparison.relations.filter((relation) => relation.kind === 'match' || relation.kind === 'discrepancy');
  expect(units.map((unit) => unit.getAttribute('tuid')).sort()).toEqual(paired.map((relation) => relation.id).sort());
  for (const unit of units) {
    const relation = paired.find((candidate) => candidate.id === unit.getAttribute('tuid'));
    if (!relation) throw new Error('a unit names no relation');
    expect(children(unit, 'prop').find((prop) => prop.getAttribute('type') === 'x-relation-kind')?.textContent).toBe(relation.kind);
    const variants = children(unit, 'tuv');
    expect(variants.map((variant) => variant.getAttribute('xml:lang'))).toEqual(['fr', 'en']);
    expect(children(variants[0], 'seg')[0]?.textContent).toBe(stripInvalidCharacters(joined(relation, 'fr')));
    expect(children(variants[1], 'seg')[0]?.textContent).toBe(stripInvalidCharacters(joined(relation, 'en')));
    expect(children(unit, '*').every((element) => ['prop', 'tuv', 'seg'].includes(element.tagName))).toBe(true);
  }
  return units;
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

  it('pairs the quotes of every match and discrepancy, and says how many one-source claims are left out', () => {
    const counts = countRelationsByKind(comparison.relations);
    expect(expectPairs(comparison, text)).toHaveLength(counts.match + counts.discrepancy);
    const note = children(parseXml(text).documentElement, 'note')[0]?.textContent;
    expect(note).toContain(`${counts.match + counts.discrepancy} aligned pairs`);
    expect(note).toContain(`${counts['only-fr']} claims only in the French source, ${counts['only-en']} only in the English source`);
  });
});

describe('toTmx with relations a reader judged', () => {
  it('leaves out the pairs a reader rejected, and says how many', () => {
    const shipped = shippedComparison();
    const rejected = new Set(['core-denial', 'who-when-where']);
    const judged: Comparison = {
      ...shipped,
      relations: shipped.relations.map((relation) =>
        rejected.has(relation.id) ? { ...relation, status: 'rejected' as const } : relation.id === 'lost-negation' ? { ...relation, status: 'confirmed' as const } : relation,
      ),
    };
    const text = toTmx(judged);
    const units = children(parseXml(text).documentElement, 'tu').map((unit) => unit.getAttribute('tuid'));
    const counts = countRelationsByKind(shipped.relations);
    expect(units).toHaveLength(counts.match + counts.discrepancy - 2);
    expect(units).toContain('lost-negation');
    for (const id of rejected) expect(units).not.toContain(id);
    const note = children(parseXml(text).documentElement, 'note')[0]?.textContent;
    expect(note).toContain(`${counts.match + counts.discrepancy - 2} aligned pairs`);
    expect(note).toContain('Left out too: 2 pairs a reader rejected.');
    expect(children(parseXml(toTmx(shipped)).documentElement, 'note')[0]?.textContent).not.toContain('rejected');
  });
});

describe('toTmx on hostile content', () => {
  const comparison = hostileComparison();

  it('always parses, and keeps every quote as text, less what XML cannot hold', () => {
    const text = toTmx(comparison);
    expect(expectPairs(comparison, text).length).toBeGreaterThan(5);
    expect(text).not.toContain('<script');
    expect(text).toContain('&lt;script&gt;');
  });
});
