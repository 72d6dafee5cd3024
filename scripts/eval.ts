/**
 * Measures the automatic comparison where it is used:
 *
 *   - on benchmarks laid out as bench-dev (`case-NN/fr.md`, `case-NN/en.md` with one sentence per
 *     line, paragraphs separated by a blank line, and `case-NN/gold.json`): writes one prediction
 *     file per case to a temporary folder, runs the benchmark's own scorer on it and prints its
 *     figures, then a reliability table (stated confidence against observed accuracy, by decile);
 *   - on the shipped pair: how far the engine, on its own, agrees with the analyst's curated
 *     comparison (the sentence pairs the analyst links, and each sentence's verdict).
 *
 *     npm run eval                                   # ../shared/bench-dev and ../shared/bench-comparable when present, and the shipped pair
 *     npm run eval -- <dir> [<dir> …] [--scorer PATH] [--per-case] [--keep] [--reading auto|translation|independent]
 *
 * The benchmarks are not part of the repository (bench-dev is copyrighted news kept for measuring);
 * without them, only the shipped pair is measured. The scorer is `--scorer PATH`, else
 * $BENCH_SCORER, else `<dir>/score.mjs`. Sentence index = 0-based number of the non-blank line, so
 * the engine runs with `sentenceMode: 'lines'` and without page-chrome detection, which would
 * renumber the paragraphs of a text known to be clean.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureAgreement } from '../src/core/proposal/agreement';
import { compareInDetail, compareSources, type EngineResult } from '../src/core/engine/compare';
import { parseComparison } from '../src/core/comparisonFile/format';
import { rangesOverlap } from '../src/core/proposal/overlap';
import type { Lang, Range } from '../src/core/model/types';

type Reading = 'auto' | 'translation' | 'independent';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_BENCHMARKS = ['../shared/bench-dev', '../shared/bench-comparable'];
const SHIPPED = join(ROOT, 'sources/miit-vpn/comparison.json');

interface Gold {
  readonly sentenceLinks: readonly { fr: number; en: number; label: string }[];
  readonly onlyFr: readonly number[];
  readonly onlyEn: readonly number[];
}

/** One judged prediction: the confidence the engine stated, and whether the gold agrees. */
interface Outcome {
  readonly confidence: number;
  readonly correct: boolean;
}

function main(argv: readonly string[]): number {
  const positional: string[] = [];
  let scorer = process.env['BENCH_SCORER'] ?? null;
  let perCase = false;
  let keep = false;
  let reading: Reading = 'auto';
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k] as string;
    if (arg === '--scorer') scorer = argv[++k] ?? null;
    else if (arg === '--per-case') perCase = true;
    else if (arg === '--keep') keep = true;
    else if (arg === '--reading') {
      const value = argv[++k];
      if (value !== 'auto' && value !== 'translation' && value !== 'independent') return fail('--reading takes auto, translation or independent');
      reading = value;
    } else if (arg.startsWith('--')) return fail(`unknown option ${arg}`);
    else positional.push(arg);
  }
  const benchmarks = positional.length > 0 ? positional : DEFAULT_BENCHMARKS.map((dir) => resolve(ROOT, dir)).filter((dir) => existsSync(dir));
  if (positional.length === 0 && benchmarks.length === 0) console.log('No benchmark folder given or found next to the repository (../shared/bench-dev, ../shared/bench-comparable): measuring the shipped pair only.\n');
  let status = 0;
  for (const dir of benchmarks) status = Math.max(status, evaluateBenchmark(resolve(dir), { scorer, perCase, keep, reading }));
  if (positional.length === 0) evaluateShippedPair(reading);
  return status;
}

function evaluateBenchmark(benchDir: string, options: { scorer: string | null; perCase: boolean; keep: boolean; reading: Reading }): number {
  if (!existsSync(benchDir)) return fail(`${benchDir}: no such folder`);
  const scorerPath = resolve(options.scorer ?? join(benchDir, 'score.mjs'));
  if (!existsSync(scorerPath)) return fail(`${scorerPath}: no scorer there (give --scorer PATH or BENCH_SCORER)`);
  const cases = readdirSync(benchDir)
    .filter((name) => /^case-\d+$/.test(name))
    .sort();
  if (cases.length === 0) return fail(`${benchDir}: no case-NN folders`);

  console.log(`== ${benchDir}`);
  const predictions = mkdtempSync(join(tmpdir(), 'eval-'));
  const outcomes: Outcome[] = [];
  const readings = { translation: 0, independent: 0 };
  const started = performance.now();
  for (const name of cases) {
    const fr = readFileSync(join(benchDir, name, 'fr.md'), 'utf8');
    const en = readFileSync(join(benchDir, name, 'en.md'), 'utf8');
    const result = compareInDetail(fr, en, { sentenceMode: 'lines', pageChrome: false, name, reading: options.reading });
    readings[result.reading] += 1;
    const prediction = {
      paragraphBeads: result.comparison.alignment.map((bead) => ({ fr: bead.fr, en: bead.en })),
      sentenceLinks: result.links.map((link) => ({ fr: link.fr, en: link.en, label: link.label })),
      onlyFr: result.onlyFr,
      onlyEn: result.onlyEn,
    };
    writeFileSync(join(predictions, `${name}.json`), `${JSON.stringify(prediction)}\n`);
    const gold = JSON.parse(readFileSync(join(benchDir, name, 'gold.json'), 'utf8')) as Gold;
    outcomes.push(...judgeOutcomes(result, gold));
  }
  const elapsed = performance.now() - started;
  console.log(`${cases.length} cases compared in ${elapsed.toFixed(0)} ms (read as a translation: ${readings.translation}, as two accounts: ${readings.independent}); predictions in ${predictions}`);
  const run = spawnSync(process.execPath, [scorerPath, benchDir, predictions, ...(options.perCase ? ['--per-case'] : [])], { stdio: 'inherit' });
  if (!options.keep) rmSync(predictions, { recursive: true, force: true });
  printReliability(outcomes);
  console.log('');
  return run.status ?? 1;
}

