import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseComparison, serializeComparison } from '../../../src/core/comparisonFile/index';
import { EXPORT_FILE_TYPES } from '../../../src/core/export/fileTypes';
import { EXPORT_FORMATS, loadExportWriter } from '../../../src/core/export/index';
import { ASPECTS, LANGS, FINDING_KINDS, type FindingKind } from '../../../src/core/model/index';
import { EXCLUSION_REASONS, FINDING_STATUSES, SOURCE_KINDS } from '../../../src/core/model/types';
import { EXPORT_LABELS } from '../../../src/core/export/labels';
import { writeExport } from '../../../src/core/export/writeExport';
import { EXPORT_OPTIONS, hostileComparison, shippedComparison } from './fixtures';

describe('writeExport', () => {
  const comparison = shippedComparison();

  it.each(EXPORT_FORMATS)('writes %s, named after the comparison and the day, with its media type', (format) => {
    const file = writeExport(comparison, format, EXPORT_OPTIONS);
    expect(file.fileName).toBe(`miit-vpn-2026-11-22.${EXPORT_FILE_TYPES[format].extension}`);
    expect(file.mediaType).toBe(EXPORT_FILE_TYPES[format].mediaType);
    expect(file.text.length).toBeGreaterThan(1000);
  });

  it('exports the comparison file itself as JSON, byte for byte as the shipped file', () => {
    const shipped = readFileSync(new URL('../../../sources/miit-vpn/comparison.json', import.meta.url), 'utf8');
    expect(writeExport(comparison, 'json', EXPORT_OPTIONS).text).toBe(shipped);
  });

  it('gives the same bytes after export, import and export, whatever kinds are kept', () => {
    const hostile = hostileComparison();
    fc.assert(
      fc.property(fc.boolean(), fc.option(fc.subarray([...FINDING_KINDS])), (useHostile, kinds) => {
        const source = useHostile ? hostile : comparison;
        const first = writeExport(source, 'json', { ...EXPORT_OPTIONS, kinds: kinds === null ? null : new Set<FindingKind>(kinds) }).text;
        const imported = parseComparison(first);
        expect(imported.relations.every((finding) => kinds === null || kinds.includes(finding.kind))).toBe(true);
        expect(writeExport(imported, 'json', EXPORT_OPTIONS).text).toBe(first);
        expect(serializeComparison(imported)).toBe(first);
      }),
      { numRuns: 40 },
    );
  });

  it('is what loadExportWriter loads', async () => {
    expect(await loadExportWriter()).toBe(writeExport);
  });

  it('takes each export of the shipped comparison under 100 ms (the median of seven runs; npm run bench:exports says more)', () => {
    for (const format of EXPORT_FORMATS) {
      const timings = Array.from({ length: 7 }, () => {
        const started = performance.now();
        writeExport(comparison, format, EXPORT_OPTIONS);
        return performance.now() - started;
      }).sort((a, b) => a - b);
      expect(timings[3], format).toBeLessThan(100);
    }
  });
});

describe('EXPORT_LABELS', () => {
  type Tree = { [key: string]: string | Tree };
  const locale = (lang: string) => JSON.parse(readFileSync(new URL(`../../../src/i18n/locales/${lang}/compare.json`, import.meta.url), 'utf8')) as Tree;
  const at = (tree: Tree, path: string): string | Tree | undefined => path.split('.').reduce<string | Tree | undefined>((node, key) => (typeof node === 'object' ? node[key] : undefined), tree);

  it.each(LANGS)('names kinds, aspects, origins, statuses, source kinds and exclusions as the interface does in %s', (lang) => {
    const words = EXPORT_LABELS[lang];
    const ui = locale(lang);
    for (const kind of FINDING_KINDS) expect(words.kind[kind]).toBe(at(ui, `findingKind.${kind}`));
    for (const aspect of ASPECTS) expect(words.aspect[aspect]).toBe(at(ui, `aspect.${aspect}`));
    for (const origin of ['curated', 'automatic'] as const) expect(words.origin[origin]).toBe(at(ui, `origin.${origin}`));
    for (const status of FINDING_STATUSES) expect(words.status[status]).toBe(at(ui, `findingStatus.${status}`));
    for (const kind of SOURCE_KINDS) expect(words.sourceKind[kind]).toBe(at(ui, `sourceKind.${kind}`));
    for (const reason of EXCLUSION_REASONS) expect(words.exclusion[reason]).toBe(at(ui, `exclusion.${reason}`));
    for (const side of LANGS) {
      expect(words.source[side]).toBe(at(ui, `source.${side}`));
      expect(words.emptyOpposite[side]).toBe(at(ui, `texts.emptyOpposite.${side}`));
      expect(words.noCounterpart[side]).toBe(at(ui, `finding.noCounterpart.${side}`));
    }
  });
});
