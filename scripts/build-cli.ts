/**
 * Compiles the command line to plain JavaScript, so that Node runs it with no TypeScript loader:
 *
 *     npm run build:cli            # build/cli/compare.js (CommonJS); `npm ci` runs it too (the `prepare` script)
 *
 * Under tsx, `npm run compare -- --help` cost about 1.9 s of CPU and 120 MB on this 2-core machine
 * (npm, the loader's esbuild service, every module compiled on the fly); compiled, a small
 * fraction of that (`npm run bench` measures it).
 *
 * It is Vite's server-side build, that is Rolldown, the bundler the app's build already uses: nothing
 * new to install. Dependencies are bundled in, since one file per chunk loads faster than Node
 * resolving yaml's and zod's many modules. What src/cli/compare.ts imports on demand (the engine
 * with its 1.9 MB dictionary, the export writers, and through src/cli/sourcePair.ts the web page
 * parser) becomes chunks of its own, which `--help` or a comparison file's summary never load.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { basename, dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'vite';
import { shippedLexiconIndex } from '../src/core/engine/shippedLexiconIndex';
import { lineStarts } from '../src/core/engine/sortedTable';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Where `npm run compare` and the package's `bin` find the command line. */
export const CLI_OUT_DIR = join(ROOT, 'build/cli');

/** The entry's file name in the output folder. */
export const CLI_ENTRY = 'compare.js';

/**
 * The V8 flags every way of starting the command line passes to Node: the `bin` entry's first line
 * (`#!/usr/bin/env -S node …`), `npm run compare` (package.json), the tests and `npm run bench`. They
 * must be given at start, as V8 sizes its heap then. A young generation of at most 2 × 4 MB, not
 * 2 × 16 MB: most of what the engine makes either dies at once (a sentence's tokens) or lives to the
 * end (its features), and a larger one only copied the latter more while it kept its size to the
 * end of the run. Whole runs, medians of 3 alternating on this machine: at 2,000 sentences a side
 * 125 -> 103 MB, at 20,000 270 -> 251 MB, for the same time.
 *
 * And one background thread for V8's platform (`--v8-pool-size=1`), not Node's default of four. The
 * background threads share the garbage collector's parallel and concurrent work and the optimising
 * compiler's; on a machine of two cores, four of them beside the comparison's own thread took turns
 * on the cores rather than working, and each kept its own allocator arena. Whole runs alternating
 * with the default on this 2-core machine: 2,000 sentences a side 6 rounds, wall 840-970 ->
 * 740-770 ms, CPU 1.28-1.46 -> 1.13-1.19 s, 91-93 -> 84 MB; 20,000 sentences a side 3 rounds, wall
 * 2.97-3.31 -> 2.49-2.83 s, CPU 4.4-5.1 -> 3.9-4.3 s, 190-193 -> 177-180 MB. Two threads fell in
 * between. On a machine of many cores a larger pool could collect a large heap faster; the command
 * line is sized for the two cores of the machines it is measured on.
 *
 * And no inlining in V8's optimising compiler (`--no-turbo-inlining`). A comparison runs most of its
 * code only for a while, and mostly before it is optimised: compiled once in the process with the
 * comparison of 2,000 sentences a side, it took 174 ms warm against 581 ms cold. Without inlining
 * each function's optimised code is ready sooner and costs the background thread less. Whole runs
 * alternating with and without, on this 2-core machine: 500 sentences a side 6 rounds, wall
 * 530-670 -> 490-600 ms; 2,000, 5 rounds, CPU 1.12-1.17 -> 0.98-1.07 s, wall 730-770 -> 670-740 ms;
 * 20,000, 6 rounds, CPU 3.8-4.8 -> 3.5-3.9 s for the same wall time (2.4-3.2 s both): what the
 * optimised code loses at 20,000 sentences, its shorter compilation gives back.
 *
 * And regular expressions compiled to machine code at their first use (`--no-regexp-tier-up`), not
 * interpreted once first. The engine's patterns (dates, figures, reported speech, page chrome) are
 * long alternations over Unicode classes, each run on every sentence: tiering up compiled each of
 * them twice, to bytecode and then to machine code, and kept both. Whole runs alternating with and
 * without on this 2-core machine: the shipped pair 6 rounds 0.33-0.35 -> 0.30-0.32 s and 67.6 ->
 * 66.0 MB; 500 sentences a side 6 rounds 0.44-0.46 -> 0.40-0.41 s, 75 -> 73 MB; 2,000 8 rounds
 * 0.63-0.69 -> 0.59-0.63 s; 20,000 4 rounds 2.28-2.39 -> 2.06-2.29 s; `--help` unchanged.
 *
 * Not kept: `--no-concurrent-recompilation` saves about 10 MB more (each background compiler thread
 * keeps an allocator arena) and some CPU, but the optimising compiler then runs on the comparison's
 * own thread: 2,000 sentences a side took 1.04 -> 1.35 s and 20,000 about 4.2 -> 5.5 s of wall time.
 * `--single-threaded` likewise (2,000 sentences a side: 80 MB, but 1.16 s of wall time). Maglev (`--maglev`), an
 * earlier optimisation (`--interrupt-budget`) and Sparkplug for every function (`--always-sparkplug`) moved
 * nothing or made it slower.
 */
