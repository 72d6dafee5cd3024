import { act, fireEvent, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseComparison } from '../../src/core/comparisonFile/index';
import { compareTexts } from '../../src/core/engine/index';
import { syntheticPair } from '../../src/ui/worker/syntheticPair';
import { orderFindings, rowLocator } from '../../src/core/findings/index';
import type { Comparison, Lang, Finding } from '../../src/core/model/index';
import { VIRTUAL_ROWS_FROM } from '../../src/ui/components/RowList';
import { renderApp, shippedComparison, textsRegion } from './renderApp';

// Built once: the engine takes a moment over 400 paragraphs a side. The virtualizer, which the app
// loads on demand, is loaded here too, so that no test's wait includes its first load.
let long: Comparison;
beforeAll(async () => {
  const pair = syntheticPair(400);
  long = compareTexts(pair.fr, pair.en, { name: 'synthetic' });
  await import('../../src/ui/components/RowsNearWindow');
});

// jsdom does not scroll (and says so on the console): the list's jumps are measured in Chromium,
// by npm run measure:large.
beforeEach(() => {
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** The paragraphs of one text that the reading view shows, its title above the texts aside. */
function shownParagraphs(comparison: Comparison, lang: Lang): HTMLElement[] {
  return within(textsRegion())
    .getAllByRole('paragraph')
    .filter((paragraph) => paragraph.getAttribute('lang') === lang && paragraph.textContent !== comparison.sources[lang].title);
}

/** The row of a finding's first quote in `lang`, from the core. */
function rowOf(comparison: Comparison, finding: Finding, lang: Lang): number {
  const span = finding[lang][0];
  if (!span) throw new Error(`${finding.id} has no ${lang} quote`);
  return rowLocator(comparison)(lang, span.start);
}

/** The claims of the texts that belong to the open finding. */
function currentClaims(): HTMLElement[] {
  return within(textsRegion()).queryAllByRole('link', { current: true });
}

/** Renders a long comparison and waits for its virtualizer, which loads on demand, to draw the rows. */
async function renderVirtual(comparison: Comparison) {
  const view = await renderApp('/', comparison);
  await waitFor(() => expect(document.querySelector('.texts__rows--virtual')).not.toBeNull());
  return view;
}

describe('RowList', () => {
  it('draws every row of the shipped comparison', async () => {
    const shipped = shippedComparison();
    expect(shipped.alignment.length).toBeLessThan(VIRTUAL_ROWS_FROM);
    await renderApp('/', shipped);
    for (const lang of ['fr', 'en'] as const) {
      const paragraphs = shipped.sources[lang].paragraphs.length - shipped.sources[lang].headings.length;
      expect(shownParagraphs(shipped, lang)).toHaveLength(paragraphs);
    }
  });

  it('draws only the rows near the window of a long comparison', async () => {
    expect(long.alignment.length).toBeGreaterThanOrEqual(VIRTUAL_ROWS_FROM);
    await renderVirtual(long);
    const shown = shownParagraphs(long, 'fr');
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(40);
    expect(long.sources.fr.paragraphs.length).toBeGreaterThan(400);
    // The first row is among them: the window is at the top of the page.
    expect(within(textsRegion()).queryByRole('heading', { name: 'Bilan annuel des ministères et des régions' })).not.toBeNull();
  });

  it('brings the row of a finding opened far down onto the page', async () => {
    const last = orderFindings(long).at(-1);
    if (!last) throw new Error('the long comparison has no finding');
    const lang: Lang = last.fr.length > 0 ? 'fr' : 'en';
    expect(rowOf(long, last, lang)).toBeGreaterThan(300);
    const { user } = await renderVirtual(long);
    expect(currentClaims()).toHaveLength(0);

    // `k` with no finding open steps back to the last one.
    await user.keyboard('k');

    const claims = currentClaims();
    expect(claims.length).toBeGreaterThan(0);
    expect(last[lang][0]?.quote).toContain(claims[0]?.textContent);
  });

  it('draws the row of a focused claim’s counterpart when it lies far from the claim', async () => {
    const near = long.relations.find((finding) => finding.kind === 'match' && rowOf(long, finding, 'fr') === 2);
    const far = long.relations.find((finding) => finding.kind === 'match' && finding.en.length > 0 && rowOf(long, finding, 'en') > 350);
    const french = near?.fr[0];
    const english = far?.en[0];
    if (!french || !english) throw new Error('the long comparison lacks the claims this test needs');
    // A passage the English text moved far down: one finding between row 2 and a row past 350.
    const moved: Finding = {
      id: 'moved-far',
      kind: 'discrepancy',
      fr: [french],
      en: [english],
      aspects: ['number'],
      note: { fr: 'Déplacé.', en: 'Moved.' },
      origin: 'curated',
      confidence: null,
    };
    const comparison = parseComparison({ ...long, relations: [...long.relations, moved] });
    await renderVirtual(comparison);
    const region = textsRegion();
    expect(within(region).queryByRole('link', { name: english.quote })).toBeNull();

    act(() => within(region).getByRole('link', { name: french.quote }).focus());

    expect(within(region).queryByRole('link', { name: english.quote })).not.toBeNull();
  });

  it('draws every row while the page is printed, and the rows near the window after', async () => {
    await renderVirtual(long);
    const near = shownParagraphs(long, 'fr').length;

    act(() => {
      fireEvent(window, new Event('beforeprint'));
    });
    expect(shownParagraphs(long, 'fr')).toHaveLength(long.sources.fr.paragraphs.length - long.sources.fr.headings.length);

    act(() => {
      fireEvent(window, new Event('afterprint'));
    });
    expect(shownParagraphs(long, 'fr')).toHaveLength(near);
  });
});
