/**
 * Preloaded (`node --require`) into the command line's warm-up run at build time (writeCodeCaches in
 * scripts/build-cli.ts): requireChunk hands it each chunk's compiled script, and at the run's end it
 * writes each one's V8 code cache beside the chunk. Made after the run, a cache holds the bytecode
 * of every function the run called, not only of the chunk's top level.
 */
'use strict';
const { writeFileSync } = require('node:fs');

const scripts = [];
globalThis[Symbol.for('compare-sources.chunkScripts')] = scripts;
process.on('exit', () => {
  for (const { file, script } of scripts) writeFileSync(`${file}.v8cache`, script.createCachedData());
});
