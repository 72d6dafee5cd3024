import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Comparison } from '../../../src/core/model/index';
import { useCloseVanishedFinding } from '../../../src/ui/reading/useCloseVanishedFinding';
import { shippedComparison } from '../renderApp';

interface Shown {
  readonly comparison: Comparison;
  readonly findingId: string | null;
}

/** The hook as App uses it: whether the comparison shown holds the finding the address names. */
function renderWatch(first: Shown) {
  const close = vi.fn();
  const view = renderHook(({ comparison, findingId }: Shown) => useCloseVanishedFinding(comparison, findingId, comparison.relations.some((finding) => finding.id === findingId), close), { initialProps: first });
  return { close, rerender: view.rerender };
}

const analysts = shippedComparison();
const heldId = analysts.relations[0]?.id as string;
/** Another comparison of the same texts whose findings have other ids, as the engine's proposal has. */
const engines: Comparison = { ...analysts, relations: analysts.relations.map((finding, index) => ({ ...finding, id: `a${index + 1}` })) };

describe('useCloseVanishedFinding', () => {
  it("closes a finding the reader opened when a comparison without it replaces the one shown", () => {
    const { close, rerender } = renderWatch({ comparison: analysts, findingId: null });
    rerender({ comparison: analysts, findingId: heldId });
    expect(close).not.toHaveBeenCalled();

    rerender({ comparison: engines, findingId: heldId });

    expect(close).toHaveBeenCalledTimes(1);
  });

  it('keeps it open when the new comparison holds it too', () => {
    const { close, rerender } = renderWatch({ comparison: analysts, findingId: null });
    rerender({ comparison: analysts, findingId: heldId });
    rerender({ comparison: { ...analysts }, findingId: heldId });
    expect(close).not.toHaveBeenCalled();
  });

  it('leaves the finding the address named as the page opened, so that a wrong link is reported', () => {
    const { close, rerender } = renderWatch({ comparison: analysts, findingId: heldId });
    rerender({ comparison: engines, findingId: heldId });
    expect(close).not.toHaveBeenCalled();
  });

  it('does nothing while the comparison shown stays the same', () => {
    const { close, rerender } = renderWatch({ comparison: analysts, findingId: null });
    rerender({ comparison: analysts, findingId: 'no-such-finding' });
    expect(close).not.toHaveBeenCalled();
  });
});
