/**
 * Measures the automatic comparison on long generated pairs, 500 to 40,000 sentences a side, and
 * on the shipped pair:
 *
 *     npm run bench [-- --sizes 500,2000] [--runs 3]
 *
 * 1. Whole command-line runs, as a person pays them (scripts/measureRun.ts: wall, CPU user + system,
 *    peak memory): `--help`, then each pair compared into a file, `compare fr.md en.md --format json
 *    --out comparison.json`, the median of `--runs` runs. It is the compiled command line that
 *    `npm ci` builds, made from the sources as they are (scripts/freshCli.ts).
 * 2. Each figure beside the previous release's, as a ratio (0.25× is four times less), from
 *    scripts/bench-previous.json; only where the texts are the same (their SHA-256 is recorded).
 * 3. In process: the comparison alone (`compareTexts`) and the peak memory of a process that only
 *    compares, one child process per size; then the shipped pair, median of 50 calls.
 *
 * To record a release's figures for the next one to be compared with, measure its command line
 * (a checkout of it, with node_modules) and write them down:
 *
 *     npm run bench -- --cli-of ../checkout-of-that-release --save-previous [--release NAME]
 *
 * The texts are news-like pairs built by scripts/benchPair.ts from templates written for it, their
 * figures, people, places and days drawn by a seeded generator, with sentences deleted from one
 * side, sentences only one side has (from sources/miit-vpn), and figures changed on one side: the
 * same sizes always give the same texts. At 40,000 sentences a side they are about 3 MB (French)
 * and 2.6 MB (English), within the command line's 5 MB a side.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareTexts } from '../src/core/engine/compare';
import { CLI_NODE_FLAGS } from './build-cli';
import { generatePair } from './benchPair';
import { freshCli } from './freshCli';
import { measureRun, type RunCost } from './measureRun';

const SCRIPT = fileURLToPath(import.meta.url);
const PAIR_DIR = fileURLToPath(new URL('../sources/miit-vpn/', import.meta.url));
const PREVIOUS_FILE = fileURLToPath(new URL('./bench-previous.json', import.meta.url));
const DEFAULT_SIZES = [500, 2_000, 20_000, 40_000];
const DEFAULT_RUNS = 3;
/** `--help` is short: more runs steady its median. */
const STARTUP_RUNS = 5;


/** The previous release's figures, as scripts/bench-previous.json holds them. */
interface PreviousFigures {
  readonly release: string;
  readonly command: string;
  readonly measured: string;
  readonly startup: RunCost;
  readonly sizes: Readonly<Record<string, RunCost & { readonly textsSha256: string }>>;
}

/** How a command line is started: the program and the arguments before the command line's own. */
interface CommandLine {
  readonly program: string;
  readonly leading: readonly string[];
  readonly description: string;
}

/**
 * Another checkout's command line: its build when it has one, with the Node flags its `bin` entry's
 * first line gives (`#!/usr/bin/env -S node …`), as its users start it; else its sources through its
 * tsx (as releases before the build ran).
 */
function commandLineOf(checkout: string): CommandLine {
  const built = join(checkout, 'build/cli/compare.js');
  if (existsSync(built)) {
    const flags = /^#!\/usr\/bin\/env -S node((?: --[^\s]+)*)\s*$/.exec(readFileSync(built, 'utf8').split('\n', 1)[0] ?? '')?.[1]?.trim().split(/\s+/) ?? [];
    return { program: process.execPath, leading: [...flags.filter((flag) => flag !== ''), built], description: ['node', ...flags, 'build/cli/compare.js'].join(' ') };
  }
  return { program: join(checkout, 'node_modules/.bin/tsx'), leading: [join(checkout, 'src/cli/compare.ts')], description: 'tsx src/cli/compare.ts' };
}

function textsHash(fr: string, en: string): string {
  return createHash('sha256').update(fr).update('\0').update(en).digest('hex');
}

