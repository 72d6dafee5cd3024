import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASPECTS, FINDING_KINDS } from '../../src/core/model/index';
import { EXCLUSION_REASONS, FINDING_STATUSES, SOURCE_KINDS } from '../../src/core/model/types';
import { LAZY_NAMESPACES, NAMESPACES } from '../../src/i18n/i18n';

const LOCALES = join(import.meta.dirname, '../../src/i18n/locales');

type Tree = { [key: string]: string | Tree };

function read(lang: string, namespace: string): Tree {
  return JSON.parse(readFileSync(join(LOCALES, lang, `${namespace}.json`), 'utf8')) as Tree;
}

/** Every key path of a tree of messages, with its message: `findingKind.match` → `Match`. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [subPath, message] of flatten(value, path)) entries.set(subPath, message);
  }
  return entries;
}

function placeholders(message: string): string[] {
  return [...message.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map((match) => match[1] ?? '').sort();
}

const namespaces = readdirSync(join(LOCALES, 'en')).map((file) => file.replace(/\.json$/, ''));

describe('locale files', () => {
  it('exist for the same namespaces in both languages', () => {
    expect(readdirSync(join(LOCALES, 'fr')).sort()).toEqual(readdirSync(join(LOCALES, 'en')).sort());
    expect(namespaces.sort()).toEqual([...NAMESPACES, ...LAZY_NAMESPACES].sort());
  });

  it.each(namespaces)('%s has exactly the same keys in French and English', (namespace) => {
    const en = flatten(read('en', namespace));
    const fr = flatten(read('fr', namespace));
    expect([...fr.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it.each(namespaces)('%s has no empty message and the same placeholders in both languages', (namespace) => {
    const en = flatten(read('en', namespace));
    const fr = flatten(read('fr', namespace));
    for (const [key, message] of en) {
      expect(message.trim(), `en ${namespace}:${key}`).not.toBe('');
      expect(fr.get(key)?.trim(), `fr ${namespace}:${key}`).not.toBe('');
      expect(placeholders(fr.get(key) ?? ''), `${namespace}:${key}`).toEqual(placeholders(message));
    }
  });

  it.each(['en', 'fr'])("%s names every code the core uses, one key per code", (lang) => {
    const compare = flatten(read(lang, 'compare'));
    const expected = [
      ...FINDING_KINDS.map((kind) => `findingKind.${kind}`),
      ...FINDING_STATUSES.map((status) => `findingStatus.${status}`),
      ...ASPECTS.map((aspect) => `aspect.${aspect}`),
      ...EXCLUSION_REASONS.map((reason) => `exclusion.${reason}`),
      ...SOURCE_KINDS.map((kind) => `sourceKind.${kind}`),
    ];
    for (const key of expected) expect(compare.has(key), `${lang} compare:${key}`).toBe(true);
    const prefixes = ['findingKind.', 'findingStatus.', 'aspect.', 'exclusion.', 'sourceKind.'];
    const extra = [...compare.keys()].filter((key) => prefixes.some((prefix) => key.startsWith(prefix)) && !expected.includes(key));
    expect(extra).toEqual([]);
  });
});
