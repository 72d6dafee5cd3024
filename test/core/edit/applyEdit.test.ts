import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseComparison } from '../../../src/core/comparisonFile/index';
import { applyEdit } from '../../../src/core/edit/applyEdit';
import { EDIT_ERROR_CODES, EDIT_TYPES } from '../../../src/core/edit/edit';
import { allowedKinds, canJoin, createHistory, nextClaimId, recordEdit, redo, splitPlaces, undo, type Edit, type EditErrorCode } from '../../../src/core/edit/index';
import { ASPECTS, LANGS, type Comparison, type Finding } from '../../../src/core/model/index';
import { FINDING_STATUSES } from '../../../src/core/model/types';
import { codeOf, deepFreeze, shipped, tram } from './fixtures';

describe('the tram fixture, as the engine compares it', () => {
  it('has the rows and findings the editing tests rely on', () => {
    const comparison = tram();
    expect(comparison.alignment.map((bead) => [bead.fr, bead.en])).toEqual([
      [[0], [0, 1]],
      [[1], [2]],
      [[2], []],
      [[3], [3]],
      [[], [4]],
    ]);
    expect(comparison.relations.map((finding) => [finding.id, finding.kind, finding.status])).toEqual([
      ['a1', 'match', 'automatic'],
      ['a2', 'match', 'automatic'],
      ['a3', 'discrepancy', 'automatic'],
      ['a4', 'only-fr', 'automatic'],
      ['a5', 'match', 'automatic'],
      ['a6', 'only-en', 'automatic'],
    ]);
  });
});

describe('applyEdit', () => {
  // One edit that fails for each reason, on the tram fixture.
  const failing: readonly [EditErrorCode, Edit][] = [
    ['no-such-row', { type: 'split-row', row: -1, lang: 'fr', at: 1 }],
    ['cannot-join-last', { type: 'join-rows', row: 4 }],
    ['bad-split', { type: 'split-row', row: 1, lang: 'en', at: 1 }],
    ['empty-selection', { type: 'create-claim', id: 'c1', lang: 'en', start: 3, end: 3 }],
    ['selection-outside-paragraph', { type: 'create-claim', id: 'c1', lang: 'en', start: 0, end: 100 }],
    ['bad-id', { type: 'create-claim', id: '', lang: 'en', start: 0, end: 3 }],
    ['id-taken', { type: 'create-claim', id: 'a6', lang: 'en', start: 0, end: 3 }],
    ['no-such-finding', { type: 'set-note', id: 'nope', lang: 'en', text: '' }],
    ['same-finding', { type: 'link-claims', from: 'a6', to: 'a6' }],
    ['same-side', { type: 'link-claims', from: 'a4', to: 'a4-twin' }],
    ['already-linked', { type: 'link-claims', from: 'a2', to: 'a5' }],
    ['kind-not-allowed', { type: 'set-kind', id: 'a6', kind: 'match' }],
    ['aspects-need-discrepancy', { type: 'set-aspects', id: 'a5', aspects: ['date'] }],
    ['empty-name', { type: 'rename', name: ' ' }],
  ];
  // A second French-only claim, for linking two claims of the same side.
  const withTwin = applyEdit(tram(), { type: 'create-claim', id: 'a4-twin', lang: 'fr', start: 0, end: 2 });

  it.each(failing)("throws an EditError coded '%s' and leaves the comparison as it was", (code, edit) => {
    const before = JSON.stringify(withTwin);
    expect(codeOf(() => applyEdit(withTwin, edit))).toBe(code);
    expect(JSON.stringify(withTwin)).toBe(before);
  });

  it('has an example above for every code an EditError can carry', () => {
    expect(failing.map(([code]) => code).sort()).toEqual([...EDIT_ERROR_CODES].sort());
  });

  it('keeps any sequence of edits valid, and undoing them all gives back the very comparison it started from', () => {
    const seen = new Set<Edit['type']>();
    fc.assert(
      fc.property(
        fc.constantFrom(tram(), shipped()),
        fc.array(fc.record({ type: fc.nat(), pick: fc.nat(), other: fc.nat(), text: fc.string({ maxLength: 12 }) }), { maxLength: 25 }),
        (start, steps) => {
          let history = createHistory(start);
          for (const step of steps) {
            const edit = chooseEdit(history.present, step);
            if (edit === null) continue;
            seen.add(edit.type);
            // Frozen, so that an edit that changed the comparison it was given would throw.
            history = recordEdit({ ...history, present: deepFreeze(history.present) }, edit);
            expect(() => parseComparison(history.present)).not.toThrow();
          }
          const end = history.present;
          while (history.past.length > 0) history = undo(history);
          expect(history.present).toBe(start);
          while (history.future.length > 0) history = redo(history);
          expect(history.present).toBe(end);
        },
      ),
      { numRuns: 120 },
    );
    // The generator must reach every kind of edit, or the property says less than it claims.
    expect([...seen].sort()).toEqual([...EDIT_TYPES].sort());
  });
});

