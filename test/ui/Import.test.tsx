import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import shipped from '../../sources/miit-vpn/comparison.json';
import { serializeComparison } from '../../src/core/comparisonFile/index';
import { renderWorkbench, shippedComparison } from './renderApp';

const SHIPPED = shippedComparison();
const SHIPPED_TEXT = serializeComparison(SHIPPED);

function openButton(name = 'Open a comparison'): HTMLInputElement {
  return screen.getByLabelText(name);
}

/** Another valid comparison: the shipped one renamed, retitled, with three findings. */
function otherComparisonText(): string {
  const draft = structuredClone(shipped);
  draft.name = 'other-pair';
  draft.sources.fr.title = 'Un autre titre, pour voir';
  draft.relations = draft.relations.slice(0, 3);
  return `${JSON.stringify(draft, null, 2)}\n`;
}

function jsonFile(text: string | Uint8Array<ArrayBuffer>, name = 'comparison.json'): File {
  return new File([text], name, { type: 'application/json' });
}

/** The French title as the sources' particulars show it: the comparison on screen. */
function shownFrenchTitle(): string | null {
  return document.querySelector('.source-meta--fr .source-meta__title')?.textContent ?? null;
}

function withQuoteMoved(): string {
  const draft = structuredClone(shipped);
  const span = draft.relations[0]?.fr[0];
  if (span) span.quote = 'Une citation qui ne figure nulle part';
  return JSON.stringify(draft);
}

