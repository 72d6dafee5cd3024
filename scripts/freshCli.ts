/**
 * The compiled command line for the sources as they are now, for the tests and the benchmark: they
 * must run what `npm ci` builds, never a build older than the code beside it.
 *
 * Each build goes to a folder named after a hash of what it is made of (every file under src/cli/
 * and src/core/, the only folders the command line imports, the build script, package-lock.json),
 * under node_modules/.cache/compare-cli/; a build already there is used again, so that a change to
 * the app's own folders costs no build. Several test runs may build at once (test files run in parallel, and people share a
 * checkout): each builds in a folder of its own and renames it into place, which is atomic, and the
 * first one there wins. Builds an hour old are then deleted: the folder keeps the recent ones only.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI_ENTRY, buildCli } from './build-cli';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CACHE = join(ROOT, 'node_modules/.cache/compare-cli');
/** The folders the command line imports from; a build checks that it read nothing else of the repository's. */
const HASHED_FOLDERS = ['src/cli', 'src/core'];
/** Long enough for a test run or a benchmark that started on an older build to finish with it. */
const KEEP_MS = 60 * 60 * 1000;

let built: Promise<string> | null = null;

/** The path of the compiled command line's entry, built from the current sources on the first call of a process. */
export function freshCli(): Promise<string> {
  built ??= buildIfNeeded();
  return built;
}

async function buildIfNeeded(): Promise<string> {
  const folder = join(CACHE, sourceHash());
  const entry = join(folder, CLI_ENTRY);
  if (existsSync(entry)) return entry;
  mkdirSync(CACHE, { recursive: true });
  const scratch = `${folder}.${process.pid}.${Date.now()}`;
  try {
    const { modules } = await buildCli(scratch);
    const unhashed = modules.filter((module) => !HASHED_FOLDERS.some((hashed) => module.startsWith(`${hashed}/`)) && !module.startsWith('node_modules/'));
    // A build that reads a file the hash leaves out would be used again after that file changed.
    if (unhashed.length > 0) throw new Error(`the command line imports ${unhashed.join(', ')}, outside ${HASHED_FOLDERS.join(' and ')}: add its folder to HASHED_FOLDERS in scripts/freshCli.ts`);
    renameSync(scratch, folder);
  } catch (error) {
    // Another process renamed the same build into place first: theirs is as good as ours.
    if (!existsSync(entry) || !(error instanceof Error && 'code' in error)) throw error;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  removeOldBuilds(folder);
  return entry;
}

/** SHA-256 over the path and bytes of every file the build reads, in a fixed order. */
function sourceHash(): string {
  const hash = createHash('sha256');
  // The warm-up that writes the chunks' code caches too (scripts/build-cli.ts); the texts it compares change only how fast a build starts.
  const files = [
    ...HASHED_FOLDERS.flatMap((folder) => listFiles(join(ROOT, folder))),
    join(ROOT, 'scripts/build-cli.ts'),
    join(ROOT, 'scripts/codeCacheWarmUp.cjs'),
    join(ROOT, 'package-lock.json'),
  ];
  for (const file of files) {
    hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

function listFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => (entry.isDirectory() ? listFiles(join(folder, entry.name)) : [join(folder, entry.name)]));
}

function removeOldBuilds(keep: string): void {
  const now = Date.now();
  for (const name of readdirSync(CACHE)) {
    const path = join(CACHE, name);
    if (path === keep) continue;
    try {
      if (now - statSync(path).mtimeMs > KEEP_MS) rmSync(path, { recursive: true, force: true });
    } catch {
      // Removed meanwhile by another process: nothing left to do.
    }
  }
}
