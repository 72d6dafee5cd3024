/**
 * The engine gives, on the shipped pair and on every case of the development benchmarks, the output
 * recorded in scripts/engine-outputs.json (recorded before the work on speed, issue 14): making it
 * faster changed no finding. The benchmarks are not part of the repository; where they are not
 * beside it (a fresh clone on another machine), their tests are reported as skipped, and the
 * shipped pair is still checked.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BENCHMARKS, SHIPPED_PAIR, benchmarkOutputs, readRecordedOutputs, shippedPairOutput } from '../../../scripts/engineOutputs';

const recorded = readRecordedOutputs();

describe('the engine output, as recorded', () => {
  it('is the same on the shipped pair', () => {
    expect(shippedPairOutput()).toBe(recorded[SHIPPED_PAIR]);
  });

  for (const [name, folder] of Object.entries(BENCHMARKS)) {
    it.skipIf(!existsSync(folder))(`is the same on every case of ${name} (skipped where the benchmark is not beside the repository)`, () => {
      const outputs = benchmarkOutputs(name, folder);
      const recordedHere = Object.fromEntries(Object.entries(recorded).filter(([key]) => key.startsWith(`${name}/`)));
      expect(Object.keys(outputs).length).toBeGreaterThan(0);
      expect(outputs).toEqual(recordedHere);
    }, 120_000);
  }
});
