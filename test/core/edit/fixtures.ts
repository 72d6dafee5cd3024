/**
 * The editing tests' comparisons: the shipped one (curated, no status), and a small one the engine
 * makes from a tram-line story written for these tests (every finding automatic). Its shape, which
 * the tests rely on, is checked in applyEdit.test.ts:
 *
 *     rows       fr [0] en [0, 1] · fr [1] en [2] · fr [2] en [] · fr [3] en [3] · fr [] en [4]
 *     findings  a1 match, a2 match, a3 discrepancy (number), a4 only-fr, a5 match, a6 only-en
 */
import { expect } from 'vitest';
import { parseComparison, serializeComparison } from '../../../src/core/comparisonFile/index';
import { EditError, type EditErrorCode } from '../../../src/core/edit/index';
import { compareTexts } from '../../../src/core/engine/index';
import type { Comparison, Finding } from '../../../src/core/model/index';
import { readPairFile } from '../shipped';

export const TRAM_FR = `Le conseil régional a inauguré lundi une nouvelle ligne de tramway à Dijon. La ligne compte 18 stations.

Le maire a déclaré que les travaux avaient coûté 90 millions d'euros.

Les habitants du quartier nord attendaient ce projet depuis dix ans.

La prochaine ligne desservira l'aéroport en 2030.`;

export const TRAM_EN = `The regional council opened a new tram line in Dijon on Monday.

The line has 18 stops.

The mayor said the works had cost 95 million euros.

The next line will serve the airport in 2030.

A brass band played jazz for an hour at the opening ceremony.`;

const tramOnce = deepFreeze(compareTexts(TRAM_FR, TRAM_EN, { name: 'tram' }));
const shippedOnce = deepFreeze(parseComparison(readPairFile('comparison.json')));

/** The engine's comparison of the tram story, frozen so that an edit that changed its input would throw. */
export function tram(): Comparison {
  return tramOnce;
}

/** The shipped comparison, frozen likewise. */
export function shipped(): Comparison {
  return shippedOnce;
}

/** The finding with this id, which the test expects to exist. */
export function findingOf(comparison: Comparison, id: string): Finding {
  const finding = comparison.relations.find((candidate) => candidate.id === id);
  if (finding === undefined) throw new Error(`fixture: no finding "${id}"`);
  return finding;
}

/** The code of the EditError that `edit` throws; fails the test when it throws nothing or something else. */
export function codeOf(edit: () => unknown): EditErrorCode {
  try {
    edit();
  } catch (error) {
    if (error instanceof EditError) return error.code;
    throw error;
  }
  throw new Error('the edit was applied');
}

/** Asserts that the comparison is a valid comparison file, and that saving and loading it loses nothing. */
export function expectValid(comparison: Comparison): void {
  expect(() => parseComparison(comparison)).not.toThrow();
  expect(parseComparison(serializeComparison(comparison))).toEqual(comparison);
}

/** The value, frozen through and through: an edit that changed it would throw (tests run in strict mode). */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
