import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory } from 'fake-indexeddb';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SavedRecord } from '../../../src/core/library/index';
import { SAVE_VERSION } from '../../../src/core/library/savedRecord';
import { createI18n } from '../../../src/i18n/i18n';
import { LibraryDialog, SHIPPED_ID } from '../../../src/ui/library/LibraryDialog';
import { loadComparison, openLibrary, saveComparison } from '../../../src/ui/library/libraryStore';
import { shippedComparison } from '../renderApp';
import { fixtureRecord } from './records';

const SHIPPED = shippedComparison();

// Midday UTC, so that the day is the same in every time zone the tests may run in.
const OLDER = fixtureRecord('rec-older', '2024-05-02T12:00:00.000Z', 'council-budget');
const NEWER = fixtureRecord('rec-newer', '2024-06-20T12:00:00.000Z', 'storm-homes');

beforeEach(() => {
  // A browser of its own for each test: an empty IndexedDB.
  globalThis.indexedDB = new IDBFactory();
});

async function save(...records: SavedRecord[]) {
  for (const record of records) await saveComparison(record);
}

/** A page with a Library button that opens the dialog, as the app's header does, and remembers what was opened. */
async function renderLibrary({ lang = 'en', currentId = null as string | null } = {}) {
  const i18n = await createI18n();
  await i18n.changeLanguage(lang);
  const user = userEvent.setup();
  const opened: string[] = [];
  function Page() {
    const [open, setOpen] = useState(false);
    return (
      <>
        <button type="button" onClick={() => setOpen(true)}>
          {lang === 'fr' ? 'Ouvrir la bibliothèque' : 'Open the library'}
        </button>
        {open && (
          <LibraryDialog
            shipped={SHIPPED}
            currentId={currentId}
            onOpen={(id) => {
              opened.push(id);
              setOpen(false);
            }}
            onClose={() => setOpen(false)}
          />
        )}
      </>
    );
  }
  render(
    <I18nextProvider i18n={i18n}>
      <Page />
    </I18nextProvider>,
  );
  const opener = screen.getByRole('button', { name: /library|bibliothèque/i });
  await user.click(opener);
  const dialog = screen.getByRole('dialog', { name: lang === 'fr' ? 'Bibliothèque' : 'Library' });
  return { user, opened, opener, dialog };
}

/** The library's items, in the order shown, by their heading. */
function itemNames(dialog: HTMLElement): string[] {
  return within(dialog)
    .getAllByRole('article')
    .map((article) => within(article).getByRole('heading').textContent ?? '');
}

function item(dialog: HTMLElement, name: string): HTMLElement {
  return within(dialog).getByRole('article', { name });
}

async function waitForItems(dialog: HTMLElement, count: number) {
  await waitFor(() => expect(within(dialog).getAllByRole('article')).toHaveLength(count));
}

