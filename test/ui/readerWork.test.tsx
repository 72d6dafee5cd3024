/**
 * The reader's work outlives the view that shows it: a note written in a comparison of their own
 * is still there, on screen and in the library, after the new comparison form came and went and
 * after the library opened the comparison again. The library is fake-indexeddb, fresh for each test.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { toSavedRecord, type SavedRecord } from '../../src/core/library/index';
import { loadComparison, saveComparison } from '../../src/ui/library/libraryStore';
import { openFinding, renderWorkbench, shippedComparison, textsRegion } from './renderApp';

const NOTE = 'Vérifié auprès du communiqué.';

// The app's saves can be held, as a slow disk holds them, to open the library's copy before the
// last save landed.
const held = vi.hoisted(() => ({ gate: null as Promise<void> | null }));
vi.mock('../../src/ui/library/libraryStore', async (importOriginal) => {
  const store = await importOriginal<typeof import('../../src/ui/library/libraryStore')>();
  return {
    ...store,
    saveComparison: async (record: SavedRecord) => {
      await held.gate;
      return store.saveComparison(record);
    },
  };
});

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  held.gate = null;
});

async function renderOwn() {
  const comparison = { ...shippedComparison(), name: 'my-pair' };
  await saveComparison(toSavedRecord({ id: 'own-1', createdAt: '2026-11-01T10:00:00.000Z', savedAt: '2026-11-01T10:00:00.000Z', origin: 'new', comparison }));
  const rendered = await renderWorkbench('/?lang=en&c=own-1');
  await screen.findByRole('button', { name: 'Edit' });
  return rendered;
}

/** Opens the finding of the French claim "le cyber-régulateur chinois", with the editing tools on. */
async function openNoteField(user: Awaited<ReturnType<typeof renderWorkbench>>['user']): Promise<HTMLElement> {
  await user.click(within(textsRegion()).getByRole('link', { name: 'le cyber-régulateur chinois' }));
  const edit = screen.getByRole('button', { name: 'Edit' });
  if (edit.getAttribute('aria-pressed') !== 'true') await user.click(edit);
  const panel = openFinding();
  if (!panel) throw new Error('the finding did not open');
  return within(panel).findByLabelText('Note in French');
}

async function savedNote(): Promise<string | undefined> {
  const record = await loadComparison('own-1');
  return record.comparison.relations.find((finding) => finding.id === 'cyber-regulator')?.note.fr;
}

describe('Workbench, with a comparison of the reader’s own', () => {
  it('keeps a note through the new comparison form, opened and closed', async () => {
    const { user } = await renderOwn();
    const field = await openNoteField(user);
    await user.clear(field);
    await user.type(field, NOTE);
    await user.click(screen.getByRole('button', { name: 'New comparison' }));
    await user.click(await screen.findByRole('button', { name: 'Close' }));

    await screen.findByRole('button', { name: 'Edit' });
    expect(await openNoteField(user)).toHaveProperty('value', NOTE);
    await waitFor(async () => expect(await savedNote()).toBe(NOTE));
  });

  it('keeps a note when the library opens the same comparison again before the note’s save landed', async () => {
    const { user } = await renderOwn();
    let release = () => {};
    held.gate = new Promise((resolve) => (release = resolve));
    const field = await openNoteField(user);
    await user.clear(field);
    await user.type(field, NOTE);
    await user.click(screen.getByRole('button', { name: 'Library' }));
    const library = await screen.findByRole('dialog', { name: 'Library' });
    await user.click(await within(library).findByRole('button', { name: 'Open my-pair' }));

    await screen.findByRole('button', { name: 'Edit' });
    expect(await savedNote()).not.toBe(NOTE);
    expect(await openNoteField(user)).toHaveProperty('value', NOTE);
    release();
    await waitFor(async () => expect(await savedNote()).toBe(NOTE));
  });
});