export const CLI_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=4', '--v8-pool-size=1', '--no-turbo-inlining', '--no-regexp-tier-up'];

/**
 * The engine's data files that the command line reads from files of their own, beside its chunks,
 * on the first question asked of them: the dictionary (1.9 MB) and the places. As string literals
 * in a chunk, V8 scanned every byte of them each time the engine's chunk was loaded, escapes
 * and all, and kept the chunk's source, data included, for as long as the run: loading the chunk
 * took 84 ms rather than 41, and the run's peak was some 4 MB higher, at 2,000 sentences a side.
 * Reading the files back when first asked costs about 14 ms of that gain. The lexicon's indexes,
 * small and asked at every comparison's start, stay in the chunk (precomputedLexicon).
 */
const DATA_FROM_FILES = ['src/core/engine/data/dictionary.json', 'src/core/engine/data/places.json'];

/**
 * The data files of DATA_FROM_FILES whose long fields are tables of sorted lines, which the engine
 * searches where they lie (sortedTable.ts): given to it with their line starts, found here, so that
 * a run does not scan their 62,000 lines for breaks. A one-sentence comparison took 11 ms less CPU
 * (median of 15 paired runs) and 5.5 MB less at its peak; at 2,000 sentences a side, the same CPU
 * and about 2 MB more at the peak, for reasons not found (the same data lives to the end either way).
 */
const LINED_TABLES = ['src/core/engine/data/dictionary.json'];

/** A data field at least this long is read from the file; shorter ones (its origin, its licence) stay in the code. */
const LONG_FIELD = 4096;

/** Where a chunk's code names the data folder, until the chunk's own place in the output is known. */
const DATA_FOLDER_MARK = '__CLI_DATA_FOLDER__';

/**
 * The data files of DATA_FROM_FILES as modules whose long string fields are getters: the first one
 * read reads the data's file (data/<name>.txt in the output folder, the long fields' UTF-8 one after
 * the other) and every long field from it. For LINED_TABLES, each field is a LinedTable
 * (sortedTable.ts): its text, and its line starts, written as 32-bit little-endian integers after
 * the texts, aligned to four. The engine sees the same object as the JSON import gives, its tables
 * lined. The files' bytes are put in `files`, by path in the output folder, for buildCli to write.
 */
