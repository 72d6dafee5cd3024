/**
 * Fits the logistic model that tells a partial overlap from a match between two accounts written
 * apart (PARTIAL_MODEL in src/core/engine/judge.ts), on the development part of a benchmark laid
 * out as ../shared/bench-comparable, and prints its weights and its accuracy in 5-fold
 * cross-validation by case (folds never split a case, so no pair is judged by a model that saw
 * its neighbours).
 *
 *     npx tsx scripts/fit-partial-overlap.ts [../shared/bench-comparable]
 *
 * Each gold link labelled `match` or `discrepancy` is one example; its signs are read by the
 * engine's own readOverlap on the two sentences, weighed across both texts as the order-free
 * matcher weighs them. Plain batch gradient descent with a small L2 penalty: a few hundred
 * examples and six weights need nothing more, and the result is the same on every run.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readInput } from '../src/core/intake/input';
import { splitSentences } from '../src/core/engine/claimUnits';
import { extractFeatures, KeyTable, weighAcrossTexts } from '../src/core/engine/features';
import { loadLexicon } from '../src/core/engine/lexicon';
import { readOverlap, type OverlapSigns } from '../src/core/engine/overlap';

const SIGN_NAMES = ['leastCovered', 'mostCovered', 'facts', 'lengthGap', 'extraRun'] as const;
const STEPS = 20_000;
const RATE = 1;
const PENALTY = 0.001;

interface Example {
  readonly case: string;
  readonly signs: readonly number[];
  readonly partial: boolean;
}

/** The model's inputs, in SIGN_NAMES order, as judge.ts computes them. */
function inputsOf(signs: OverlapSigns): number[] {
  return [Math.min(signs.frCovered, signs.enCovered), Math.max(signs.frCovered, signs.enCovered), Math.log1p(signs.extraFacts), signs.lengthGap, signs.extraRun];
}

function readExamples(benchDir: string): Example[] {
  const lexicon = loadLexicon();
  const examples: Example[] = [];
  for (const name of readdirSync(benchDir).filter((entry) => /^case-\d+$/.test(entry)).sort()) {
    const read = (lang: 'fr' | 'en') => readInput(readFileSync(join(benchDir, name, `${lang}.md`), 'utf8'), lang, { pageChrome: false, fileName: `${lang}.md` });
    const sources = { fr: read('fr'), en: read('en') };
    const table = new KeyTable();
    const side = (lang: 'fr' | 'en') => extractFeatures(splitSentences(sources[lang], 'lines').ranges.map(([start, end]) => sources[lang].text.slice(start, end)), lang, lexicon, table);
    const features = weighAcrossTexts(side('fr'), side('en'));
    const gold = JSON.parse(readFileSync(join(benchDir, name, 'gold.json'), 'utf8')) as { sentenceLinks: { fr: number; en: number; label: string }[] };
    for (const link of gold.sentenceLinks) {
      const fr = features.fr[link.fr];
      const en = features.en[link.en];
      if (!fr || !en) continue;
      examples.push({ case: name, signs: inputsOf(readOverlap([fr], [en])), partial: link.label === 'discrepancy' });
    }
  }
  return examples;
}

function probability(weights: readonly number[], signs: readonly number[]): number {
  const odds = signs.reduce((sum, value, index) => sum + (weights[index + 1] as number) * value, weights[0] as number);
  return 1 / (1 + Math.exp(-odds));
}

function fit(examples: readonly Example[]): number[] {
  const weights = new Array<number>(SIGN_NAMES.length + 1).fill(0);
  for (let step = 0; step < STEPS; step++) {
    const gradient = new Array<number>(weights.length).fill(0);
    for (const example of examples) {
      const error = probability(weights, example.signs) - (example.partial ? 1 : 0);
      gradient[0] = (gradient[0] as number) + error;
      example.signs.forEach((value, index) => (gradient[index + 1] = (gradient[index + 1] as number) + error * value));
    }
    weights.forEach((weight, index) => {
      const penalty = index === 0 ? 0 : PENALTY * weight;
      weights[index] = weight - RATE * ((gradient[index] as number) / examples.length + penalty);
    });
  }
  return weights;
}

function accuracy(weights: readonly number[], examples: readonly Example[]): number {
  return examples.filter((example) => probability(weights, example.signs) > 0.5 === example.partial).length / Math.max(1, examples.length);
}

const benchDir = resolve(process.argv[2] ?? '../shared/bench-comparable');
const examples = readExamples(benchDir);
const cases = [...new Set(examples.map((example) => example.case))];
const folds = [0, 1, 2, 3, 4].map((fold) => {
  const held = new Set(cases.filter((_, index) => index % 5 === fold));
  return accuracy(
    fit(examples.filter((example) => !held.has(example.case))),
    examples.filter((example) => held.has(example.case)),
  );
});
const weights = fit(examples);
const round = (value: number) => Math.round(value * 100) / 100;
console.log(`${examples.length} links from ${cases.length} cases of ${benchDir}`);
console.log(`5-fold cross-validated accuracy ${round(folds.reduce((sum, value) => sum + value, 0) / folds.length)} (folds: ${folds.map(round).join(', ')})`);
console.log(`PARTIAL_MODEL = { intercept: ${round(weights[0] as number)}, ${SIGN_NAMES.map((name, index) => `${name}: ${round(weights[index + 1] as number)}`).join(', ')} }`);
