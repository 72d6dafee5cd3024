/**
 * The comparison file goes to a pipe as it is written: a reader that has seen enough (`| head`) ends
 * the command line quietly, with status 0, and one that reads slowly still gets every byte.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_NODE_FLAGS } from '../../scripts/build-cli';
import { freshCli } from '../../scripts/freshCli';
import { comparisonChunks } from '../../src/core/comparisonFile/index';
import { compareTexts } from '../../src/core/engine/index';
import { syntheticPair } from '../../src/ui/worker/syntheticPair';
import { SPAWN_TIMEOUT } from './runCli';

/** A pair whose comparison file (about 1.2 MB) is many times what a pipe holds (64 kB on Linux). */
const PARAGRAPHS = 400;

let work: string;
let expectedHash: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'compare-stream-'));
  mkdirSync(join(work, 'pair'));
  const { fr, en } = syntheticPair(PARAGRAPHS);
  writeFileSync(join(work, 'pair/fr.md'), fr);
  writeFileSync(join(work, 'pair/en.md'), en);
  const hash = createHash('sha256');
  for (const piece of comparisonChunks(compareTexts(fr, en, { name: 'pair' }))) hash.update(piece);
  expectedHash = hash.digest('hex');
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

interface PipeRun {
  readonly status: number | null;
  readonly stderr: string;
  readonly bytes: Buffer;
}

/**
 * Runs the command line on the pair with its standard output on a pipe, which `read` consumes:
 * it is given the output stream and resolves with what it kept.
 */
async function runIntoPipe(read: (stdout: NodeJS.ReadableStream) => Promise<Buffer>): Promise<PipeRun> {
  const entry = await freshCli();
  const child = spawn(process.execPath, [...CLI_NODE_FLAGS, entry, 'pair/fr.md', 'pair/en.md', '--format', 'json'], { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const closed = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const bytes = await read(child.stdout);
  return { status: await closed, stderr, bytes };
}

describe.concurrent('compare --format json into a pipe', () => {
  it('ends quietly with status 0 when the reader closes the pipe after the first bytes', async () => {
    const result = await runIntoPipe(
      (stdout) =>
        new Promise((resolve) => {
          stdout.once('data', (chunk: Buffer) => {
            (stdout as NodeJS.ReadableStream & { destroy(): void }).destroy();
            resolve(chunk);
          });
        }),
    );
    expect(result.bytes.subarray(0, 1).toString()).toBe('{');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  }, SPAWN_TIMEOUT);

  it('gives a slow reader every byte of the comparison file', async () => {
    const result = await runIntoPipe(async (stdout) => {
      const chunks: Buffer[] = [];
      // Read a piece, then wait: the pipe fills up and the command line must wait for it to empty.
      for await (const chunk of stdout) {
        chunks.push(chunk as Buffer);
        if (chunks.length % 8 === 0) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return Buffer.concat(chunks);
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.bytes.length).toBeGreaterThan(1_000_000);
    expect(createHash('sha256').update(result.bytes).digest('hex')).toBe(expectedHash);
  }, SPAWN_TIMEOUT);
});