/** The median of each figure apart, over `runs` runs. */
function medianCost(runs: number, measure: () => RunCost): RunCost {
  const costs = Array.from({ length: runs }, measure);
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
  return {
    wallMs: median(costs.map((cost) => cost.wallMs)),
    cpuMs: median(costs.map((cost) => cost.cpuMs)),
    maxRssMb: median(costs.map((cost) => cost.maxRssMb)),
  };
}

/** `0.25×`: this release's figure over the previous one's; blank when there is nothing to compare with. */
function ratio(now: number, before: number | undefined): string {
  return before === undefined || !(before > 0) ? '' : `${(now / before).toFixed(2)}×`;
}

function readPrevious(): PreviousFigures | null {
  return existsSync(PREVIOUS_FILE) ? (JSON.parse(readFileSync(PREVIOUS_FILE, 'utf8')) as PreviousFigures) : null;
}

/** Runs the command line on `--help` and on each size's pair; prints the table, and returns the figures. */
function measureWholeRuns(cli: CommandLine, sizes: readonly number[], runs: number, previous: PreviousFigures | null): Pick<PreviousFigures, 'startup' | 'sizes'> {
  const work = mkdtempSync(join(tmpdir(), 'bench-cli-'));
  const figures: Record<string, RunCost & { textsSha256: string }> = {};
  try {
    console.log(`Whole command-line runs: ${cli.description}, median of ${runs} (${STARTUP_RUNS} for --help); ratios to ${previous ? `the previous release (${previous.release}, ${previous.command})` : 'no previous release (scripts/bench-previous.json is missing)'}\n`);
    console.log('run | wall (ms) | CPU (ms) | peak memory (MB) | wall | CPU | memory | output (MB)');
    console.log('--- | ---: | ---: | ---: | ---: | ---: | ---: | ---:');
    const startup = medianCost(STARTUP_RUNS, () => measureRun(cli.program, [...cli.leading, '--help'], work));
    const row = (label: string, cost: RunCost, before: RunCost | undefined, outputBytes: number | null) =>
      console.log(
        `${label} | ${cost.wallMs.toFixed(0)} | ${cost.cpuMs.toFixed(0)} | ${cost.maxRssMb.toFixed(0)} | ${ratio(cost.wallMs, before?.wallMs)} | ${ratio(cost.cpuMs, before?.cpuMs)} | ${ratio(cost.maxRssMb, before?.maxRssMb)} | ${outputBytes === null ? '' : (outputBytes / 1e6).toFixed(1)}`,
      );
    row('--help', startup, previous?.startup, null);
    for (const size of sizes) {
      const { fr, en } = generatePair(size);
      const folder = join(work, `bench-${size}`);
      mkdirSync(folder);
      writeFileSync(join(folder, 'fr.md'), fr);
      writeFileSync(join(folder, 'en.md'), en);
      const textsSha256 = textsHash(fr, en);
      const cost = medianCost(runs, () => measureRun(cli.program, [...cli.leading, 'fr.md', 'en.md', '--format', 'json', '--out', 'comparison.json'], folder));
      figures[String(size)] = { ...cost, textsSha256 };
      const before = previous?.sizes[String(size)];
      row(`${size.toLocaleString('en')} sentences a side`, cost, before?.textsSha256 === textsSha256 ? before : undefined, statSync(join(folder, 'comparison.json')).size);
    }
    return { startup, sizes: figures };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function runChild(size: number): void {
  const { fr, en } = generatePair(size);
  const started = performance.now();
  const comparison = compareTexts(fr, en, { name: `bench-${size}` });
  const compareMs = performance.now() - started;
  console.log(JSON.stringify({ size, compareMs, findings: comparison.relations.length, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
}

/** The comparison alone, in a process that does nothing else, one per size so that its peak memory is its own. */
function measureInProcess(sizes: readonly number[]): void {
  console.log('\nIn process: the comparison alone (compareTexts), one run per size\n');
  console.log('sentences a side | comparison (ms) | ms per 1,000 | peak memory (MB) | findings');
  console.log('---: | ---: | ---: | ---: | ---:');
  for (const size of sizes) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, '--child', String(size)], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (child.status !== 0) {
      console.error(`bench: size ${size} failed:\n${child.stderr}`);
      process.exitCode = 1;
      return;
    }
    const line = child.stdout.trim().split('\n').pop() ?? '{}';
    const result = JSON.parse(line) as { compareMs: number; maxRssMb: number; findings: number };
    console.log(`${size.toLocaleString('en')} | ${result.compareMs.toFixed(0)} | ${((result.compareMs / size) * 1000).toFixed(0)} | ${result.maxRssMb.toFixed(0)} | ${result.findings}`);
  }
}

function measureShippedPair(): void {
  const frText = readFileSync(`${PAIR_DIR}fr.md`, 'utf8');
  const enText = readFileSync(`${PAIR_DIR}en.md`, 'utf8');
  let started = performance.now();
  compareTexts(frText, enText);
  const firstMs = performance.now() - started;
  for (let k = 0; k < 20; k++) compareTexts(frText, enText);
  const times: number[] = [];
  for (let k = 0; k < 50; k++) {
    started = performance.now();
    compareTexts(frText, enText);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(`\nshipped pair (sources/miit-vpn): first call ${firstMs.toFixed(1)} ms (builds the lexicon), then median ${(times[25] ?? 0).toFixed(2)} ms, fastest ${(times[0] ?? 0).toFixed(2)} ms`);
}

/** The value after `name` on the command line, or null. */
function option(args: readonly string[], name: string): string | null {
  const at = args.indexOf(name);
  return at >= 0 ? (args[at + 1] ?? null) : null;
}

async function main(args: readonly string[]): Promise<void> {
  const sizesArg = option(args, '--sizes');
  const sizes = sizesArg === null ? DEFAULT_SIZES : sizesArg.split(',').map(Number).filter((n) => n > 0);
  const runs = Number(option(args, '--runs') ?? DEFAULT_RUNS);
  const otherCheckout = option(args, '--cli-of');
  const previous = readPrevious();
  if (otherCheckout === null) {
    // With the flags `npm run compare` and the `bin` entry give it (CLI_NODE_FLAGS).
    const cli: CommandLine = { program: process.execPath, leading: [...CLI_NODE_FLAGS, await freshCli()], description: `node ${CLI_NODE_FLAGS.join(' ')} build/cli/compare.js` };
    measureWholeRuns(cli, sizes, runs, previous);
    measureInProcess(sizes);
    measureShippedPair();
    return;
  }
  const checkout = resolve(otherCheckout);
  const cli = commandLineOf(checkout);
  const figures = measureWholeRuns(cli, sizes, runs, previous);
  if (args.includes('--save-previous')) {
    const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: checkout, encoding: 'utf8' }).stdout.trim();
    const saved: PreviousFigures = {
      release: option(args, '--release') ?? (commit || checkout),
      command: `${cli.description} fr.md en.md --format json --out comparison.json`,
      measured: `${new Date().toISOString().slice(0, 10)}, median of ${runs} runs (${STARTUP_RUNS} for --help), by npm run bench -- --cli-of`,
      ...figures,
    };
    // Milliseconds whole and megabytes to a tenth: finer digits are noise on a shared machine.
    const rounded = (key: string, value: unknown) => (typeof value !== 'number' ? value : key === 'maxRssMb' ? Math.round(value * 10) / 10 : Math.round(value));
    writeFileSync(PREVIOUS_FILE, `${JSON.stringify(saved, rounded, 2)}\n`);
    console.log(`\nsaved in ${PREVIOUS_FILE}`);
  }
}

/** Runs only as a script. */
if (process.argv[1] === SCRIPT) {
  const args = process.argv.slice(2);
  const childAt = args.indexOf('--child');
  if (childAt >= 0) runChild(Number(args[childAt + 1]));
  else await main(args);
}