interface Step {
  readonly type: number;
  readonly pick: number;
  readonly other: number;
  readonly text: string;
}

/**
 * An edit that applies to `comparison`, chosen by the step's numbers among those of kind
 * EDIT_TYPES[step.type % EDIT_TYPES.length], built only from what the core offers (canJoin, splitPlaces,
 * allowedKinds, nextClaimId) and from the comparison's own texts; null when none of that kind applies.
 */
function chooseEdit(comparison: Comparison, step: Step): Edit | null {
  const { relations, alignment, sources } = comparison;
  const choose = <T>(items: readonly T[], n: number): T | null => (items.length === 0 ? null : (items[n % items.length] as T));
  const finding = choose(relations, step.pick);
  const type = EDIT_TYPES[step.type % EDIT_TYPES.length] ?? 'delete-claim';
  switch (type) {
    case 'join-rows': {
      const row = choose(alignment.map((_, index) => index).filter((index) => canJoin(comparison, index)), step.pick);
      return row === null ? null : { type, row };
    }
    case 'split-row': {
      const places = alignment.flatMap((_, row) => splitPlaces(comparison, row).map((place) => ({ row, ...place })));
      const place = choose(places, step.pick);
      return place === null ? null : { type, ...place };
    }
    case 'create-claim': {
      const lang = LANGS[step.other % 2] ?? 'fr';
      const source = sources[lang];
      const [paragraphStart, paragraphEnd] = choose(source.paragraphs, step.pick) ?? [0, 0];
      const start = paragraphStart + (step.other % (paragraphEnd - paragraphStart));
      const end = start + 1 + (step.pick % (paragraphEnd - start));
      if (source.text.slice(start, end).trim() === '') return null;
      return { type, id: nextClaimId(comparison), lang, start, end };
    }
    case 'link-claims': {
      const pairs = relations.flatMap((from) => relations.filter((to) => canLink(from, to)).map((to) => ({ from: from.id, to: to.id })));
      const pair = choose(pairs, step.pick);
      return pair === null ? null : { type, ...pair };
    }
    case 'set-kind': {
      const kind = finding === null ? null : choose(allowedKinds(finding), step.other);
      return finding === null || kind === null ? null : { type, id: finding.id, kind };
    }
    case 'set-aspects': {
      const discrepancy = choose(relations.filter((candidate) => candidate.kind === 'discrepancy'), step.pick);
      // The bits of `other` say which aspects are ticked, listed backwards to test the ordering.
      const aspects = ASPECTS.filter((_, index) => (step.other >> index) & 1).reverse();
      return discrepancy === null ? null : { type, id: discrepancy.id, aspects };
    }
    case 'set-note':
      return finding === null ? null : { type, id: finding.id, lang: LANGS[step.other % 2] ?? 'fr', text: step.text };
    case 'set-status':
      return finding === null ? null : { type, id: finding.id, status: FINDING_STATUSES[step.other % 3] ?? 'confirmed' };
    case 'delete-claim':
      return finding === null ? null : { type, id: finding.id };
    case 'rename':
      return step.text.trim() === '' ? null : { type, name: step.text };
  }
}

/** Whether `to` quotes a side that `from` can take: the one it lacks, or either when it has both and `to` is one-sided. */
function canLink(from: Finding, to: Finding): boolean {
  if (from.id === to.id) return false;
  const sides = (finding: Finding) => LANGS.filter((lang) => finding[lang].length > 0);
  const fromSides = sides(from);
  const toSides = sides(to);
  if (fromSides.length === 2) return toSides.length === 1;
  return LANGS.some((lang) => !fromSides.includes(lang) && toSides.includes(lang));
}
