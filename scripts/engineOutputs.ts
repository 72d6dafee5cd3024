/**
 * The engine's output on every case of the development benchmarks and on the shipped pair, each
 * as the SHA-256 of its comparison file and sentence links, so that work on speed (issue 14) can be
 * shown to change no finding. The benchmarks' texts stay outside the repository; only these hashes
 * are kept, in scripts/engine-outputs.json.
 *
 *     npm run outputs              # compares with the recorded hashes; exits 1 on any difference
 *     npm run outputs -- --record  # records them anew, after a change of output that is meant
 *
 * Each case is compared as `npm run eval` compares it (one sentence a line, no page chrome, the
 * reading decided by the engine). test/core/engine/engineOutputs.test.ts checks the same hashes.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareInDetail, compareSources, type EngineResult } from '../src/core/engine/compare';
import { parseComparison, serializeComparison } from '../src/core/comparisonFile/index';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const RECORDED_OUTPUTS = join(ROOT, 'scripts/engine-outputs.json');
/** The development benchmarks, beside the repository when they are there. */
export const BENCHMARKS = { 'bench-dev': resolve(ROOT, '../shared/bench-dev'), 'bench-comparable': resolve(ROOT, '../shared/bench-comparable') } as const;
export const SHIPPED_PAIR = 'shipped-pair';

function fingerprint(result: EngineResult): string {
  const { links, onlyFr, onlyEn, reading } = result;
  return createHash('sha256').update(serializeComparison(result.comparison)).update(JSON.stringify({ links, onlyFr, onlyEn, reading })).digest('hex');
}

/** The hash of each case of one benchmark folder, by `<benchmark>/<case>`. */
export function benchmarkOutputs(name: string, folder: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const caseName of readdirSync(folder).filter((entry) => /^case-\d+$/.test(entry)).sort()) {
    const read = (file: string) => readFileSync(join(folder, caseName, file), 'utf8');
    outputs[`${name}/${caseName}`] = fingerprint(compareInDetail(read('fr.md'), read('en.md'), { sentenceMode: 'lines', pageChrome: false, name: caseName }));
  }
  return outputs;
}

/** The hash of the shipped pair compared automatically, as `npm run eval` compares it. */
export function shippedPairOutput(): string {
  const curated = parseComparison(readFileSync(join(ROOT, 'sources/miit-vpn/comparison.json'), 'utf8'));
  return fingerprint(compareSources(curated.sources.fr, curated.sources.en, { name: curated.name }));
}

export function readRecordedOutputs(): Record<string, string> {
  return (JSON.parse(readFileSync(RECORDED_OUTPUTS, 'utf8')) as { outputs: Record<string, string> }).outputs;
}

function main(record: boolean): number {
  const outputs: Record<string, string> = { [SHIPPED_PAIR]: shippedPairOutput() };
  for (const [name, folder] of Object.entries(BENCHMARKS)) {
    if (existsSync(folder)) Object.assign(outputs, benchmarkOutputs(name, folder));
    else console.log(`${folder}: not here, its cases are not checked`);
  }
  if (record) {
    const about = "SHA-256 of the engine's output on each development case and on the shipped pair (scripts/engineOutputs.ts); record anew only for a change of output that is meant, and say so in the commit.";
    writeFileSync(RECORDED_OUTPUTS, `${JSON.stringify({ about, outputs }, null, 2)}\n`);
    console.log(`recorded ${Object.keys(outputs).length} outputs in ${RECORDED_OUTPUTS}`);
    return 0;
  }
  const recorded = readRecordedOutputs();
  const differing = Object.keys(outputs).filter((key) => recorded[key] !== outputs[key]);
  console.log(`${Object.keys(outputs).length - differing.length} of ${Object.keys(outputs).length} outputs identical to the recorded ones${differing.length > 0 ? `; different: ${differing.join(', ')}` : ''}`);
  return differing.length > 0 ? 1 : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.includes('--record'));
