import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../src/core/edit/applyEdit';
import { linkCandidates, statusOf } from '../../../src/core/edit/index';
import type { Relation } from '../../../src/core/model/index';
import { relationOf, tram } from './fixtures';

describe('linkCandidates', () => {
  it('offers a one-sided claim every other relation that quotes the text it lacks', () => {
    const comparison = applyEdit(tram(), { type: 'create-claim', id: 'c1', lang: 'fr', start: 0, end: 5 });
    const candidates = linkCandidates(comparison, relationOf(comparison, 'c1'));
    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates.every((other) => other.en.length > 0 && other.id !== 'c1')).toBe(true);
    expect(candidates.length).toBe(comparison.relations.filter((other) => other.en.length > 0).length);
  });

  it('offers nothing to a relation that quotes both texts', () => {
    const comparison = tram();
    const both = comparison.relations.find((relation) => relation.fr.length > 0 && relation.en.length > 0) as Relation;
    expect(linkCandidates(comparison, both)).toEqual([]);
  });
});

describe('statusOf', () => {
  it('gives a relation its own status, automatic to an automatic one without, none to a curated one', () => {
    const relation = relationOf(tram(), 'a2');
    expect(statusOf({ ...relation, status: 'rejected' })).toBe('rejected');
    const withoutStatus: Relation = { ...relation };
    delete (withoutStatus as { status?: unknown }).status;
    expect(statusOf({ ...withoutStatus, origin: 'automatic' })).toBe('automatic');
    expect(statusOf({ ...withoutStatus, origin: 'curated' })).toBeNull();
  });
});