function dataFromFiles(files: Map<string, Buffer>): Plugin {
  const PREFIX = '\0cli-data:';
  return {
    name: 'cli-data-from-files',
    enforce: 'pre',
    resolveId(source, importer) {
      if (importer === undefined || !source.endsWith('.json')) return null;
      const path = relative(ROOT, resolve(dirname(importer), source));
      // Named without `.json`, which Vite's own JSON plugin would take for its own.
      return DATA_FROM_FILES.includes(path) ? `${PREFIX}${path.slice(0, -'.json'.length)}` : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const path = `${id.slice(PREFIX.length)}.json`;
      const lined = LINED_TABLES.includes(path);
      const data = JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as Record<string, unknown>;
      const short: Record<string, unknown> = {};
      const long: [name: string, start: number, end: number, startsAt: number, lines: number][] = [];
      const pieces: Buffer[] = [];
      const startLists: Int32Array[] = [];
      let at = 0;
      for (const [name, value] of Object.entries(data)) {
        if (typeof value !== 'string' || value.length < LONG_FIELD) {
          short[name] = value;
          continue;
        }
        const bytes = Buffer.from(value, 'utf8');
        const starts = lined ? lineStarts(value) : new Int32Array(0);
        long.push([name, at, at + bytes.length, 0, starts.length]);
        pieces.push(bytes);
        startLists.push(starts);
        at += bytes.length;
      }
      if (lined) {
        const padding = (4 - (at % 4)) % 4;
        pieces.push(Buffer.alloc(padding));
        at += padding;
        for (const [index, starts] of startLists.entries()) {
          (long[index] as (typeof long)[number])[3] = at;
          const bytes = Buffer.alloc(4 * starts.length);
          starts.forEach((start, line) => bytes.writeInt32LE(start, 4 * line));
          pieces.push(bytes);
          at += bytes.length;
        }
      }
      const file = `${basename(path, '.json')}.txt`;
      files.set(`data/${file}`, Buffer.concat(pieces));
      const read = lined
        ? [
            // Copied out of the file's buffer, which is then let go; read in place on a little-endian machine, as the usual ones are.
            `    const littleEndian = new Uint8Array(Int32Array.of(1).buffer)[0] === 1;`,
            `    const startsAt = (from, lines) => {`,
            `      if (littleEndian) return new Int32Array(bytes.buffer.slice(bytes.byteOffset + from, bytes.byteOffset + from + 4 * lines));`,
            `      return Int32Array.from({ length: lines }, (_, line) => bytes.readInt32LE(from + 4 * line));`,
            `    };`,
            `    for (const [name, start, end, from, lines] of FIELDS) fields[name] = { text: bytes.toString('utf8', start, end), starts: startsAt(from, lines) };`,
          ]
        : [`    for (const [name, start, end] of FIELDS) fields[name] = bytes.toString('utf8', start, end);`];
      return [
        `import { readFileSync } from 'node:fs';`,
        `const FIELDS = ${JSON.stringify(long)};`,
        `let fields = null;`,
        `function readFields() {`,
        `  if (fields === null) {`,
        `    const bytes = readFileSync(new URL(${JSON.stringify(`${DATA_FOLDER_MARK}/${file}`)}, import.meta.url));`,
        `    fields = {};`,
        ...read,
        `  }`,
        `  return fields;`,
        `}`,
        `export default {`,
        `  ...${JSON.stringify(short)},`,
        ...long.map(([name]) => `  get ${JSON.stringify(name)}() { return readFields()[${JSON.stringify(name)}]; },`),
        `};`,
      ].join('\n');
    },
    renderChunk(code, chunk) {
      if (!code.includes(DATA_FOLDER_MARK)) return null;
      const folder = posix.relative(posix.dirname(chunk.fileName), 'data') || '.';
      return code.replaceAll(DATA_FOLDER_MARK, folder.startsWith('.') ? folder : `./${folder}`);
    },
  };
}

/** The module whose value the build computes (see precomputedLexicon). */
const SHIPPED_LEXICON_INDEX = 'src/core/engine/shippedLexiconIndex.ts';

/**
 * The lexicon's indexes computed here, once, rather than at the start of every run: in a fresh
 * process the engine's tokenizer and stemmer run unoptimised, and indexing the lexicon's 4,000
 * words took 70–100 ms of CPU, a quarter of a one-sentence comparison. shippedLexiconIndex.ts is
 * replaced by a module of the same export that parses them from a JSON string, on the first call
 * as before. Rolldown refuses the build if an importer asks the replacement for another export.
 */
