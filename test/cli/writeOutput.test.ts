/**
 * The writer of `--out` encodes its pieces a batch at a time into one buffer: whatever the pieces,
 * long or short, with emoji whose two halves straddle a batch's end, the file holds exactly their
 * UTF-8, as if the text had been written whole.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { writeOutput } from '../../src/cli/output';

const work = mkdtempSync(join(tmpdir(), 'compare-write-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The batch the writer encodes at a time (output.ts). */
const BATCH = 1 << 16;

async function written(pieces: readonly string[]): Promise<Buffer> {
  const path = join(work, 'out.txt');
  await writeOutput(pieces, path);
  return readFileSync(path);
}

describe('writeOutput to a file', () => {
  it('keeps an emoji whole where a batch of a long piece ends between its two halves', async () => {
    // "🙂" is two UTF-16 units: at BATCH - 1 its first half is the batch's last unit.
    const piece = `${'a'.repeat(BATCH - 1)}🙂${'é'.repeat(BATCH)}🙂`;
    expect((await written([piece])).equals(Buffer.from(piece, 'utf8'))).toBe(true);
  });

  it('writes the UTF-8 of the pieces joined, for any pieces', async () => {
    const unit = fc.constantFrom('a', 'é', '€', '🙂', '\n', '"', '\\');
    const piece = fc.oneof(fc.array(unit, { maxLength: 40 }).map((units) => units.join('')), fc.tuple(unit, fc.integer({ min: BATCH - 3, max: 2 * BATCH + 3 })).map(([one, count]) => one.repeat(count)));
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 6 }), async (pieces) => {
        expect((await written(pieces)).equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
