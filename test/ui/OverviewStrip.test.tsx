import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FINDING_KINDS } from '../../src/core/model/index';
import { locateFindings } from '../../src/core/reading/index';
import { openFinding, renderApp, shippedComparison, textsRegion } from './renderApp';

function bar(name: string) {
  return screen.getByRole('list', { name });
}

describe('OverviewStrip', () => {
  it('marks, on each bar, every discrepancy and one-source claim of that text', async () => {
    await renderApp();
    const marks = locateFindings(shippedComparison(), new Set(FINDING_KINDS));
    expect(within(bar('French source, from beginning to end')).getAllByRole('link')).toHaveLength(marks.fr.length);
    expect(within(bar('English source, from beginning to end')).getAllByRole('link')).toHaveLength(marks.en.length);
    expect(marks.fr.length).toBeGreaterThan(0);
    expect(marks.en.length).toBeGreaterThan(marks.fr.length);
  });

  it('names each mark by its kind and place, and opens its finding', async () => {
    const { user } = await renderApp();
    const mark = within(bar('French source, from beginning to end')).getByRole('link', {
      name: 'Only in the French source, 7% into the text: “le cyber-régulateur chinois”',
    });

    await user.click(mark);

    const panel = openFinding();
    expect(panel && within(panel).getByRole('heading', { name: 'Finding: Only in the French source' })).toBeTruthy();
    expect(mark.getAttribute('aria-current')).toBe('true');
  });

  it('drops the marks of a kind switched off', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: /^Only in the English source/ }));
    const marks = locateFindings(shippedComparison(), new Set(['match', 'discrepancy', 'only-fr']));
    const english = within(bar('English source, from beginning to end')).getAllByRole('link');
    expect(english).toHaveLength(marks.en.length);
    for (const mark of english) expect(mark.getAttribute('aria-label')).toMatch(/^Discrepancy/);
  });

  it('lights the marks of a claim pointed at in the texts', async () => {
    const { user } = await renderApp();
    const mark = within(bar('English source, from beginning to end')).getByRole('link', { name: /^Discrepancy, \d+% into the text: “Officials deny/ });
    expect(mark.classList.contains('overview-mark__link--lit')).toBe(false);

    await user.hover(within(textsRegion()).getByRole('link', { name: /^Chine : aucune interdiction/ }));

    expect(mark.classList.contains('overview-mark__link--lit')).toBe(true);
  });
});