describe('LibraryDialog, in English', () => {
  it('lists the shipped comparison first, then the saved ones, newest first, with titles, findings by kind and save date', async () => {
    await save(OLDER, NEWER);
    const { dialog } = await renderLibrary();
    await waitForItems(dialog, 3);

    expect(itemNames(dialog)).toEqual(['miit-vpn', 'storm-homes', 'council-budget']);

    const shipped = item(dialog, 'miit-vpn');
    expect(within(shipped).getByText('Shipped with the app')).toBeTruthy();
    expect(within(shipped).getByText(SHIPPED.sources.fr.title)).toBeTruthy();
    expect(within(shipped).getByText(SHIPPED.sources.en.title)).toBeTruthy();

    const older = item(dialog, 'council-budget');
    expect(within(older).queryByText('Shipped with the app')).toBeNull();
    expect(within(older).getByText('Title of council-budget')).toBeTruthy();
    expect(within(older).getByText('Titre de council-budget')).toBeTruthy();
    const findings = within(older).getByRole('list', { name: 'Findings' });
    expect(within(findings).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '1 match',
      '1 discrepancy',
      '1 only in the French source',
      '0 only in the English source',
    ]);
    expect(within(older).getByText(/^Saved 2 May 2024 at \d\d:\d\d$/)).toBeTruthy();
  });

  it('says when nothing is saved yet, and still offers the shipped comparison', async () => {
    const { dialog } = await renderLibrary();
    expect(await within(dialog).findByText('No comparison saved yet. Comparisons you make or import are kept here.')).toBeTruthy();
    expect(itemNames(dialog)).toEqual(['miit-vpn']);
  });

  it('opens the shipped comparison and a saved one', async () => {
    await save(OLDER);
    const first = await renderLibrary();
    await waitForItems(first.dialog, 2);
    await first.user.click(within(item(first.dialog, 'council-budget')).getByRole('button', { name: 'Open council-budget' }));
    expect(first.opened).toEqual(['rec-older']);

    await first.user.click(first.opener);
    const dialog = screen.getByRole('dialog', { name: 'Library' });
    await first.user.click(within(item(dialog, 'miit-vpn')).getByRole('button', { name: 'Open miit-vpn' }));
    expect(first.opened).toEqual(['rec-older', SHIPPED_ID]);
  });

  it('never offers to delete the shipped comparison', async () => {
    await save(OLDER);
    const { dialog } = await renderLibrary();
    await waitForItems(dialog, 2);
    expect(within(item(dialog, 'miit-vpn')).queryByRole('button', { name: /delete/i })).toBeNull();
    expect(within(item(dialog, 'council-budget')).getByRole('button', { name: 'Delete council-budget' })).toBeTruthy();
  });

  it('asks before deleting, and keeps the comparison when the reader says so', async () => {
    await save(OLDER, NEWER);
    const { user, dialog } = await renderLibrary();
    await waitForItems(dialog, 3);
    const older = item(dialog, 'council-budget');

    await user.click(within(older).getByRole('button', { name: 'Delete council-budget' }));

    const question = within(older).getByRole('group', { name: 'Delete “council-budget” from the library?' });
    expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'Keep it' }));
    await user.click(within(question).getByRole('button', { name: 'Keep it' }));

    expect(within(older).queryByRole('group')).toBeNull();
    expect(document.activeElement).toBe(within(older).getByRole('button', { name: 'Delete council-budget' }));
    expect(itemNames(dialog)).toEqual(['miit-vpn', 'storm-homes', 'council-budget']);
    expect(await loadComparison('rec-older')).toEqual(OLDER);
  });

  it('deletes once confirmed, says so, and Undo puts the comparison back', async () => {
    await save(OLDER, NEWER);
    const { user, dialog } = await renderLibrary();
    await waitForItems(dialog, 3);

    await user.click(within(item(dialog, 'council-budget')).getByRole('button', { name: 'Delete council-budget' }));
    await user.click(within(item(dialog, 'council-budget')).getByRole('button', { name: 'Delete' }));

    const status = within(dialog).getByRole('status');
    await waitFor(() => expect(status.textContent).toContain('“council-budget” deleted.'));
    expect(itemNames(dialog)).toEqual(['miit-vpn', 'storm-homes']);
    await expect(loadComparison('rec-older')).rejects.toMatchObject({ code: 'not-found' });
    const undo = within(status).getByRole('button', { name: 'Undo' });
    expect(document.activeElement).toBe(undo);

    await user.click(undo);

    await waitFor(() => expect(status.textContent).toBe('“council-budget” restored.'));
    expect(itemNames(dialog)).toEqual(['miit-vpn', 'storm-homes', 'council-budget']);
    expect(await loadComparison('rec-older')).toEqual(OLDER);
    expect(document.activeElement).toBe(within(item(dialog, 'council-budget')).getByRole('button', { name: 'Open council-budget' }));
  });

  it('keeps the deletion notice until the next action', async () => {
    await save(OLDER, NEWER);
    const { user, dialog } = await renderLibrary();
    await waitForItems(dialog, 3);
    await user.click(within(item(dialog, 'council-budget')).getByRole('button', { name: 'Delete council-budget' }));
    await user.click(within(item(dialog, 'council-budget')).getByRole('button', { name: 'Delete' }));
    const status = within(dialog).getByRole('status');
    await waitFor(() => expect(status.textContent).toContain('deleted'));

    await user.tab();
    expect(status.textContent).toContain('“council-budget” deleted.');

    await user.click(within(item(dialog, 'storm-homes')).getByRole('button', { name: 'Delete storm-homes' }));
    expect(status.textContent).toBe('');
  });

  it('marks the comparison on screen and does not delete it while it is open', async () => {
    await save(OLDER, NEWER);
    const { dialog } = await renderLibrary({ currentId: 'rec-newer' });
    await waitForItems(dialog, 3);
    const current = item(dialog, 'storm-homes');
    expect(within(current).getByText('Open now')).toBeTruthy();
    expect(within(current).queryByRole('button', { name: /delete/i })).toBeNull();
    expect(within(current).getByText('Open another comparison to delete this one.')).toBeTruthy();
    expect(within(item(dialog, 'miit-vpn')).queryByText('Open now')).toBeNull();
  });

  it('lists a record it cannot read with its id, and the others as usual', async () => {
    await save(NEWER);
    const db = await openLibrary();
    await db.put('comparisons', { version: SAVE_VERSION + 1, id: 'from-the-future', savedAt: '2030-01-01T12:00:00.000Z' });
    await db.put('comparisons', { version: SAVE_VERSION, id: 'damaged', savedAt: '2024-01-01T12:00:00.000Z', comparison: null });
    const { dialog } = await renderLibrary();
    await waitForItems(dialog, 4);

    expect(itemNames(dialog)).toEqual(['miit-vpn', 'Unreadable comparison', 'storm-homes', 'Unreadable comparison']);
    const [, future, , damaged] = within(dialog).getAllByRole('article');
    if (!future || !damaged) throw new Error('expected four items');
    expect(within(future).getByText('Kept under “from-the-future”.')).toBeTruthy();
    expect(within(future).getByText(/A newer version of the app saved it/)).toBeTruthy();
    expect(within(future).queryByRole('button')).toBeNull();
    expect(within(damaged).getByText('Kept under “damaged”.')).toBeTruthy();
    expect(within(damaged).getByRole('button', { name: 'Delete damaged' })).toBeTruthy();
  });

  it('still offers the shipped comparison when the browser refuses storage', async () => {
    // A browser without IndexedDB, as some private modes are.
    Reflect.deleteProperty(globalThis, 'indexedDB');
    const { dialog } = await renderLibrary();
    expect(await within(dialog).findByText(/This browser does not let the app keep comparisons/)).toBeTruthy();
    expect(itemNames(dialog)).toEqual(['miit-vpn']);
  });

  it('takes focus in, closes with Escape and gives focus back to its opener', async () => {
    await save(OLDER);
    const { user, dialog, opener } = await renderLibrary();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Open miit-vpn' }));
    await waitForItems(dialog, 2);

    await user.keyboard('{Escape}');

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('closes with its Close button too', async () => {
    const { user, dialog, opener } = await renderLibrary();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });
});