function precomputedLexicon(): Plugin {
  return {
    name: 'cli-precomputed-lexicon',
    enforce: 'pre',
    load(id) {
      if (relative(ROOT, id) !== SHIPPED_LEXICON_INDEX) return null;
      return [
        `let index = null;`,
        `export function shippedLexiconIndex() {`,
        `  index ??= JSON.parse(${JSON.stringify(JSON.stringify(shippedLexiconIndex()))});`,
        `  return index;`,
        `}`,
      ].join('\n');
    },
  };
}

/**
 * yaml (front matter) bundled from its ES module build, not from the CommonJS one its package gives
 * Node: Rolldown wraps CommonJS modules in functions that all ran when the engine's chunk was
 * loaded, at every comparison. A one-sentence comparison took about 20 ms less CPU (18 and 22 ms,
 * medians of two sets of 15 paired runs), and 1.6 MB less at its peak. The two builds are compiled from the same source; they differ in the module that logs,
 * which here is the Node build's own, so that a warning goes to process.emitWarning as before
 * (`(node:…) [TAG_RESOLVE_FAILED] YAMLWarning: …`), not to console.warn with its stack. Only yaml's
 * debugging switches (LOG_TOKENS, LOG_STREAM in the environment) are left out.
 */
function yamlAsModules(): Plugin {
  return {
    name: 'cli-yaml-as-modules',
    enforce: 'pre',
    resolveId(source) {
      // The package's exports name the ES module build for browsers only: found beside its package.json.
      return source === 'yaml' ? join(dirname(createRequire(import.meta.url).resolve('yaml/package.json')), 'browser/index.js') : null;
    },
    load(id) {
      if (!id.replaceAll('\\', '/').endsWith('/yaml/browser/dist/log.js')) return null;
      return [
        `export function debug(logLevel, ...messages) {`,
        `  if (logLevel === 'debug') console.log(...messages);`,
        `}`,
        `export function warn(logLevel, warning) {`,
        `  if (logLevel === 'debug' || logLevel === 'warn') process.emitWarning(warning);`,
        `}`,
      ].join('\n');
    },
  };
}

/**
 * The extension of a chunk's V8 code cache, beside it: `chunks/sourcePair-<hash>.js.v8cache`.
 * The chunk's name holds a hash of its content, and each build writes its chunks and their caches
 * together, so a cache never meets another chunk's code of the same length (V8 checks a cache
 * against its source's length, its own version and its flags, not against the source itself).
 */
export const CODE_CACHE_EXTENSION = '.v8cache';

/** Where the warm-up run (scripts/codeCacheWarmUp.cjs, which names it again: a CommonJS script cannot import this file) finds the chunks' scripts to write their caches. */
export const CHUNK_SCRIPTS = 'compare-sources.chunkScripts';

/**
 * requireChunk, appended to each output file that loads a chunk on demand: the chunk compiled with
 * its V8 code cache when there is one (vm.Script `cachedData`), else as Node compiles it. A
 * comparison's first moments are spent compiling: the engine's chunk (530 kB) was parsed at load,
 * and each of its functions compiled to bytecode on its first call. The cache holds the bytecode of
 * every function the warm-up run called, so those steps are skipped. A cache V8 rejects (another
 * Node, other flags, a damaged file) is ignored, and the chunk compiled as before. The module object
 * is put in require.cache under the chunk's path, as Node's own loader would.
 */
const REQUIRE_CHUNK = `
function requireChunk(from, specifier) {
	const { dirname, join } = require("node:path");
	const file = join(from, specifier);
	const known = require.cache[file];
	if (known !== undefined) return known.exports;
	const { readFileSync } = require("node:fs");
	let cachedData;
	try {
		cachedData = readFileSync(file + ${JSON.stringify(CODE_CACHE_EXTENSION)});
	} catch {
		cachedData = undefined;
	}
	const { Script } = require("node:vm");
	const script = new Script("(function (exports, require, module, __filename, __dirname) {" + readFileSync(file, "utf8") + "\\n})", { filename: file, cachedData });
	const chunk = { id: file, filename: file, exports: {}, loaded: false, children: [], paths: [] };
	require.cache[file] = chunk;
	script.runInThisContext().call(chunk.exports, chunk.exports, require("node:module").createRequire(file), chunk, file, dirname(file));
	chunk.loaded = true;
	globalThis[Symbol.for(${JSON.stringify(CHUNK_SCRIPTS)})]?.push({ file, script });
	return chunk.exports;
}
`;