/**
 * Every sentence link and every one-sided sentence the engine proposed, with the confidence of the
 * finding behind it and whether the gold has it (a link: same pair, same label).
 */
function judgeOutcomes(result: EngineResult, gold: Gold): Outcome[] {
  const findings = result.comparison.relations;
  const confidenceOver = (lang: Lang, range: Range, kinds: readonly string[]): number[] =>
    findings.filter((finding) => kinds.includes(finding.kind) && finding[lang].some((span) => rangesOverlap(span, { start: range[0], end: range[1] }))).map((finding) => finding.confidence ?? 0.5);
  const goldLinks = new Map(gold.sentenceLinks.map((link) => [`${link.fr}:${link.en}`, link.label]));
  const outcomes: Outcome[] = [];
  for (const link of result.links) {
    const frSentence = result.sentences.fr[link.fr] as Range;
    const enSentence = result.sentences.en[link.en] as Range;
    const fr = confidenceOver('fr', frSentence, ['match', 'discrepancy']);
    const en = new Set(confidenceOver('en', enSentence, ['match', 'discrepancy']));
    const shared = fr.filter((value) => en.has(value));
    // A link that differs only because one side adds a claim of its own states that claim's confidence.
    const added = [...confidenceOver('fr', frSentence, ['only-fr']), ...confidenceOver('en', enSentence, ['only-en'])];
    const differsByAddition = link.label === 'discrepancy' && confidenceOver('fr', frSentence, ['discrepancy']).length === 0 && added.length > 0;
    const stated = differsByAddition ? Math.max(...added) : Math.max(0, ...(shared.length > 0 ? shared : fr));
    outcomes.push({ confidence: stated, correct: goldLinks.get(`${link.fr}:${link.en}`) === link.label });
  }
  for (const [lang, only, goldOnly] of [
    ['fr', result.onlyFr, gold.onlyFr],
    ['en', result.onlyEn, gold.onlyEn],
  ] as const) {
    const truth = new Set(goldOnly);
    for (const index of only) {
      outcomes.push({ confidence: Math.max(0, ...confidenceOver(lang, result.sentences[lang][index] as Range, ['only-fr', 'only-en'])), correct: truth.has(index) });
    }
  }
  return outcomes;
}

/** Stated confidence against observed accuracy, by decile of confidence. */
function printReliability(outcomes: readonly Outcome[]): void {
  console.log('reliability (confidence stated → share correct)');
  let gap = 0;
  for (let decile = 0; decile < 10; decile++) {
    const inside = outcomes.filter((outcome) => Math.min(9, Math.floor(outcome.confidence * 10)) === decile);
    if (inside.length === 0) continue;
    const observed = inside.filter((outcome) => outcome.correct).length / inside.length;
    const stated = inside.reduce((sum, outcome) => sum + outcome.confidence, 0) / inside.length;
    gap += inside.length * Math.abs(stated - observed);
    console.log(`  ${(decile / 10).toFixed(1)}–${((decile + 1) / 10).toFixed(1)}  n=${String(inside.length).padStart(4)}  stated ${stated.toFixed(2)}  observed ${observed.toFixed(2)}`);
  }
  // Expected calibration error: the gap between stated and observed, weighed by how many predictions each decile holds.
  console.log(`  expected calibration error ${(gap / Math.max(1, outcomes.length)).toFixed(3)} (n=${outcomes.length})`);
}

function evaluateShippedPair(reading: Reading): void {
  const curated = parseComparison(readFileSync(SHIPPED, 'utf8'));
  const started = performance.now();
  const result = compareSources(curated.sources.fr, curated.sources.en, { name: curated.name, reading });
  const elapsed = performance.now() - started;
  const agreement = measureAgreement(curated, result.comparison);
  console.log(`== the shipped pair (sources/miit-vpn), compared automatically in ${elapsed.toFixed(1)} ms, read as ${result.reading === 'translation' ? 'a translation' : 'two accounts written apart'}`);
  console.log(`analyst's sentence links found      ${agreement.links.shared} of ${agreement.links.curated} (the engine proposes ${agreement.links.automatic})`);
  console.log(`sentences with the analyst's verdict ${agreement.agreed} of ${agreement.sentences} (${((agreement.share ?? 0) * 100).toFixed(0)}%)`);
  for (const [label, counts] of Object.entries(agreement.byLabel)) {
    if (counts.curated + counts.automatic > 0) console.log(`  ${label.padEnd(12)} analyst ${String(counts.curated).padStart(3)}  engine ${String(counts.automatic).padStart(3)}  both ${String(counts.both).padStart(3)}`);
  }
}

function fail(message: string): number {
  console.error(`eval: ${message}`);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
