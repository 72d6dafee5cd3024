/**
 * Measures the automatic comparison on long generated pairs, 100 to 20,000 sentences a side, and
 * on the shipped pair.
 *
 *     npm run bench [-- --sizes 100,1000,20000]
 *
 * Each size runs in a child process of its own, so that its peak memory (maxRSS) is its own; the
 * table shows the child's whole run (start-up, reading, comparing, writing JSON) and the comparison
 * alone. The texts are built from sentence pairs written for this script and from the sentences of
 * sources/miit-vpn, drawn by a seeded generator (mulberry32), with sentences deleted from one side,
 * sentences only one side has, and figures changed on one side: the same sizes always give the same texts.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compareTexts } from '../src/core/engine/compare';
import { segmentSentences } from '../src/core/segment';
import { readSourceFile } from '../src/core/sourceFile';
import { PAIRS as TEST_PAIRS } from '../test/core/engine/fixtures';

const SCRIPT = fileURLToPath(import.meta.url);
const PAIR_DIR = fileURLToPath(new URL('../sources/miit-vpn/', import.meta.url));
const DEFAULT_SIZES = [100, 1_000, 5_000, 10_000, 20_000];

/**
 * Parallel sentences: the engine tests' own (test/core/engine/fixtures.ts), and more written for
 * this benchmark.
 */
const PAIRS: readonly (readonly [string, string])[] = [
  ...TEST_PAIRS,
  ['Le président n’a pas répondu aux questions des journalistes.', 'The president did not answer the journalists’ questions.'],
  ['L’entreprise emploie environ 2 400 salariés dans le monde.', 'The company employs about 2,400 workers worldwide.'],
  ['La banque centrale a relevé son taux directeur à 4,5 %.', 'The central bank raised its key rate to 4.5%.'],
  ['Des milliers de touristes visitent chaque été la vieille ville.', 'Thousands of tourists visit the old town every summer.'],
  ['Le maire de Londres a inauguré une nouvelle ligne de métro.', 'The mayor of London opened a new underground line.'],
  ['L’ONU a demandé un cessez-le-feu immédiat.', 'The UN called for an immediate ceasefire.'],
  ['Le club a remporté le championnat pour la troisième fois.', 'The club won the championship for the third time.'],
  ['M. Martin a démissionné de son poste de directeur lundi.', 'Mr Martin resigned from his post as director on Monday.'],
];

/** mulberry32: a small seeded generator, so that every run builds the same texts. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shippedSentences(name: string): string[] {
  const source = readSourceFile(readFileSync(`${PAIR_DIR}${name}`, 'utf8'), name);
  return source.paragraphs.flatMap((paragraph) => segmentSentences(source.text, source.lang, paragraph).map(([s, e]) => source.text.slice(s, e)));
}

/** Builds a pair of texts with about `size` sentences a side. */
export function generatePair(size: number, seed = 7): { fr: string; en: string } {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const frExtra = shippedSentences('fr.md');
  const enExtra = shippedSentences('en.md');
  const fr: string[][] = [[]];
  const en: string[][] = [[]];
  for (let k = 0; k < size; k++) {
    let [frSentence, enSentence] = pick(PAIRS);
    const roll = random();
    if (roll < 0.03) enSentence = ''; // deleted from the English side
    else if (roll < 0.06) frSentence = ''; // deleted from the French side
    else if (roll < 0.1) enSentence = enSentence.replace(/\d+/, (digits) => String(Number(digits) + 1)); // a figure changed
    if (frSentence) (fr[fr.length - 1] as string[]).push(frSentence);
    if (enSentence) (en[en.length - 1] as string[]).push(enSentence);
    if (random() < 0.02) (fr[fr.length - 1] as string[]).push(pick(frExtra)); // said by one side only
    if (random() < 0.02) (en[en.length - 1] as string[]).push(pick(enExtra));
    if (random() < 0.3) fr.push([]);
    if (random() < 0.3) en.push([]);
  }
  const join = (paragraphs: string[][]) => paragraphs.filter((p) => p.length > 0).map((p) => p.join(' ')).join('\n\n');
  return { fr: join(fr), en: join(en) };
}

function runChild(size: number): void {
  const { fr, en } = generatePair(size);
  const started = performance.now();
  const comparison = compareTexts(fr, en, { name: `bench-${size}` });
  const compareMs = performance.now() - started;
  const json = JSON.stringify(comparison);
  console.log(
    JSON.stringify({
      size,
      compareMs,
      relations: comparison.relations.length,
      bytes: json.length,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
    }),
  );
}

function runParent(sizes: readonly number[]): void {
  console.log('sentences a side | whole run (ms) | comparison (ms) | ms per 1,000 | peak memory (MB) | relations');
  console.log('---: | ---: | ---: | ---: | ---: | ---:');
  for (const size of sizes) {
    const started = performance.now();
    const child = spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, '--child', String(size)], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const wholeMs = performance.now() - started;
    if (child.status !== 0) {
      console.error(`bench: size ${size} failed:\n${child.stderr}`);
      process.exitCode = 1;
      return;
    }
    const line = child.stdout.trim().split('\n').pop() ?? '{}';
    const result = JSON.parse(line) as { compareMs: number; maxRssMb: number; relations: number };
    console.log(
      `${size.toLocaleString('en')} | ${wholeMs.toFixed(0)} | ${result.compareMs.toFixed(0)} | ${((result.compareMs / size) * 1000).toFixed(0)} | ${result.maxRssMb.toFixed(0)} | ${result.relations}`,
    );
  }
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

/** Runs only as a script, so that `generatePair` can be imported to reproduce a size. */
if (process.argv[1] === SCRIPT) {
  const args = process.argv.slice(2);
  const childAt = args.indexOf('--child');
  if (childAt >= 0) {
    runChild(Number(args[childAt + 1]));
  } else {
    const sizesAt = args.indexOf('--sizes');
    const sizes = sizesAt >= 0 ? (args[sizesAt + 1] ?? '').split(',').map(Number).filter((n) => n > 0) : DEFAULT_SIZES;
    runParent(sizes);
  }
}