describe('opening a comparison file', () => {
  it('opens a file picked with the Open button, in place of the comparison on screen', async () => {
    const { user } = await renderWorkbench('/?finding=core-denial');
    expect(shownFrenchTitle()).toBe(SHIPPED.sources.fr.title);
    await user.upload(openButton(), jsonFile(otherComparisonText(), 'other.json'));
    await waitFor(() => expect(shownFrenchTitle()).toBe('Un autre titre, pour voir'));
    expect(await screen.findByText('Opened the comparison “other-pair”.')).toBeTruthy();
    // The finding the address named belonged to the comparison that was on screen.
    expect(window.location.search).not.toContain('finding=');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('exports, imports and exports again to the same bytes', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return `blob:${blobs.length}`;
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { user } = await renderWorkbench();
    const exportJson = async () => {
      await user.click(screen.getByRole('button', { name: 'Export' }));
      await user.click(screen.getByRole('button', { name: 'Comparison file (JSON)' }));
    };

    await exportJson();
    await waitFor(() => expect(blobs).toHaveLength(1));
    const first = await blobs[0]?.text();
    expect(first).toBe(SHIPPED_TEXT);
    await user.upload(openButton(), jsonFile(first ?? ''));
    // The file is the shipped comparison word for word: the reader is asked, and the copy takes a name of its own.
    const question = await screen.findByRole('alertdialog', { name: 'This comparison is already in your library' });
    await user.click(within(question).getByRole('button', { name: 'Add a copy, named “miit-vpn (2)”' }));
    expect(await screen.findByText('Opened the comparison “miit-vpn (2)”.')).toBeTruthy();
    await exportJson();
    await waitFor(() => expect(blobs).toHaveLength(2));
    expect(await blobs[1]?.text()).toBe(first?.replace('"name": "miit-vpn",', '"name": "miit-vpn (2)",'));
  });

  const binary = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
  const tooLarge = (() => {
    const file = jsonFile('{}', 'huge.json');
    Object.defineProperty(file, 'size', { value: 21 * 1024 * 1024 });
    return file;
  })();

  it.each([
    ['a file that is not JSON', jsonFile('fr.md, en.md', 'notes.json'), 'The file is not valid JSON.'],
    ['JSON of another shape', jsonFile('{"format": "source-comparison/1", "name": "x"}'), 'A required field is missing.'],
    ['a quote that is not in its text', jsonFile(withQuoteMoved()), 'A quote is not the text found at its offsets.'],
    ['a file over 20 MB', tooLarge, 'The file is larger than 20 MB.'],
    ['a binary file', jsonFile(binary, 'picture.png'), 'The file is not text: it looks like a binary file.'],
    ['an empty file', jsonFile('', 'empty.json'), 'The file is empty.'],
  ])('refuses %s with a clear message, and keeps the comparison on screen', async (_, file, message) => {
    const { user } = await renderWorkbench('/?finding=core-denial');
    await user.upload(openButton(), file);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'This file could not be opened' })).toBeTruthy();
    expect(within(alert).getAllByText(message, { exact: false }).length).toBeGreaterThan(0);
    expect(within(alert).getByText(file.name)).toBeTruthy();
    expect(within(alert).getByText('· The comparison on screen is unchanged.', { exact: false })).toBeTruthy();
    expect(shownFrenchTitle()).toBe(SHIPPED.sources.fr.title);
    expect(window.location.search).toContain('finding=core-denial');
    expect(screen.getByRole('complementary', { name: /^Finding/ })).toBeTruthy();
  });

  it('names the finding and the field of a quote that is not in its text', async () => {
    const { user } = await renderWorkbench();
    await user.upload(openButton(), jsonFile(withQuoteMoved()));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(`${SHIPPED.relations[0]?.id} · relations[0].fr[0].quote`)).toBeTruthy();
  });

  it('says it in French, and the alert closes with its button', async () => {
    const { user } = await renderWorkbench();
    await user.click(within(screen.getByRole('group', { name: 'Langue / Language' })).getByRole('button', { name: 'Français' }));
    // The French words come in their own chunk: wait for the page to speak French, as a reader does.
    await screen.findByRole('group', { name: 'Langue / Language' }).then(() => waitFor(() => expect(document.documentElement.lang).toBe('fr')));
    await user.upload(openButton('Ouvrir une comparaison'), jsonFile('pas du JSON'));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: "Ce fichier n'a pas pu être ouvert" })).toBeTruthy();
    expect(within(alert).getByText("Le fichier n'est pas du JSON valide.")).toBeTruthy();
    await user.click(within(alert).getByRole('button', { name: 'Fermer' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('dropping a comparison file on the page', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/');
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  const drag = (file: File) => ({ dataTransfer: { types: ['Files'], files: [file], dropEffect: 'none' } });

  it('shows where to drop while a file is over the page, and opens the file dropped', async () => {
    await renderWorkbench();
    const file = jsonFile(otherComparisonText(), 'other.json');
    fireEvent.dragEnter(window, drag(file));
    expect(screen.getByText('Drop a comparison file (.json) to open it')).toBeTruthy();
    fireEvent.dragLeave(window, drag(file));
    expect(screen.queryByText('Drop a comparison file (.json) to open it')).toBeNull();
    fireEvent.dragEnter(window, drag(file));
    fireEvent.dragOver(window, drag(file));
    fireEvent.drop(window, drag(file));
    expect(screen.queryByText('Drop a comparison file (.json) to open it')).toBeNull();
    await waitFor(() => expect(shownFrenchTitle()).toBe('Un autre titre, pour voir'));
  });

  it('refuses a broken file dropped, and keeps the comparison on screen', async () => {
    await renderWorkbench();
    const file = jsonFile('{ "format": ', 'broken.json');
    fireEvent.dragEnter(window, drag(file));
    fireEvent.drop(window, drag(file));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('The file is not valid JSON.')).toBeTruthy();
    expect(shownFrenchTitle()).toBe(SHIPPED.sources.fr.title);
  });

  it('leaves a drag that carries no file alone', async () => {
    await renderWorkbench();
    fireEvent.dragEnter(window, { dataTransfer: { types: ['text/plain'], files: [] } });
    expect(screen.queryByText('Drop a comparison file (.json) to open it')).toBeNull();
  });
});
