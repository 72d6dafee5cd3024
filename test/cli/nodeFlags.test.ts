/**
 * The command line's Node flags (CLI_NODE_FLAGS: its young generation's size, its background threads) can only be given
 * when Node starts, so every way of starting it must give them: the
 * `bin` entry's first line and `npm run compare`. A flag changed in one place and not the other
 * would leave one of them with the memory of before.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_NODE_FLAGS } from '../../scripts/build-cli';
import { freshCli } from '../../scripts/freshCli';
import { ROOT, SPAWN_TIMEOUT } from './runCli';

describe('the command line is started with its Node flags', () => {
  it('by npm run compare', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string>; bin: Record<string, string> };
    expect(manifest.scripts['compare']).toBe(`node ${CLI_NODE_FLAGS.join(' ')} ${manifest.bin['compare-sources']}`);
  });

  it('as the bin entry, run as a program', { timeout: SPAWN_TIMEOUT }, async () => {
    const entry = await freshCli();
    expect(readFileSync(entry, 'utf8').split('\n')[0]).toBe(`#!/usr/bin/env -S node ${CLI_NODE_FLAGS.join(' ')}`);
    // The line is read by the system, not by Node: it must start the program.
    const run = spawnSync(entry, ['--help'], { encoding: 'utf8', timeout: SPAWN_TIMEOUT });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('--format');
  });
});
