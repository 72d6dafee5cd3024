/**
 * Times each export of the shipped comparison, as the app and the command line run it (the
 * writers already loaded): the first, cold run (what a reader's first export costs), then RUNS
 * timed runs after WARMUP untimed ones (the steady state, from the second export on).
 *
 *     npm run bench:exports            # 50 runs per format
 *     BENCH_RUNS=200 npm run bench:exports
 *
 * Prints the first run, the median and the maximum per format; exits 1 when a median reaches the
 * budget of 100 ms. The maximum is printed, not judged: on a busy machine (other builds, tests and
 * browsers sharing two cores) one run in fifty may be descheduled or meet a garbage collection.
 */
import { readFileSync } from 'node:fs';
import { parseComparison } from '../src/core/comparisonFile/index';
import { EXPORT_FORMATS, loadExportWriter, type ExportOptions } from '../src/core/export/index';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 50);
const WARMUP = 5;
const BUDGET_MS = 100;

const comparison = parseComparison(readFileSync(new URL('../sources/miit-vpn/comparison.json', import.meta.url), 'utf8'));
const writeExport = await loadExportWriter();
const options: ExportOptions = { lang: 'en', readingMode: 'original', exportedOn: '2026-11-22', kinds: null };

console.log(`exports of the shipped comparison (${comparison.relations.length} findings), ${RUNS} runs each after ${WARMUP} warm-up runs`);
console.log('format          first      median     max        size');
let over = false;
for (const format of EXPORT_FORMATS) {
  const coldStart = performance.now();
  writeExport(comparison, format, options);
  const first = performance.now() - coldStart;
  for (let run = 0; run < WARMUP; run++) writeExport(comparison, format, options);
  const timings: number[] = [];
  let size = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const file = writeExport(comparison, format, options);
    timings.push(performance.now() - started);
    size = Buffer.byteLength(file.text);
  }
  timings.sort((a, b) => a - b);
  const median = timings[Math.floor(timings.length / 2)] ?? NaN;
  const max = timings.at(-1) ?? NaN;
  over ||= median >= BUDGET_MS;
  console.log(`${format.padEnd(14)}  ${first.toFixed(2).padStart(6)} ms  ${median.toFixed(2).padStart(6)} ms  ${max.toFixed(2).padStart(6)} ms  ${(size / 1024).toFixed(1).padStart(6)} kB`);
}
console.log(`budget: a median under ${BUDGET_MS} ms per export`);
if (over) console.error(`bench-exports: the median of an export reaches ${BUDGET_MS} ms`);
process.exitCode = over ? 1 : 0;
