import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../../src/core/model/index';
import { useEditHistory } from '../../../src/ui/editing/useEditHistory';
import { BUDGET_FR, councilComparison, findingQuoting } from './editingHarness';

async function renderHistory(initial: Comparison) {
  const changes: Comparison[] = [];
  const hook = renderHook(({ comparison }) => useEditHistory(comparison, (next) => changes.push(next)), { initialProps: { comparison: initial } });
  // The core's history code loads after the first view.
  await waitFor(() => expect(hook.result.current.ready).toBe(true), { timeout: 10_000 });
  return { ...hook, changes };
}

describe('useEditHistory', () => {
  it('shows the comparison given until an edit, with nothing to undo or redo', async () => {
    const initial = councilComparison();
    const { result, changes } = await renderHistory(initial);
    expect(result.current).toMatchObject({ comparison: initial, canUndo: false, canRedo: false, undoEdit: null, redoEdit: null, last: null });
    expect(changes).toEqual([]);
  });

  it('applies an edit, names it for Undo, and tells onChange each new comparison', async () => {
    const { result, changes } = await renderHistory(councilComparison());
    const id = findingQuoting(result.current.comparison, BUDGET_FR).id;

    let error: unknown = 'not called';
    act(() => {
      error = result.current.apply({ type: 'set-kind', id, kind: 'match' });
    });

    expect(error).toBeNull();
    expect(findingQuoting(result.current.comparison, BUDGET_FR).kind).toBe('match');
    expect(result.current).toMatchObject({ canUndo: true, canRedo: false, undoEdit: { type: 'set-kind', id, kind: 'match' } });
    expect(result.current.last).toEqual({ action: 'done', edit: { type: 'set-kind', id, kind: 'match' } });
    expect(changes).toEqual([result.current.comparison]);

    act(() => result.current.undo());
    expect(findingQuoting(result.current.comparison, BUDGET_FR).kind).toBe('discrepancy');
    expect(result.current).toMatchObject({ canUndo: false, canRedo: true, redoEdit: { type: 'set-kind', id, kind: 'match' }, last: { action: 'undone' } });
    expect(changes).toHaveLength(2);
    expect(changes[1]).toBe(result.current.comparison);
  });

  it('returns why an edit does not apply, and changes nothing', async () => {
    const initial = councilComparison();
    const { result, changes } = await renderHistory(initial);

    let error: { code?: string } | null = null;
    act(() => {
      error = result.current.apply({ type: 'join-rows', row: initial.alignment.length - 1 });
    });

    expect(error).toMatchObject({ code: 'cannot-join-last' });
    expect(result.current.comparison).toBe(initial);
    expect(result.current.canUndo).toBe(false);
    expect(changes).toEqual([]);
  });

  it('records no step for an edit that changes nothing', async () => {
    const initial = councilComparison();
    const { result, changes } = await renderHistory(initial);
    const finding = findingQuoting(initial, BUDGET_FR);

    act(() => {
      result.current.apply({ type: 'set-note', id: finding.id, lang: 'en', text: finding.note.en });
    });

    expect(result.current.comparison).toBe(initial);
    expect(result.current.canUndo).toBe(false);
    expect(changes).toEqual([]);
  });

  it('starts a new history for a new comparison', async () => {
    const { result, rerender } = await renderHistory(councilComparison());
    act(() => {
      result.current.apply({ type: 'join-rows', row: 0 });
    });
    expect(result.current.canUndo).toBe(true);

    const other = councilComparison();
    rerender({ comparison: other });

    expect(result.current.comparison).toBe(other);
    expect(result.current).toMatchObject({ canUndo: false, canRedo: false, last: null });
  });
});
