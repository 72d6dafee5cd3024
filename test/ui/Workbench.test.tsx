/**
 * The workspace around the reading view: a comparison of the library named in the address opens,
 * an import and "Edit a copy" go to the library and open editable, and a library that cannot give
 * the comparison asked for says so and shows the shipped one. The library is IndexedDB, here
 * fake-indexeddb: a real implementation of the standard, fresh for each test.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { serializeComparison } from '../../src/core/comparisonFile/index';
import { toSavedRecord } from '../../src/core/library/index';
import { listComparisons, loadComparison, saveComparison } from '../../src/ui/library/libraryStore';
import { renderWorkbench, shippedComparison } from './renderApp';

const SHIPPED = shippedComparison();

beforeEach(() => {
  // A browser of its own for each test: the library starts empty.
  globalThis.indexedDB = new IDBFactory();
});

function shownFrenchTitle(): string | null {
  return document.querySelector('.source-meta--fr .source-meta__title')?.textContent ?? null;
}

function libraryIdInAddress(): string | null {
  return new URLSearchParams(window.location.search).get('c');
}

/** The shipped comparison under another name and title, as the reader's own. */
function ownRecord(id = 'own-1') {
  const comparison = { ...SHIPPED, name: 'my-pair', sources: { ...SHIPPED.sources, fr: { ...SHIPPED.sources.fr, title: 'Mon titre à moi' } } };
  return toSavedRecord({ id, createdAt: '2026-11-01T10:00:00.000Z', savedAt: '2026-11-01T10:00:00.000Z', origin: 'new', comparison });
}

