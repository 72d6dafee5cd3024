import { describe, expect, it } from 'vitest';
import type { Finding, FindingStatus } from '../../../src/core/model/index';
import { aspectsEdit, judgementEdit } from '../../../src/ui/editing/findingEdits';

const finding = { id: 'r3', aspects: ['number', 'date'] } as unknown as Finding;

describe('judgementEdit', () => {
  it.each<[FindingStatus, 'confirmed' | 'rejected', FindingStatus]>([
    ['automatic', 'confirmed', 'confirmed'],
    ['automatic', 'rejected', 'rejected'],
    ['rejected', 'confirmed', 'confirmed'],
    ['confirmed', 'rejected', 'rejected'],
    ['confirmed', 'confirmed', 'automatic'],
    ['rejected', 'rejected', 'automatic'],
  ])('makes a finding %s, pressed %s, %s', (current, wanted, status) => {
    expect(judgementEdit(finding, current, wanted)).toEqual({ type: 'set-status', id: 'r3', status });
  });
});

describe('aspectsEdit', () => {
  it('adds a ticked aspect after those ticked before', () => {
    expect(aspectsEdit(finding, 'actor', true)).toEqual({ type: 'set-aspects', id: 'r3', aspects: ['number', 'date', 'actor'] });
  });

  it('takes out an unticked aspect and keeps the order of the others', () => {
    expect(aspectsEdit(finding, 'number', false)).toEqual({ type: 'set-aspects', id: 'r3', aspects: ['date'] });
  });
});
