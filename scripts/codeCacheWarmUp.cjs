/**
 * Preloaded (`node --require`) into the command line's warm-up run at build time (writeCodeCaches in
 * scripts/build-cli.ts): requireChunk hands it each chunk's compiled script, and at the run's end it
 * writes each one's V8 code cache beside the chunk. Made after the run, a cache holds the bytecode
 * of every function the run called, not only of the chunk's top level. The symbol's name and the
 * cache's extension are CHUNK_SCRIPTS and CODE_CACHE_EXTENSION there, written again here: a
 * CommonJS script cannot import that file.
 */
'use strict';
const { writeFileSync } = require('node:fs');

const scripts = [];
globalThis[Symbol.for('compare-sources.chunkScripts')] = scripts;
process.on('exit', () => {
  for (const { file, script } of scripts) writeFileSync(`${file}.v8cache`, script.createCachedData());
});