describe('LibraryDialog, in French', () => {
  it('lists, asks, deletes and restores in French', async () => {
    await save(OLDER);
    const { user, dialog } = await renderLibrary({ lang: 'fr' });
    await waitForItems(dialog, 2);

    expect(within(item(dialog, 'miit-vpn')).getByText("Livrée avec l'application")).toBeTruthy();
    const older = item(dialog, 'council-budget');
    const findings = within(older).getByRole('list', { name: 'Constats' });
    expect(within(findings).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '1 concordance',
      '1 divergence',
      '1 seulement dans la source française',
      '0 seulement dans la source anglaise',
    ]);
    expect(within(older).getByText(/^Enregistrée le 2 mai 2024 à \d\d:\d\d$/)).toBeTruthy();

    await user.click(within(older).getByRole('button', { name: 'Supprimer council-budget' }));
    const question = within(older).getByRole('group', { name: 'Supprimer « council-budget » de la bibliothèque ?' });
    await user.click(within(question).getByRole('button', { name: 'La garder' }));
    expect(itemNames(dialog)).toEqual(['miit-vpn', 'council-budget']);

    await user.click(within(older).getByRole('button', { name: 'Supprimer council-budget' }));
    await user.click(within(older).getByRole('button', { name: 'Supprimer' }));
    const status = within(dialog).getByRole('status');
    await waitFor(() => expect(status.textContent).toContain('« council-budget » supprimée.'));
    expect(itemNames(dialog)).toEqual(['miit-vpn']);

    await user.click(within(status).getByRole('button', { name: 'Annuler' }));
    await waitFor(() => expect(status.textContent).toBe('« council-budget » rétablie.'));
    expect(itemNames(dialog)).toEqual(['miit-vpn', 'council-budget']);
    expect(await loadComparison('rec-older')).toEqual(OLDER);
  });

  it('closes with Escape and gives focus back, in French too', async () => {
    const { user, opener } = await renderLibrary({ lang: 'fr' });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Bibliothèque' })).toBeNull();
    expect(document.activeElement).toBe(opener);
  });
});