/** How Rolldown's CommonJS output loads a chunk on demand (`import()` in the sources). */
const ON_DEMAND_REQUIRE = /Promise\.resolve\(\)\.then\(\(\) => require\(("\.{1,2}\/[^"]+\.js")\)\)/g;

/** Every chunk loaded on demand goes through requireChunk, and so through its code cache. */
function chunksWithCodeCache(): Plugin {
  return {
    name: 'cli-chunks-with-code-cache',
    renderChunk(code) {
      const rewritten = code.replace(ON_DEMAND_REQUIRE, (_, specifier: string) => `Promise.resolve().then(() => requireChunk(__dirname, ${specifier}))`);
      return rewritten === code ? null : `${rewritten}\n${REQUIRE_CHUNK}`;
    },
  };
}

/**
 * The runs that warm the caches up, each reaching code of its own: a comparison of the shipped
 * pair's sources (the engine, which reads them as two accounts written apart), the French article
 * with the project's translation of it (the engine's reading of a translation: its banded
 * alignment; 2,000 and 500 sentences a side about 10 ms less again, within the noise, 8 rounds),
 * and a comparison of two web pages (the page parser). `{scratch}` is a folder of the warm-up's own. The comparison file's
 * reader and the export writers are small chunks: with caches, a summary of the shipped comparison
 * and its HTML report took the same time, and they are left to compile as they load.
 */
const WARM_UP_RUNS: readonly (readonly string[])[] = [
  [join(ROOT, 'sources/miit-vpn/fr.md'), join(ROOT, 'sources/miit-vpn/en.md'), '--out', '{scratch}/summary.txt'],
  [join(ROOT, 'sources/miit-vpn/fr.md'), join(ROOT, 'sources/miit-vpn/fr.en.md'), '--out', '{scratch}/translation.txt'],
  ['{scratch}/fr.html', '{scratch}/en.html', '--out', '{scratch}/pages.txt'],
];

/** Two small web pages for the warm-up, one a language, each with the parts a saved article has. */
const WARM_UP_PAGES: Readonly<Record<string, string>> = {
  'fr.html':
    '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Le ministère dément toute interdiction</title></head><body><nav><a href="/">Accueil</a></nav>' +
    '<article><h1>Le ministère dément toute interdiction</h1><p class="byline">Par la rédaction, le 12 juillet 2017</p>' +
    '<p>Le ministère a démenti mercredi avoir interdit les services VPN aux particuliers.</p><p>Selon lui, 3 opérateurs respectent déjà les règles.</p></article></body></html>',
  'en.html':
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ministry denies any ban</title></head><body><nav><a href="/">Home</a></nav>' +
    '<article><h1>Ministry denies any ban</h1><p class="byline">By our staff, July 12, 2017</p>' +
    '<p>The ministry on Wednesday denied banning VPN services for individuals.</p><p>It said 3 operators already follow the rules.</p></article></body></html>',
};

/**
 * Writes the code caches of the chunks the command line loads on demand: runs the built command
 * line on WARM_UP_RUNS, with CLI_NODE_FLAGS (V8 takes a cache only under the flags it was made
 * with), and scripts/codeCacheWarmUp.cjs writes each loaded chunk's cache at each run's end, with
 * the bytecode of every function called so far (a chunk loaded from its cache keeps what the
 * earlier runs compiled). Whole runs alternating with a build without caches, on this 2-core
 * machine: the shipped pair 0.29-0.30 -> 0.26-0.27 s, two short web pages 0.22-0.29 -> 0.19-0.27 s
 * (8 rounds), 2,000 sentences a side about 10 ms less (within the noise), at the same peak memory.
 */
function writeCodeCaches(entry: string): void {
  const scratch = mkdtempSync(join(tmpdir(), 'cli-warm-up-'));
  try {
    for (const [name, page] of Object.entries(WARM_UP_PAGES)) writeFileSync(join(scratch, name), page);
    for (const args of WARM_UP_RUNS) {
      const run = spawnSync(process.execPath, [...CLI_NODE_FLAGS, '--require', join(ROOT, 'scripts/codeCacheWarmUp.cjs'), entry, ...args.map((arg) => arg.replace('{scratch}', scratch))], {
        encoding: 'utf8',
      });
      if (run.status !== 0) throw new Error(`the command line's warm-up run (${args.join(' ')}) failed (${run.status ?? run.signal}): ${run.stderr}`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** What a build made: the entry's path, and the path of every module bundled into it (from the repository's root). */
export interface CliBuild {
  readonly entry: string;
  readonly modules: readonly string[];
}

/**
 * Builds the command line into `outDir` (emptied first). The output may live anywhere inside the
 * repository: the shipped comparison is looked for above it.
 */
export async function buildCli(outDir: string = CLI_OUT_DIR): Promise<CliBuild> {
  const modules: string[] = [];
  const dataFiles = new Map<string, Buffer>();
  const listModules: Plugin = {
    name: 'list-cli-modules',
    generateBundle() {
      for (const id of this.getModuleIds()) if (id.startsWith(ROOT)) modules.push(relative(ROOT, id));
    },
  };
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    plugins: [dataFromFiles(dataFiles), precomputedLexicon(), yamlAsModules(), chunksWithCodeCache(), listModules],
    // The app's public/ folder (screenshots, icons) has no place beside the command line.
    publicDir: false,
    ssr: { target: 'node', noExternal: true },
    // The dictionary becomes `JSON.parse("…")`, which V8 reads faster than the same object as code.
    json: { stringify: true },
    build: {
      ssr: 'src/cli/compare.ts',
      outDir: resolve(outDir),
      emptyOutDir: true,
      target: 'node20',
      sourcemap: false,
      minify: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      rolldownOptions: {
        // As in the app's build (vite.config.ts): the core's doors (src/core/<room>/index.ts) only
        // re-export, so they are known to be free of effects, and what they re-export for others (the
        // engine above all) stays out of the chunks that do not use it.
        treeshake: { moduleSideEffects: [{ test: /\/src\/core\/[^/]+\/index\.ts$/, sideEffects: false }] },
        output: {
          // CommonJS rather than ES modules: a module's top-level bindings (the engine's constants and
          // functions, which every sentence reaches) are read from the module's own scope, not as an ES
          // module's imported and exported bindings, which cost V8 more while the code is not yet
          // optimised, as most of a comparison's code is (CLI_NODE_FLAGS). Whole runs alternating with
          // the ES module build, 7 rounds on this 2-core machine: `--help` CPU 150 -> 120-160 ms and
          // 46 -> 42 MB; 500 sentences a side wall 520-700 -> 470-650 ms, 75 -> 72 MB; 2,000 wall
          // 760-800 -> 730-760 ms, 81 -> 80 MB. The chunks are still required only when asked for.
          format: 'cjs',
          // Each file in strict mode, as the ES modules it was written as are.
          strict: true,
          charset: 'ascii',
          comments: { legal: true, annotation: true, jsdoc: false },
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          // The `bin` entry is run as a program, with its flags (`env -S` splits them from `node`).
          banner: (chunk) => (chunk.isEntry ? `#!/usr/bin/env -S node ${CLI_NODE_FLAGS.join(' ')}` : ''),
        },
      },
    },
  });
  // The package is of ES modules ("type": "module"); its command line's folder is of CommonJS ones.
  writeFileSync(join(resolve(outDir), 'package.json'), `${JSON.stringify({ type: 'commonjs' })}\n`);
  for (const [path, bytes] of dataFiles) {
    mkdirSync(dirname(join(resolve(outDir), path)), { recursive: true });
    writeFileSync(join(resolve(outDir), path), bytes);
  }
  const entry = join(resolve(outDir), CLI_ENTRY);
  chmodSync(entry, 0o755);
  writeCodeCaches(entry);
  return { entry, modules: modules.sort() };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { entry } = await buildCli();
  console.log(`built ${entry}`);
}
