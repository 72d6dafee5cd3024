import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNewerRecord, readSavedRecord, SavedRecordError, toSavedRecord } from '../../../src/core/library/index';
import { RECORD_ORIGINS, SAVE_VERSION } from '../../../src/core/library/savedRecord';
import type { Comparison } from '../../../src/core/model/index';
import { comparisonOf, finding, sentence } from '../pairFixture';

const CREATED = '2024-05-01T09:30:00.000Z';
const SAVED = '2024-05-02T17:05:12.250Z';

/** One automatic match as the engine proposes it, one curated discrepancy, one automatic one-sided claim already judged. */
function fixture(): Comparison {
  const judged = { ...finding('r3', 'only-fr', [sentence('fr', 2)], [], 'automatic'), status: 'rejected' as const };
  return comparisonOf([
    { ...finding('r1', 'match', [sentence('fr', 0)], [sentence('en', 0)], 'automatic'), status: 'automatic' },
    finding('r2', 'discrepancy', [sentence('fr', 1)], [sentence('en', 1)]),
    judged,
  ]);
}

/** What the store hands back: IndexedDB keeps a structured clone of what was put. */
function stored(value: unknown): unknown {
  return structuredClone(value);
}

function readError(value: unknown): SavedRecordError {
  try {
    readSavedRecord(value);
  } catch (error) {
    if (error instanceof SavedRecordError) return error;
    throw error;
  }
  throw new Error('expected readSavedRecord to refuse the value');
}

describe('toSavedRecord', () => {
  it('builds a record of the current version with the times it is given', () => {
    const comparison = fixture();
    const record = toSavedRecord({ id: 'c1', createdAt: CREATED, savedAt: SAVED, origin: 'imported', comparison });
    expect(record).toEqual({ version: SAVE_VERSION, id: 'c1', createdAt: CREATED, savedAt: SAVED, origin: 'imported', comparison });
    expect(SAVE_VERSION).toBe(2);
  });
});

describe('readSavedRecord', () => {
  it('reads back a current record as it was saved', () => {
    const record = toSavedRecord({ id: 'c1', createdAt: CREATED, savedAt: SAVED, origin: 'new', comparison: fixture() });
    expect(readSavedRecord(stored(record))).toEqual(record);
  });

  it('gives back any current record it is given, whatever its id, times and origin', () => {
    const instant = fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2999-12-31T23:59:59Z'), noInvalidDate: true }).map((date) => date.toISOString());
    const comparison = fixture();
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), instant, instant, fc.constantFrom(...RECORD_ORIGINS), (id, createdAt, savedAt, origin) => {
        const record = toSavedRecord({ id, createdAt, savedAt, origin, comparison });
        expect(readSavedRecord(JSON.parse(JSON.stringify(record)))).toEqual(record);
      }),
      { numRuns: 50 },
    );
  });

  it('migrates a version-1 record: automatic findings become unjudged, created when saved, made here', () => {
    const current = fixture();
    // Version 1 knew no status: strip it as a version-1 app would have written the findings.
    const findings = current.relations.map((finding) => Object.fromEntries(Object.entries(finding).filter(([key]) => key !== 'status')));
    const v1 = { version: 1, id: 'old', savedAt: SAVED, comparison: { ...current, relations: findings } };

    const record = readSavedRecord(stored(v1));

    expect(record.version).toBe(SAVE_VERSION);
    expect(record).toMatchObject({ id: 'old', createdAt: SAVED, savedAt: SAVED, origin: 'new' });
    expect(record.comparison.relations.map((r) => [r.id, r.origin, r.status])).toEqual([
      ['r1', 'automatic', 'automatic'],
      ['r2', 'curated', undefined],
      ['r3', 'automatic', 'automatic'],
    ]);
    expect(record.comparison.sources).toEqual(current.sources);
  });

  it('keeps a status a version-1 record already carries', () => {
    const v1 = { version: 1, id: 'old', savedAt: SAVED, comparison: fixture() };
    expect(readSavedRecord(stored(v1)).comparison.relations.find((r) => r.id === 'r3')?.status).toBe('rejected');
  });

  it.each([
    ['the next version', { version: 3, id: 'future', createdAt: CREATED, savedAt: SAVED, origin: 'new', comparison: {} }],
    ['a far version in a shape this app does not know', { version: 40, id: 'future', payload: 'compressed' }],
  ])('refuses a record of %s as newer, not as damaged', (_case, value) => {
    const error = readError(value);
    expect(error.code).toBe('newer-version');
    expect(error.message).toContain('"future"');
  });

  it.each([
    ['null', null],
    ['a string', 'record'],
    ['a list', [1, 2]],
    ['no version', { id: 'x', savedAt: SAVED, comparison: {} }],
    ['version 0', { version: 0, id: 'x', savedAt: SAVED, comparison: {} }],
    ['a fractional version', { version: 1.5, id: 'x', savedAt: SAVED, comparison: {} }],
    ['a version written as text', { version: '2', id: 'x' }],
    ['no id', { version: 2, createdAt: CREATED, savedAt: SAVED, origin: 'new', comparison: fixture() }],
    ['an unknown origin', { version: 2, id: 'x', createdAt: CREATED, savedAt: SAVED, origin: 'pasted', comparison: fixture() }],
    ['a date that is not a time', { version: 2, id: 'x', createdAt: '2024-05-01', savedAt: SAVED, origin: 'new', comparison: fixture() }],
    ['a day that does not exist', { version: 2, id: 'x', createdAt: '2024-02-30T10:00:00Z', savedAt: SAVED, origin: 'new', comparison: fixture() }],
    ['a version-1 record without its time', { version: 1, id: 'x', comparison: fixture() }],
  ])('refuses %s as corrupt', (_case, value) => {
    expect(readError(value).code).toBe('corrupt');
  });

  it('refuses a record whose comparison is damaged, naming the record and the finding', () => {
    const comparison = fixture();
    const [first, ...rest] = comparison.relations;
    if (!first) throw new Error('fixture: no finding');
    const damaged = { ...comparison, relations: [{ ...first, fr: [{ ...first.fr[0], quote: 'not in the text' }] }, ...rest] };
    const error = readError({ version: 2, id: 'c9', createdAt: CREATED, savedAt: SAVED, origin: 'copy', comparison: damaged });
    expect(error.code).toBe('corrupt');
    expect(error.message).toContain('saved record "c9"');
    expect(error.message).toContain('finding "r1"');
    expect(error.issues.map((issue) => issue.code)).toEqual(['quote-mismatch']);
  });
});

describe('isNewerRecord', () => {
  it.each([
    [{ version: 3, id: 'x' }, true],
    [{ version: 2, id: 'x' }, false],
    [{ version: 1, id: 'x' }, false],
    [{ version: '3', id: 'x' }, false],
    [{ id: 'x' }, false],
    [null, false],
    [undefined, false],
  ])('says whether %j was written by a newer app', (value, expected) => {
    expect(isNewerRecord(value)).toBe(expected);
  });
});
