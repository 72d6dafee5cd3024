import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { proposeComparison } from '../../src/core/proposal/proposal';
import { findingList, openFinding, renderApp, shippedComparison } from './renderApp';

const engine = proposeComparison(shippedComparison()).automatic;
// The engine's first discrepancy on the shipped pair, and its confidence as the view writes it.
const discrepancy = engine.relations.find((finding) => finding.kind === 'discrepancy');
if (!discrepancy?.confidence) throw new Error('the engine proposes no discrepancy on the shipped pair');
const percent = Math.round(discrepancy.confidence * 100);
// The engine loads and runs inside the test: well under a second in a browser, longer in jsdom on a busy machine.
const ENGINE = { timeout: 15_000 };

function panel(): HTMLElement {
  const found = openFinding();
  if (!found) throw new Error('no finding is open');
  return found;
}

describe('ProvenanceBadge, for the engine’s findings', { timeout: 30_000 }, () => {
  it("marks the open finding of the engine as automatic beside its kind, with the engine's confidence", async () => {
    const { user } = await renderApp('/?proposal=automatic');
    const entries = await within(findingList()).findAllByRole('link', { name: new RegExp(` Automatic ${percent}% confidence$`) }, ENGINE);
    const entry = entries.find((link) => link.getAttribute('href')?.includes(`finding=${discrepancy.id}`));
    if (!entry) throw new Error(`no list entry opens ${discrepancy.id}`);

    await user.click(entry);

    expect(within(panel()).getByRole('heading', { level: 2, name: `Finding: Discrepancy Automatic ${percent}% confidence` })).toBeTruthy();
    expect(within(panel()).getByText('Found automatically')).toBeTruthy();
    expect(within(panel()).getByText(`${percent}%`)).toBeTruthy();
  });

  it('says it in French too', async () => {
    await renderApp(`/?lang=fr&proposal=automatic&finding=${discrepancy.id}`);
    const openPanel = await screen.findByRole('complementary', { name: new RegExp(`^Constat : Divergence Automatique confiance ${percent}\\s%$`) }, ENGINE);
    expect(within(openPanel).getByText('Établi automatiquement')).toBeTruthy();
  });

  it('leaves a curated finding unmarked', async () => {
    await renderApp('/?finding=lost-negation');
    expect(within(panel()).getByRole('heading', { level: 2, name: 'Finding: Discrepancy' })).toBeTruthy();
    expect(screen.queryByText('Automatic')).toBeNull();
  });
});
