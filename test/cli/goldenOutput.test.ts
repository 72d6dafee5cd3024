/**
 * The comparison file the command line writes is the same, byte for byte, as before it was
 * compiled and its output streamed: the SHA-256 of its `--format json` output on the shipped pair,
 * on a long pair the project wrote (syntheticPair) and on the shipped comparison file, recorded
 * in golden/outputHashes.json. Written to standard output and to `--out`, since they are two paths.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticPair } from '../../src/ui/worker/syntheticPair';
import { ROOT, SPAWN_TIMEOUT, runCompareIn } from './runCli';

const GOLDEN = JSON.parse(readFileSync(join(ROOT, 'test/cli/golden/outputHashes.json'), 'utf8')) as Record<string, string>;

/** About 900 sentences a side: long enough for every step of the engine, short enough to run in seconds. */
const SYNTHETIC_PARAGRAPHS = 300;

let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'compare-golden-'));
  // The comparison is named after the folder of the first file, so each pair sits in a folder of a fixed name.
  mkdirSync(join(work, 'miit-vpn'));
  for (const name of ['fr.md', 'en.md']) copyFileSync(join(ROOT, 'sources/miit-vpn', name), join(work, 'miit-vpn', name));
  mkdirSync(join(work, 'synthetic'));
  const pair = syntheticPair(SYNTHETIC_PARAGRAPHS);
  writeFileSync(join(work, 'synthetic/fr.md'), pair.fr);
  writeFileSync(join(work, 'synthetic/en.md'), pair.en);
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

function sha256(bytes: string | Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function golden(key: string): string {
  const hash = GOLDEN[key];
  if (hash === undefined) throw new Error(`golden/outputHashes.json has no "${key}"; add it`);
  return hash;
}

describe.concurrent('compare --format json, byte for byte', () => {
  it.each([
    ['shippedPairCompared', ['miit-vpn/fr.md', 'miit-vpn/en.md']],
    ['syntheticPairCompared', ['synthetic/fr.md', 'synthetic/en.md']],
    ['shippedComparison', []],
  ] as const)('writes %s to standard output as it did before', async (key, inputs) => {
    const result = await runCompareIn(work, [...inputs, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(sha256(result.stdout)).toBe(golden(key));
  }, SPAWN_TIMEOUT);

  it('writes the same bytes to a file with --out', async () => {
    const result = await runCompareIn(work, ['synthetic/fr.md', 'synthetic/en.md', '--format', 'json', '--out', 'synthetic.json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(sha256(readFileSync(join(work, 'synthetic.json')))).toBe(golden('syntheticPairCompared'));
  }, SPAWN_TIMEOUT);
});