describe('the workspace and the library', () => {
  it('opens the library comparison named in the address, editable', async () => {
    await saveComparison(ownRecord());
    await renderWorkbench('/?lang=en&c=own-1');
    await waitFor(() => expect(shownFrenchTitle()).toBe('Mon titre à moi'));
    expect(await screen.findByRole('button', { name: 'Edit' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Edit a copy' })).toBeNull();
  });

  it('says at once, to whoever opened the link, that the comparison it names is not in this browser, and what to do', async () => {
    const { user } = await renderWorkbench('/?lang=en&c=someone-elses');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'The comparison this link opens is not in this browser' })).toBeTruthy();
    expect(alert.textContent).toContain('Ask whoever sent you the link for the comparison file');
    expect(alert.textContent).not.toMatch(/your saved comparison/i);
    // No other comparison passes for the one the link names, and the address still names it.
    expect(shownFrenchTitle()).toBeNull();
    expect(libraryIdInAddress()).toBe('someone-elses');
    // At the top: nothing but the header comes before it.
    expect(document.querySelector('header.app-header')?.compareDocumentPosition(alert) ?? 0).toBe(Node.DOCUMENT_POSITION_FOLLOWING);

    await user.click(within(alert).getByRole('button', { name: 'Read the example comparison instead' }));
    await waitFor(() => expect(shownFrenchTitle()).toBe(SHIPPED.sources.fr.title));
    expect(libraryIdInAddress()).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('opens the file the sender gave, from the notice itself', async () => {
    const { user } = await renderWorkbench('/?lang=en&c=someone-elses');
    const alert = await screen.findByRole('alert');
    const file = new File([serializeComparison(ownRecord().comparison)], 'theirs.json', { type: 'application/json' });
    await user.upload(within(alert).getByLabelText('Open a comparison'), file);
    await waitFor(() => expect(shownFrenchTitle()).toBe('Mon titre à moi'));
    expect(libraryIdInAddress()).not.toBe('someone-elses');
  });

  it('says it in French', async () => {
    await renderWorkbench('/?lang=fr&c=someone-elses');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: "La comparaison que ce lien ouvre n'est pas dans ce navigateur" })).toBeTruthy();
    expect(within(alert).getByRole('button', { name: "Lire plutôt la comparaison d'exemple" })).toBeTruthy();
  });

  it('warns at the top of the page, under the header, when the browser refuses to keep the work', async () => {
    const { user } = await renderWorkbench('/?lang=en');
    // A browser without storage, as private browsing may be.
    Reflect.deleteProperty(globalThis, 'indexedDB');
    await user.click(screen.getByRole('button', { name: 'Edit a copy' }));
    const notice = await screen.findByRole('status', { name: 'Storage' });
    await waitFor(() => expect(notice.textContent).toContain('This browser refused to keep your comparison'));
    const main = screen.getByRole('main');
    expect(notice.compareDocumentPosition(main) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(document.querySelector('header.app-header')?.compareDocumentPosition(notice) ?? 0).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  });

  it('puts a copy of the shipped comparison in the library and opens it, editable', async () => {
    const { user } = await renderWorkbench('/?lang=en');
    await user.click(screen.getByRole('button', { name: 'Edit a copy' }));
    await screen.findByRole('button', { name: 'Edit' });
    const id = libraryIdInAddress();
    expect(id).not.toBeNull();
    await waitFor(async () => expect((await loadComparison(id ?? '')).origin).toBe('copy'));
    // A name of its own, so that the library never lists two entries of one name; the rest as shipped.
    const copy = (await loadComparison(id ?? '')).comparison;
    expect(copy.name).toBe(`${SHIPPED.name} (2)`);
    expect(serializeComparison({ ...copy, name: SHIPPED.name })).toBe(serializeComparison(SHIPPED));
  });

  it('names each further copy apart from the earlier ones', async () => {
    await saveComparison(toSavedRecord({ ...ownRecord('copy-1'), comparison: { ...SHIPPED, name: `${SHIPPED.name} (2)` } }));
    const { user } = await renderWorkbench('/?lang=en');
    await user.click(screen.getByRole('button', { name: 'Edit a copy' }));
    expect(await screen.findByRole('heading', { name: `Comparison: ${SHIPPED.name} (3)` })).toBeTruthy();
  });

  it('asks before adding a file the library holds already, and opens the one it holds or adds a copy named apart', async () => {
    await saveComparison(ownRecord());
    const { user } = await renderWorkbench('/?lang=en');
    const file = new File([serializeComparison(ownRecord().comparison)], 'mine.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Open a comparison'), file);
    const question = await screen.findByRole('alertdialog', { name: 'This comparison is already in your library' });
    expect((await listComparisons()).map((entry) => entry.id)).toEqual(['own-1']);

    await user.click(within(question).getByRole('button', { name: 'Open “my-pair”' }));
    await waitFor(() => expect(libraryIdInAddress()).toBe('own-1'));
    await waitFor(() => expect(shownFrenchTitle()).toBe('Mon titre à moi'));
    expect((await listComparisons()).map((entry) => entry.id)).toEqual(['own-1']);

    await user.upload(screen.getByLabelText('Open a comparison'), file);
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Add a copy, named “my-pair (2)”' }));
    await waitFor(() => expect(libraryIdInAddress()).not.toBe('own-1'));
    await waitFor(async () => expect((await listComparisons()).map((entry) => entry.state === 'readable' && entry.summary.name).sort()).toEqual(['my-pair', 'my-pair (2)']));
  });

  it('names an imported file apart when another comparison of the library has its name', async () => {
    await saveComparison(ownRecord());
    const { user } = await renderWorkbench('/?lang=en');
    const other = { ...ownRecord().comparison, sources: { ...SHIPPED.sources } };
    await user.upload(screen.getByLabelText('Open a comparison'), new File([serializeComparison(other)], 'other.json', { type: 'application/json' }));
    expect(await screen.findByRole('heading', { name: 'Comparison: my-pair (2)' })).toBeTruthy();
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('renames a comparison of the reader\'s own: shown above the texts, kept in the library', async () => {
    await saveComparison(ownRecord());
    const { user } = await renderWorkbench('/?lang=en&c=own-1');
    await user.click(await screen.findByRole('button', { name: 'Rename the comparison “my-pair”' }));
    const field = await screen.findByRole('textbox', { name: 'Name of this comparison' });
    await user.clear(field);
    await user.keyboard('{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('A comparison needs a name: write at least one word.');
    await user.type(field, 'Council works, two accounts{Enter}');
    expect(await screen.findByRole('heading', { name: 'Comparison: Council works, two accounts' })).toBeTruthy();
    await waitFor(async () => expect((await loadComparison('own-1')).comparison.name).toBe('Council works, two accounts'));
  });

  it('shows the shipped comparison\'s name, with no Rename: it is read only', async () => {
    await renderWorkbench('/?lang=fr');
    expect(await screen.findByRole('heading', { name: `Comparaison\u00a0: ${SHIPPED.name}` })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Renommer/ })).toBeNull();
  });

  it('adds an imported comparison file to the library', async () => {
    const { user } = await renderWorkbench('/?lang=en');
    const file = new File([serializeComparison(ownRecord().comparison)], 'mine.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Open a comparison'), file);
    await waitFor(() => expect(shownFrenchTitle()).toBe('Mon titre à moi'));
    await waitFor(async () => expect((await listComparisons()).map((entry) => entry.id)).toEqual([libraryIdInAddress()]));
    const [entry] = await listComparisons();
    expect(entry?.state === 'readable' && entry.summary.origin).toBe('imported');
  });

  it('lists the library and opens a saved comparison from it, and the shipped one back', async () => {
    await saveComparison(ownRecord());
    const { user } = await renderWorkbench('/?lang=en');
    await user.click(screen.getByRole('button', { name: 'Library' }));
    const library = await screen.findByRole('dialog', { name: 'Library' });
    await user.click(await within(library).findByRole('button', { name: /^Open my-pair/ }));
    await waitFor(() => expect(shownFrenchTitle()).toBe('Mon titre à moi'));
    expect(libraryIdInAddress()).toBe('own-1');

    await user.click(screen.getByRole('button', { name: 'Library' }));
    const again = await screen.findByRole('dialog', { name: 'Library' });
    await user.click(await within(again).findByRole('button', { name: /^Open miit-vpn/ }));
    await waitFor(() => expect(shownFrenchTitle()).toBe(SHIPPED.sources.fr.title));
    expect(libraryIdInAddress()).toBeNull();
  });

  it('keeps the new comparison form’s texts when the form is closed and opened again', async () => {
    const { user } = await renderWorkbench('/?lang=en');
    await user.click(screen.getByRole('button', { name: 'New comparison' }));
    const french = await screen.findByRole('textbox', { name: 'French text' });
    await user.type(french, 'Le ministère a parlé.');
    await user.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(shownFrenchTitle()).toBe(SHIPPED.sources.fr.title));
    await user.click(screen.getByRole('button', { name: 'New comparison' }));
    expect(await screen.findByRole('textbox', { name: 'French text' })).toHaveProperty('value', 'Le ministère a parlé.');
  });
});
