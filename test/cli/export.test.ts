/**
 * The command line's exports as a person runs them: the real script in a child process, from a
 * temporary folder, each format written with `--out` to a real file and read back as the tool
 * that would open it reads it. Each case spawns the command line once.
 */
import { DOMParser } from '@xmldom/xmldom';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseComparison } from '../../src/core/comparisonFile/index';
import { ROOT, SPAWN_TIMEOUT, runCompareIn, type RunResult } from './runCli';

const SHIPPED_TEXT = readFileSync(join(ROOT, 'sources/miit-vpn/comparison.json'), 'utf8');
const SHIPPED = parseComparison(SHIPPED_TEXT);

let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'compare-export-'));
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

function runCompare(args: readonly string[]): Promise<RunResult> {
  return runCompareIn(work, args);
}

/** Runs one export to a file in the temporary folder and returns its bytes; the run must succeed silently. */
async function exportTo(name: string, args: readonly string[]): Promise<Buffer> {
  const result = await runCompare([...args, '--out', name]);
  expect(result.stderr).toBe('');
  expect(result.stdout).toBe('');
  expect(result.status).toBe(0);
  return readFileSync(join(work, name));
}

describe.concurrent('compare --format FORMAT --out FILE', () => {
  it('html: a self-contained report in the language of --lang', { timeout: SPAWN_TIMEOUT }, async () => {
    const html = (await exportTo('report.html', ['--format', 'html', '--lang', 'fr'])).toString('utf8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="fr">/);
    expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'none\';');
    expect(html).not.toMatch(/<script|<link|src=/i);
    for (const finding of SHIPPED.relations) expect(html).toContain(`id="finding-${finding.id}"`);
    expect(html).toContain('Constats');
  });

  it('md: a Markdown note', { timeout: SPAWN_TIMEOUT }, async () => {
    const md = (await exportTo('note.md', ['--format', 'md'])).toString('utf8');
    expect(md).toMatch(/^# miit-vpn\n/);
    expect(md).toContain('| ≠ Discrepancy | 7 |');
    expect(md.match(/^### /gm)).toHaveLength(SHIPPED.relations.length);
  });

  it('json: the comparison file itself, byte for byte', { timeout: SPAWN_TIMEOUT }, async () => {
    expect((await exportTo('copy.json', ['--format', 'json'])).toString('utf8')).toBe(SHIPPED_TEXT);
  });

  it('json from a comparison file given: re-exported as it is', { timeout: SPAWN_TIMEOUT }, async () => {
    const draft = JSON.parse(SHIPPED_TEXT) as { name: string; relations: unknown[] };
    draft.name = 'given';
    draft.relations = draft.relations.slice(0, 3);
    const given = `${JSON.stringify(draft, null, 2)}\n`;
    writeFileSync(join(work, 'given.json'), given);
    expect((await exportTo('given-copy.json', ['given.json', '--format', 'json'])).toString('utf8')).toBe(given);
  });

  it('webannotation: W3C Web Annotation JSON-LD', { timeout: SPAWN_TIMEOUT }, async () => {
    const collection = JSON.parse((await exportTo('annotations.jsonld', ['--format', 'webannotation'])).toString('utf8')) as {
      '@context': string;
      type: string;
      total: number;
    };
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(SHIPPED.relations.length);
  });

  it('tmx: a translation memory that an XML parser reads', { timeout: SPAWN_TIMEOUT }, async () => {
    const problems: string[] = [];
    const tmx = new DOMParser({ onError: (level, message) => problems.push(`${level}: ${message}`) }).parseFromString(
      (await exportTo('memory.tmx', ['--format', 'tmx'])).toString('utf8'),
      'text/xml',
    );
    expect(problems).toEqual([]);
    expect(tmx.documentElement?.getAttribute('version')).toBe('1.4');
    expect(tmx.getElementsByTagName('tu')).toHaveLength(2);
  });

  it('csv: UTF-8 with a byte order mark, CRLF, one row per finding', { timeout: SPAWN_TIMEOUT }, async () => {
    const csv = await exportTo('findings.csv', ['--format', 'csv']);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.toString('utf8');
    expect(text.startsWith('\uFEFFid,kind,aspects,quote_fr,quote_en,note_fr,note_en,origin,confidence,status,edited,note_fr_standing,note_en_standing\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('prints to standard output without --out', { timeout: SPAWN_TIMEOUT }, async () => {
    const result = await runCompare(['--format', 'tmx']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<!DOCTYPE tmx/);
  });

  it('names every format in --help and in the message for an unknown one', { timeout: SPAWN_TIMEOUT }, async () => {
    const result = await runCompare(['--format', 'pdf']);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe('compare: unknown format "pdf"; the formats are summary, json, html, md, webannotation, tmx, csv');
  });
});
