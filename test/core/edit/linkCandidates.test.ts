import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../src/core/edit/applyEdit';
import { linkCandidates, statusOf } from '../../../src/core/edit/index';
import type { Finding } from '../../../src/core/model/index';
import { findingOf, tram } from './fixtures';

describe('linkCandidates', () => {
  it('offers a one-sided claim every other finding that quotes the text it lacks', () => {
    const comparison = applyEdit(tram(), { type: 'create-claim', id: 'c1', lang: 'fr', start: 0, end: 5 });
    const candidates = linkCandidates(comparison, findingOf(comparison, 'c1'));
    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates.every((other) => other.en.length > 0 && other.id !== 'c1')).toBe(true);
    expect(candidates.length).toBe(comparison.relations.filter((other) => other.en.length > 0).length);
  });

  it('offers nothing to a finding that quotes both texts', () => {
    const comparison = tram();
    const both = comparison.relations.find((finding) => finding.fr.length > 0 && finding.en.length > 0) as Finding;
    expect(linkCandidates(comparison, both)).toEqual([]);
  });
});

describe('statusOf', () => {
  it('gives a finding its own status, automatic to an automatic one without, none to a curated one', () => {
    const finding = findingOf(tram(), 'a2');
    expect(statusOf({ ...finding, status: 'rejected' })).toBe('rejected');
    const withoutStatus: Finding = { ...finding };
    delete (withoutStatus as { status?: unknown }).status;
    expect(statusOf({ ...withoutStatus, origin: 'automatic' })).toBe('automatic');
    expect(statusOf({ ...withoutStatus, origin: 'curated' })).toBeNull();
  });
});
