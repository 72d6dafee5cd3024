/**
 * Measures the automatic comparison on a benchmark laid out as bench-dev: `case-NN/fr.md` and
 * `case-NN/en.md` hold one sentence per line, paragraphs separated by a blank line, and
 * `case-NN/gold.json` the truth. Writes one prediction file per case to a temporary folder, then
 * runs the benchmark's scorer on it and prints the scorer's figures.
 *
 *     npm run eval -- <dir> [--scorer PATH] [--per-case] [--keep]
 *
 * The scorer is `--scorer PATH`, else $BENCH_SCORER, else `<dir>/score.mjs`. Sentence index =
 * 0-based number of the non-blank line, so the engine runs with `sentenceMode: 'lines'` and without
 * page-chrome detection, which would renumber the paragraphs of a text known to be clean.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compareInDetail } from '../src/core/engine/compare';

function main(argv: readonly string[]): number {
  const positional: string[] = [];
  let scorer = process.env['BENCH_SCORER'] ?? null;
  let perCase = false;
  let keep = false;
  let reading: 'auto' | 'translation' | 'independent' = 'auto';
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k] as string;
    if (arg === '--scorer') scorer = argv[++k] ?? null;
    else if (arg === '--per-case') perCase = true;
    else if (arg === '--keep') keep = true;
    else if (arg === '--reading') {
      const value = argv[++k];
      if (value !== 'auto' && value !== 'translation' && value !== 'independent') return fail('--reading takes auto, translation or independent');
      reading = value;
    }
    else if (arg.startsWith('--')) return fail(`unknown option ${arg}`);
    else positional.push(arg);
  }
  const dir = positional[0];
  if (!dir) return fail('usage: npm run eval -- <benchmark dir> [--scorer PATH] [--per-case] [--keep]');
  const benchDir = resolve(dir);
  if (!existsSync(benchDir)) return fail(`${benchDir}: no such folder`);
  const scorerPath = resolve(scorer ?? join(benchDir, 'score.mjs'));
  if (!existsSync(scorerPath)) return fail(`${scorerPath}: no scorer there (give --scorer PATH or BENCH_SCORER)`);

  const cases = readdirSync(benchDir).filter((name) => /^case-\d+$/.test(name)).sort();
  if (cases.length === 0) return fail(`${benchDir}: no case-NN folders`);
  const predictions = mkdtempSync(join(tmpdir(), 'eval-'));
  const started = performance.now();
  for (const name of cases) {
    const fr = readFileSync(join(benchDir, name, 'fr.md'), 'utf8');
    const en = readFileSync(join(benchDir, name, 'en.md'), 'utf8');
    const result = compareInDetail(fr, en, { sentenceMode: 'lines', pageChrome: false, name, reading });
    const prediction = {
      paragraphBeads: result.comparison.alignment.map((bead) => ({ fr: bead.fr, en: bead.en })),
      sentenceLinks: result.links.map((link) => ({ fr: link.fr, en: link.en, label: link.label })),
      onlyFr: result.onlyFr,
      onlyEn: result.onlyEn,
    };
    writeFileSync(join(predictions, `${name}.json`), `${JSON.stringify(prediction)}\n`);
  }
  const elapsed = performance.now() - started;
  console.log(`${cases.length} cases compared in ${elapsed.toFixed(0)} ms; predictions in ${predictions}`);
  const run = spawnSync(process.execPath, [scorerPath, benchDir, predictions, ...(perCase ? ['--per-case'] : [])], { stdio: 'inherit' });
  if (!keep) rmSync(predictions, { recursive: true, force: true });
  return run.status ?? 1;
}

function fail(message: string): number {
  console.error(`eval: ${message}`);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
