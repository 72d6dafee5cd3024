/**
 * Compiles the command line to plain JavaScript, so that Node runs it with no TypeScript loader:
 *
 *     npm run build:cli            # build/cli/compare.js; `npm ci` runs it too (the `prepare` script)
 *
 * Under tsx, `npm run compare -- --help` cost about 1.9 s of CPU and 120 MB on this 2-core machine
 * (npm, the loader's esbuild service, every module compiled on the fly); compiled, a small
 * fraction of that (`npm run bench` measures it).
 *
 * It is Vite's server-side build, that is Rolldown, the bundler the app's build already uses: nothing
 * new to install. Dependencies are bundled in, since one file per chunk loads faster than Node
 * resolving yaml's and zod's many modules. What src/cli/compare.ts imports on demand (the engine
 * with its 1.7 MB dictionary, the export writers) becomes chunks of its own, which `--help` or a
 * comparison file's summary never load.
 */
import { chmodSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'vite';

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
 * Not kept: `--no-concurrent-recompilation` saves about 10 MB more (each background compiler thread
 * keeps an allocator arena) and some CPU, but the optimising compiler then runs on the comparison's
 * own thread: 2,000 sentences a side took 1.04 -> 1.35 s and 20,000 about 4.2 -> 5.5 s of wall time.
 */
export const CLI_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=4'];

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
    plugins: [listModules],
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
          format: 'esm',
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
  const entry = join(resolve(outDir), CLI_ENTRY);
  chmodSync(entry, 0o755);
  return { entry, modules: modules.sort() };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { entry } = await buildCli();
  console.log(`built ${entry}`);
}
