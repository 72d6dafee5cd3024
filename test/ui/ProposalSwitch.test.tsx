import { screen, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { countFindingsByKind } from '../../src/core/findings/findings';
import { FINDING_KINDS, type FindingKind } from '../../src/core/model/index';
import { proposeComparison } from '../../src/core/proposal/proposal';
import { findingList, renderApp, shippedComparison, textsRegion } from './renderApp';

const KIND_NAMES: Record<FindingKind, string> = {
  match: 'Match',
  discrepancy: 'Discrepancy',
  'only-fr': 'Only in the French source',
  'only-en': 'Only in the English source',
};

// The engine's proposal for the shipped pair, from the core, as the app computes it; the figures the
// view must show come from the core too, so that an engine that reads better moves no test here.
const proposal = proposeComparison(shippedComparison());
const engine = proposal.automatic;
const { agreement } = proposal;
const percent = (share: number | null) => Math.round((share ?? 0) * 100);
const AGREEMENT_EN = `The engine agrees with the analyst on ${percent(agreement.share)}% of sentences (match, discrepancy or only in one source).`;
/** The English quote the engine's first finding over a sentence starts with, and how the engine judged it. */
function engineFindingFor(quoteStart: string) {
  const finding = engine.relations.find((candidate) => candidate.en.some((span) => span.quote.startsWith(quoteStart)));
  if (!finding) throw new Error(`the engine quotes no English sentence starting "${quoteStart}"`);
  return { kind: KIND_NAMES[finding.kind], confidence: Math.round((finding.confidence ?? 0) * 100) };
}
// The engine loads and runs inside the test: well under a second in a browser, longer in jsdom on a busy machine.
const ENGINE = { timeout: 15_000 };

function legendCounts(): string[] {
  const legend = screen.getByRole('group', { name: 'Show or hide findings by kind' });
  return within(legend)
    .getAllByRole('button')
    .map((button) => button.textContent ?? '');
}

function expectedCounts(counts: Record<FindingKind, number>): string[] {
  return FINDING_KINDS.map((kind) => `${KIND_NAMES[kind]} ${counts[kind]}`);
}

describe('ProposalSwitch', { timeout: 30_000 }, () => {
  // jsdom has no CSS.escape, which user-event needs to walk a radio group with the arrow keys.
  beforeAll(() => {
    if (typeof globalThis.CSS?.escape !== 'function') vi.stubGlobal('CSS', { escape: (value: string) => value.replace(/[^\w-]/g, (sign) => `\\${sign}`) });
  });
  afterAll(() => {
    vi.unstubAllGlobals();
  });

  it("shows the engine's proposal in place of the analyst's comparison: counts, texts, list, and how far they agree", async () => {
    const { user } = await renderApp();
    // Rows where only the French source has a paragraph: the engine aligns the paragraphs its own way.
    const frenchOnlyRows = (beads: typeof engine.alignment) => beads.filter((bead) => bead.en.length === 0).length;
    const curatedRows = frenchOnlyRows(shippedComparison().alignment);
    const engineRows = frenchOnlyRows(engine.alignment);
    expect(engineRows).not.toBe(curatedRows);
    expect(within(textsRegion()).getAllByText('No paragraph opposite in the English source')).toHaveLength(curatedRows);
    expect(screen.getByRole('radio', { name: 'Curated by an analyst' })).toHaveProperty('checked', true);
    expect(within(textsRegion()).getByRole('link', { name: 'VPN legal operation is not affected', description: 'Match' })).toBeTruthy();

    await user.click(screen.getByRole('radio', { name: 'Proposed by the engine' }));

    expect(await screen.findByText(AGREEMENT_EN, {}, ENGINE)).toBeTruthy();
    expect(screen.getByText(`${engine.relations.length} findings across the two accounts`)).toBeTruthy();
    expect(legendCounts()).toEqual(expectedCounts(countFindingsByKind(engine.relations)));
    expect(within(textsRegion()).getAllByText('No paragraph opposite in the English source')).toHaveLength(engineRows);
    expect(within(textsRegion()).getByRole('link', { name: 'VPN legal operation is not affected', description: engineFindingFor('VPN legal operation').kind })).toBeTruthy();
    expect(within(findingList()).getAllByText('Automatic')).toHaveLength(engine.relations.length);
    const offices = engineFindingFor("Foreign companies' offices");
    expect(within(findingList()).getByRole('link', { name: new RegExp(`^Foreign companies' offices are not affected.* Automatic ${offices.confidence}% confidence$`) })).toBeTruthy();
    expect(window.location.search).toContain('proposal=automatic');
  });

  it("restores the analyst's comparison when chosen again, and keeps saying how far the engine agrees", async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('radio', { name: 'Proposed by the engine' }));
    await screen.findByText(AGREEMENT_EN, {}, ENGINE);

    await user.click(screen.getByRole('radio', { name: 'Curated by an analyst' }));

    expect(screen.getByText('23 findings across the two accounts')).toBeTruthy();
    expect(legendCounts()).toEqual(expectedCounts({ match: 4, discrepancy: 7, 'only-fr': 3, 'only-en': 9 }));
    expect(within(findingList()).queryAllByText('Automatic')).toHaveLength(0);
    expect(within(textsRegion()).getByRole('link', { name: 'VPN legal operation is not affected', description: 'Match' })).toBeTruthy();
    expect(screen.getByText(AGREEMENT_EN)).toBeTruthy();
    expect(window.location.search).not.toContain('proposal=');
  });

  it('gives the agreement by verdict and the share of linked sentence pairs on demand', async () => {
    const { user } = await renderApp('/?proposal=automatic');
    await screen.findByText(AGREEMENT_EN, {}, ENGINE);

    await user.click(screen.getByText('Sentences by verdict'));

    const table = screen.getByRole('table');
    const row = (label: 'match' | 'discrepancy' | 'only') => [agreement.byLabel[label].curated, agreement.byLabel[label].automatic, agreement.byLabel[label].both].join(' ');
    expect(agreement.byLabel.match.curated).toBe(10); // the analyst's own figures, which the engine does not move
    expect(within(table).getByRole('row', { name: `Match ${row('match')}` })).toBeTruthy();
    expect(within(table).getByRole('row', { name: `Discrepancy ${row('discrepancy')}` })).toBeTruthy();
    expect(within(table).getByRole('row', { name: `Only in one source ${row('only')}` })).toBeTruthy();
    expect(within(table).queryByRole('row', { name: /^Not judged/ })).toBeNull();
    expect(screen.getByText(`Of the 19 sentence pairs the analyst links, the engine links ${agreement.links.shared} too (${percent(agreement.links.share)}%).`)).toBeTruthy();
  });

  it('opens on the choice the address names, and says so when the finding it names is not in that comparison', async () => {
    await renderApp('/?proposal=automatic&finding=core-denial');
    expect(screen.getByRole('radio', { name: 'Proposed by the engine' })).toHaveProperty('checked', true);
    expect(await screen.findByText('The address names a finding that does not exist: “core-denial”.', {}, ENGINE)).toBeTruthy();
    expect(screen.getByText(`${engine.relations.length} findings across the two accounts`)).toBeTruthy();
  });

  it("closes the analyst's finding open as the reader switches to the engine's proposal, rather than call it missing", async () => {
    const { user } = await renderApp('/?finding=core-denial');
    expect(screen.getByRole('complementary', { name: /^Finding/ })).toBeTruthy();

    await user.click(screen.getByRole('radio', { name: 'Proposed by the engine' }));

    expect(await screen.findByText(AGREEMENT_EN, {}, ENGINE)).toBeTruthy();
    expect(screen.queryByText(/names a finding that does not exist/)).toBeNull();
    expect(screen.queryByRole('complementary', { name: /^Finding/ })).toBeNull();
    expect(window.location.search).not.toContain('finding=');
  });

  it('is reached with Tab and switched with the arrow keys', async () => {
    const { user } = await renderApp();
    const curated = screen.getByRole('radio', { name: 'Curated by an analyst' });
    for (let presses = 0; presses < 30 && document.activeElement !== curated; presses++) await user.tab();
    expect(document.activeElement).toBe(curated);

    await user.keyboard('{ArrowRight}');

    expect(screen.getByRole('radio', { name: 'Proposed by the engine' })).toHaveProperty('checked', true);
    expect(await screen.findByText(AGREEMENT_EN, {}, ENGINE)).toBeTruthy();
  });

  it('speaks French, percentages written the French way', async () => {
    const { user } = await renderApp('/?lang=fr');
    expect(screen.getByRole('group', { name: 'Comparaison affichée' })).toBeTruthy();

    await user.click(screen.getByRole('radio', { name: 'Proposée par le moteur' }));

    expect(await screen.findByText(new RegExp(`^Le moteur s'accorde avec l'analyste sur ${percent(agreement.share)}\\s% des phrases`), {}, ENGINE)).toBeTruthy();
    expect(within(findingList()).getAllByText('Automatique')).toHaveLength(engine.relations.length);
  });

  it("adds the engine's findings to the analyst's comparison where the analyst judged nothing, marked automatic", async () => {
    const shipped = shippedComparison();
    const gap = { ...shipped, relations: shipped.relations.filter((finding) => finding.id !== 'chongqing') };
    await renderApp('/', gap);

    const chongqing = proposeComparison(gap).merged.relations.find((finding) => finding.origin === 'automatic');
    if (!chongqing) throw new Error('the engine adds nothing where the analyst judged nothing');
    const entry = await within(findingList()).findByRole('link', { name: new RegExp(`^According to media reports, Chongqing .* Automatic ${percent(chongqing.confidence)}% confidence$`) }, ENGINE);
    expect(entry.getAttribute('href')).toContain(`finding=${chongqing.id}`);
    expect(screen.getByRole('radio', { name: 'Curated by an analyst' })).toHaveProperty('checked', true);
    expect(screen.getByText('23 findings across the two accounts')).toBeTruthy();
    expect(within(findingList()).getAllByText('Automatic')).toHaveLength(1);
  });

  it('stays out of the way of a comparison with no curated finding: there is nothing to set the engine against', async () => {
    await renderApp('/?proposal=automatic', engine);
    expect(screen.queryByRole('group', { name: 'Comparison shown' })).toBeNull();
    expect(window.location.search).not.toContain('proposal=');
    expect(within(findingList()).getAllByText('Automatic')).toHaveLength(engine.relations.length);
  });
});
