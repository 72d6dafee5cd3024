import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../../src/core/export/index';
import { nameExportFile } from '../../../src/core/export/fileName';

describe('nameExportFile', () => {
  it.each([
    ['html', 'miit-vpn-2026-11-22.html'],
    ['md', 'miit-vpn-2026-11-22.md'],
    ['json', 'miit-vpn-2026-11-22.json'],
    ['webannotation', 'miit-vpn-2026-11-22.jsonld'],
    ['tmx', 'miit-vpn-2026-11-22.tmx'],
    ['csv', 'miit-vpn-2026-11-22.csv'],
  ] as const)('names the %s export after the comparison and the day', (format, name) => {
    expect(nameExportFile('miit-vpn', format, '2026-11-22')).toBe(name);
  });

  it('gives every format its own extension', () => {
    const names = EXPORT_FORMATS.map((format) => nameExportFile('x', format, '2026-11-22'));
    expect(new Set(names).size).toBe(EXPORT_FORMATS.length);
  });

  it.each([
    ['comparaison été 2017', 'comparaison-ete-2017-2026-11-22.csv'],
    ['../../etc/passwd', 'etc-passwd-2026-11-22.csv'],
    ['a"><script>', 'a-script-2026-11-22.csv'],
    ['😀', 'comparison-2026-11-22.csv'],
    ['...', 'comparison-2026-11-22.csv'],
  ])('makes a safe file name of %j', (name, fileName) => {
    expect(nameExportFile(name, 'csv', '2026-11-22')).toBe(fileName);
  });

  it('refuses a date that is not a day, as a bug', () => {
    expect(() => nameExportFile('x', 'csv', '22/11/2026')).toThrow(/YYYY-MM-DD; this is a bug/);
  });
});
