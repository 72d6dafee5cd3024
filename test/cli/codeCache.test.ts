/**
 * The command line loads its engine with the V8 code cache its build made (writeCodeCaches in
 * scripts/build-cli.ts): the cache must be taken when the command line is started as its users
 * start it, and must change nothing of what it prints; a damaged one must be ignored.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHUNK_SCRIPTS, CLI_NODE_FLAGS, CODE_CACHE_EXTENSION } from '../../scripts/build-cli';
import { freshCli } from '../../scripts/freshCli';
import { ROOT, SPAWN_TIMEOUT } from './runCli';

const scratch = mkdtempSync(join(tmpdir(), 'cli-code-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Reports, on standard error, whether V8 took each chunk's cache, through the hook requireChunk offers the warm-up. */
const REPORTER = join(scratch, 'report-cache.cjs');
writeFileSync(
  REPORTER,
  [
    `const scripts = [];`,
    `globalThis[Symbol.for(${JSON.stringify(CHUNK_SCRIPTS)})] = scripts;`,
    `process.on('exit', () => { for (const { file, script } of scripts) process.stderr.write('chunk ' + require('node:path').basename(file) + ' cache ' + (script.cachedDataRejected === false ? 'taken' : script.cachedDataRejected === true ? 'rejected' : 'absent') + '\\n'); });`,
  ].join('\n'),
);

/** A copy of the built command line, to damage or strip without touching the one other tests run. */
async function copyOfBuild(name: string): Promise<string> {
  const folder = join(scratch, name);
  cpSync(dirname(await freshCli()), folder, { recursive: true });
  return folder;
}

function compareShippedPair(entry: string, preload: readonly string[] = []): { status: number | null; stdout: string; stderr: string } {
  const pair = ['sources/miit-vpn/fr.md', 'sources/miit-vpn/en.md'].map((path) => join(ROOT, path));
  const run = spawnSync(process.execPath, [...CLI_NODE_FLAGS, ...preload, entry, ...pair, '--format', 'json'], { encoding: 'utf8', timeout: SPAWN_TIMEOUT });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function engineCaches(folder: string): string[] {
  return readdirSync(join(folder, 'chunks')).filter((file) => file.startsWith('sourcePair-') && file.endsWith(CODE_CACHE_EXTENSION));
}

describe("the chunks' code caches", () => {
  it('is written by the build beside the engine chunk, and taken under the command line\'s flags', { timeout: SPAWN_TIMEOUT }, async () => {
    const folder = dirname(await freshCli());
    expect(engineCaches(folder)).toHaveLength(1);
    const run = compareShippedPair(join(folder, 'compare.js'), ['--require', REPORTER]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^chunk sourcePair-[^ ]+\.js cache taken$/m);
  });

  it("is written for the web page parser too, and taken when two saved pages are compared", { timeout: SPAWN_TIMEOUT }, async () => {
    const folder = dirname(await freshCli());
    expect(readdirSync(join(folder, 'chunks')).filter((file) => file.startsWith('parseHtml-') && file.endsWith(CODE_CACHE_EXTENSION))).toHaveLength(1);
    const page = (lang: string, title: string, body: string) => `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${body}</p></article></body></html>`;
    writeFileSync(join(scratch, 'fr.html'), page('fr', 'Le port rouvre', 'Le port de Brest a rouvert mardi après deux jours de tempête.'));
    writeFileSync(join(scratch, 'en.html'), page('en', 'Port reopens', 'The port of Brest reopened on Tuesday after two days of storm.'));
    const run = spawnSync(process.execPath, [...CLI_NODE_FLAGS, '--require', REPORTER, await freshCli(), join(scratch, 'fr.html'), join(scratch, 'en.html')], { encoding: 'utf8', timeout: SPAWN_TIMEOUT });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Brest');
    expect(run.stderr).toMatch(/^chunk parseHtml-[^ ]+\.js cache taken$/m);
  });

  it('changes nothing of the output', { timeout: SPAWN_TIMEOUT }, async () => {
    const withCache = compareShippedPair(await freshCli());
    const stripped = await copyOfBuild('without-cache');
    for (const cache of engineCaches(stripped)) rmSync(join(stripped, 'chunks', cache));
    const withoutCache = compareShippedPair(join(stripped, 'compare.js'), ['--require', REPORTER]);
    expect(withoutCache.stderr).toMatch(/^chunk sourcePair-[^ ]+\.js cache absent$/m);
    expect(withCache.status).toBe(0);
    expect(withoutCache.status).toBe(0);
    expect(JSON.parse(withCache.stdout)).toHaveProperty('relations');
    expect(withCache.stdout).toBe(withoutCache.stdout);
  });

  it('is ignored when damaged, and the comparison made as without it', { timeout: SPAWN_TIMEOUT }, async () => {
    const damaged = await copyOfBuild('damaged-cache');
    const [cache] = engineCaches(damaged);
    expect(cache).toBeDefined();
    writeFileSync(join(damaged, 'chunks', cache as string), Buffer.from('not a code cache, whatever V8 makes of it'.repeat(100)));
    const run = compareShippedPair(join(damaged, 'compare.js'), ['--require', REPORTER]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(new RegExp(`^chunk ${basename(cache as string, CODE_CACHE_EXTENSION).replace(/[.]/g, '\\.')} cache rejected$`, 'm'));
    expect(run.stdout).toBe(compareShippedPair(await freshCli()).stdout);
  });
});
