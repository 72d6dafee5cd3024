/**
 * Two texts prepared apart, one of them sent to another thread in flat form, then joined, give the
 * comparison that preparing them together gives, byte for byte: the command line prepares a long
 * pair's French text in a worker thread (src/cli/parallelSides.ts) and must not change a finding.
 * `structuredClone` with the buffers transferred is what posting to a worker does to the message.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareSources } from '../../../src/core/engine/compare';
import { extractFeatures, KeyTable, type SentenceFeatures } from '../../../src/core/engine/features';
import { loadLexicon } from '../../../src/core/engine/lexicon';
import { joinPreparedSides, prepareSide, type PreparedSide } from '../../../src/core/engine/preparedSide';
import { fromTransferable, toTransferable } from '../../../src/core/engine/transferableSide';
import { readInput } from '../../../src/core/intake/input';
import { serializeComparison } from '../../../src/core/comparisonFile/index';
import type { Lang, Source } from '../../../src/core/model/types';
import { syntheticPair } from '../../../src/ui/worker/syntheticPair';

/** A side as a worker thread gives it back: flat, posted with its buffers transferred, rebuilt against the source. */
function throughAThread(side: PreparedSide, source: Source): PreparedSide {
  const { side: flat, transfer } = toTransferable(side);
  const received = structuredClone(flat, { transfer });
  // The sender no longer holds what it transferred: nothing is copied twice.
  expect(flat.keyIds.byteLength).toBe(0);
  return fromTransferable(received, source);
}

/** A sentence's features as plain values, typed arrays as lists, for comparing two extractions. */
function plain(sentence: SentenceFeatures): unknown {
  return { ...sentence, keys: [...sentence.keys], unitOf: [...sentence.unitOf], weights: [...sentence.weights], unitSpans: [...sentence.unitSpans], unitKeys: [...sentence.unitKeys] };
}

function read(text: string, lang: Lang): Source {
  return readInput(text, lang, { fileName: `${lang}.md` });
}

describe('texts prepared apart', () => {
  it('give the comparison that preparing them together gives, on a long pair the project wrote', () => {
    const pair = syntheticPair(120);
    const fr = read(pair.fr, 'fr');
    const en = read(pair.en, 'en');
    const together = compareSources(fr, en, { name: 'pair' });
    const prepared = joinPreparedSides(throughAThread(prepareSide(fr, 'segment'), fr), prepareSide(en, 'segment'));
    const apart = compareSources(fr, en, { name: 'pair' }, prepared);
    expect(apart.comparison.relations.length).toBeGreaterThan(100);
    expect(serializeComparison(apart.comparison)).toBe(serializeComparison(together.comparison));
    expect(apart.links).toEqual(together.links);
  });

  it('number their keys as one shared table filled French first would, whatever the sentences', () => {
    const word = fc.constantFrom('ministre', 'minister', 'Pékin', 'Beijing', 'hausse', 'rise', '15 %', '15%', 'le 3 mars', 'March 3', 'VPN', 'réseau', 'network', 'n’a pas', 'not', 'Nations unies', 'United Nations');
    const sentences = fc.array(fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => `${words.join(' ')}.`), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(sentences, sentences, (frSentences, enSentences) => {
        const fr = read(frSentences.join('\n\n'), 'fr');
        const en = read(enSentences.join('\n\n'), 'en');
        const frSide = prepareSide(fr, 'segment');
        const enSide = prepareSide(en, 'segment');
        const joined = joinPreparedSides(throughAThread(frSide, fr), throughAThread(enSide, en));
        // The reference: one table, the French text's sentences first, as compareSources extracts them.
        const table = new KeyTable();
        const texts = (source: Source, side: PreparedSide) => side.sentences.ranges.map(([start, end]) => source.text.slice(start, end));
        const shared = { fr: extractFeatures(texts(fr, frSide), 'fr', loadLexicon(), table), en: extractFeatures(texts(en, enSide), 'en', loadLexicon(), table) };
        expect(joined.features.fr.map(plain)).toEqual(shared.fr.map(plain));
        expect(joined.features.en.map(plain)).toEqual(shared.en.map(plain));
        expect(joined.sentences.en).toEqual(enSide.sentences);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses sides given the wrong way round', () => {
    const fr = prepareSide(read('Le ministre a parlé.', 'fr'), 'segment');
    const en = prepareSide(read('The minister spoke.', 'en'), 'segment');
    expect(() => joinPreparedSides(en, fr)).toThrow(/sides en and fr/);
  });
});
