import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { proposeComparison } from '../../src/core/proposal';
import { findingList, openFinding, renderApp, shippedComparison } from './renderApp';

const engine = proposeComparison(shippedComparison()).automatic;
// The engine loads and runs inside the test: well under a second in a browser, longer in jsdom on a busy machine.
const ENGINE = { timeout: 15_000 };

function panel(): HTMLElement {
  const found = openFinding();
  if (!found) throw new Error('no finding is open');
  return found;
}

describe('AutomaticBadge', { timeout: 30_000 }, () => {
  it("marks the open finding of the engine as automatic beside its kind, with the engine's confidence", async () => {
    const { user } = await renderApp('/?proposal=automatic');
    const negation = engine.relations.find((relation) => relation.kind === 'discrepancy');
    expect(negation?.confidence).toBe(0.577);

    await user.click(await within(findingList()).findByRole('link', { name: /^Enterprises and individuals .*Negation Automatic 58% confidence$/ }, ENGINE));

    expect(within(panel()).getByRole('heading', { level: 2, name: 'Finding: Discrepancy Automatic 58% confidence' })).toBeTruthy();
    expect(within(panel()).getByText('Found automatically')).toBeTruthy();
    expect(within(panel()).getByText('58%')).toBeTruthy();
  });

  it('says it in French too', async () => {
    await renderApp('/?lang=fr&proposal=automatic&finding=a11');
    const finding = await screen.findByRole('complementary', { name: /^Constat : Divergence Automatique confiance 58\s%$/ }, ENGINE);
    expect(within(finding).getByText('Établi automatiquement')).toBeTruthy();
  });

  it('leaves a curated finding unmarked', async () => {
    await renderApp('/?finding=lost-negation');
    expect(within(panel()).getByRole('heading', { level: 2, name: 'Finding: Discrepancy' })).toBeTruthy();
    expect(screen.queryByText('Automatic')).toBeNull();
  });
});
