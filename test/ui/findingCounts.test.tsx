/**
 * One rule counts findings everywhere a reader sees a count: a finding a reader rejected is counted
 * apart from its kind, in the summary, the legend, the list's group and the library's card alike.
 */
import 'fake-indexeddb/auto';
import { render, screen, within } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { toSavedRecord } from '../../src/core/library/index';
import type { Comparison } from '../../src/core/model/index';
import { createI18n } from '../../src/i18n/i18n';
import { LibraryDialog } from '../../src/ui/library/LibraryDialog';
import { saveComparison } from '../../src/ui/library/libraryStore';
import { findingList, renderApp, shippedComparison } from './renderApp';

/** The shipped comparison, with one of its three French-only findings rejected by a reader. */
function withOneRejected(): Comparison {
  const shipped = shippedComparison();
  return { ...shipped, relations: shipped.relations.map((finding) => (finding.id === 'cyber-regulator' ? { ...finding, status: 'rejected' } : finding)) };
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('counting findings', () => {
  it.each([
    ['en', ['22 findings across the two accounts', '1 rejected finding, counted apart'], 'Only in the French source 2', /^Only in the French source\s*2 and 1 rejected$/],
    ['fr', ['22 constats entre les deux récits', '1 constat rejeté, compté à part'], 'Seulement dans la source française 2', /^Seulement dans la source française\s*2 et 1 rejeté$/],
  ])('in %s, sets a rejected finding apart in the summary, the legend and the list alike', async (lang, total, toggle, group) => {
    const { i18n } = await renderApp(`/?lang=${lang}`, withOneRejected());
    await i18n.changeLanguage(lang);
    for (const words of total) expect(await screen.findByText(words)).toBeTruthy();
    expect(screen.getByRole('button', { name: toggle })).toBeTruthy();
    expect(within(findingList()).getByRole('heading', { name: group })).toBeTruthy();
  });

  it('gives the Export menu the numbers the summary gives', async () => {
    const { user } = await renderApp('/', withOneRejected());
    await user.click(within(screen.getByRole('group', { name: 'Show or hide findings by kind' })).getByRole('button', { name: /^Match/ }));
    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(screen.getByRole('checkbox', { name: 'Only what is shown (18 of 22 findings)' })).toBeTruthy();
  });

  it('gives the library card the numbers the summary gives', async () => {
    const comparison = withOneRejected();
    const now = '2024-05-02T12:00:00.000Z';
    await saveComparison(toSavedRecord({ id: 'rejecting', createdAt: now, savedAt: now, origin: 'copy', comparison: { ...comparison, name: 'with-a-rejection' } }));
    const i18n = await createI18n();
    render(
      <I18nextProvider i18n={i18n}>
        <LibraryDialog shipped={shippedComparison()} currentId={null} onOpen={() => undefined} onClose={() => undefined} />
      </I18nextProvider>,
    );
    const card = await screen.findByRole('article', { name: 'with-a-rejection' });
    const counts = within(within(card).getByRole('list', { name: 'Findings' }))
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(counts).toEqual(['4 matches', '7 discrepancies', '2 only in the French source', '9 only in the English source', '1 rejected, counted apart']);
  });
});
