import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from './renderApp';

interface Download {
  readonly blob: Blob;
  readonly fileName: string;
}

/** What the page handed to the browser to save: each Blob behind an object URL, and the name its link gave it. */
let downloads: Download[] = [];

beforeEach(() => {
  downloads = [];
  // Only the clock of `new Date()`: the export is dated 22 November 2026 wherever the test runs.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 30));
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:export-${blobs.size}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.getAttribute('href') ?? '');
    if (blob) downloads.push({ blob, fileName: this.download });
  });
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function exportButton(name: RegExp | string = 'Export'): HTMLElement {
  return screen.getByRole('button', { name });
}

/** The file downloaded last, once the writers have loaded. */
async function lastDownload(count = 1): Promise<Download & { text: string }> {
  await waitFor(() => expect(downloads).toHaveLength(count));
  const download = downloads[count - 1];
  if (!download) throw new Error('no download');
  return { ...download, text: await download.blob.text() };
}

describe('ExportMenu', () => {
  it('opens from its button on the six formats, and closes on Escape with focus back on the button', async () => {
    const { user } = await renderApp();
    expect(exportButton().getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('group', { name: 'Export the comparison' })).toBeNull();
    await user.click(exportButton());
    expect(exportButton().getAttribute('aria-expanded')).toBe('true');
    const menu = screen.getByRole('group', { name: 'Export the comparison' });
    expect(within(menu).getAllByRole('button').map((button) => button.textContent)).toEqual([
      'HTML reportOne file that opens offline and prints well',
      'Markdown noteFor a wiki or a newsroom note',
      'Comparison file (JSON)Opens again in this app',
      'W3C Web AnnotationsJSON-LD for annotation tools',
      'Translation memory (TMX)Aligned pairs for translation tools',
      'Findings as CSVOne row per finding, for spreadsheets',
    ]);
    expect(within(menu).getByRole('button', { name: 'HTML report' }).getAttribute('aria-describedby')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Export the comparison' })).toBeNull();
    expect(document.activeElement).toBe(exportButton());
    // A click elsewhere closes it too.
    await user.click(exportButton());
    await user.click(screen.getByRole('heading', { name: 'Findings at a glance' }));
    expect(screen.queryByRole('group', { name: 'Export the comparison' })).toBeNull();
  });

  it('downloads the HTML report in the reader\'s language, named after the comparison and the day', async () => {
    const { user } = await renderApp();
    await user.click(exportButton());
    await user.click(screen.getByRole('button', { name: 'HTML report' }));
    const download = await lastDownload();
    expect(download.fileName).toBe('miit-vpn-2026-11-22.html');
    expect(download.blob.type).toBe('text/html;charset=utf-8');
    expect(download.text).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(download.text).toContain('Exported on 22 November 2026');
    expect(await screen.findByText('Downloaded miit-vpn-2026-11-22.html')).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Export the comparison' })).toBeNull();
  });

  it('shows the texts in the reader\'s reading mode: in both, each translation beneath its original', async () => {
    const { user } = await renderApp('/?lang=en&mode=both');
    await user.click(exportButton());
    await user.click(screen.getByRole('button', { name: 'HTML report' }));
    // The report's body, read into a detached element of this page (which runs no script from it), so that names resolve.
    const report = document.createElement('div');
    report.innerHTML = new DOMParser().parseFromString((await lastDownload()).text, 'text/html').body.innerHTML;
    // A paragraph's text is cut by its claims: it is found by its whole text and the class the report gives it.
    const paragraph = (translation: boolean, text: RegExp) =>
      within(report).getByText((_, element) => element?.localName === 'p' && element.classList.contains('translation') === translation && text.test(element.textContent ?? ''));
    const translated = paragraph(true, /The Ministry of Industry and Information Technology \(MIIT\), the Chinese cyber-regulator/);
    expect(translated.getAttribute('lang')).toBe('en');
    expect(within(translated).getByText('Translation')).toBeTruthy();
    const original = paragraph(false, /^Le Ministère de l'industrie et des technologies de l'information \(MIIT\)/);
    expect(original.nextElementSibling).toBe(translated);
    expect(within(report).getByRole('columnheader', { name: /English translation: The Source comparison workbench project/ })).toBeTruthy();
  });

  it('shows the originals alone in the report when the reader reads the originals', async () => {
    const { user } = await renderApp('/?lang=en&mode=original');
    await user.click(exportButton());
    await user.click(screen.getByRole('button', { name: 'HTML report' }));
    const report = new DOMParser().parseFromString((await lastDownload()).text, 'text/html');
    expect(within(report.body).queryByText('Translation')).toBeNull();
  });

  it('writes the report in French when the interface is in French', async () => {
    const { user } = await renderApp();
    await user.click(within(screen.getByRole('group', { name: 'Langue / Language' })).getByRole('button', { name: 'Français' }));
    // The French words come in their own chunk: wait for the page to speak French, as a reader does.
    await screen.findByRole('group', { name: 'Langue / Language' }).then(() => waitFor(() => expect(document.documentElement.lang).toBe('fr')));
    await user.click(exportButton('Exporter'));
    await user.click(screen.getByRole('button', { name: 'Rapport HTML' }));
    const download = await lastDownload();
    expect(download.text).toMatch(/^<!doctype html>\n<html lang="fr">/);
    expect(download.text).toContain('Exporté le 22 novembre 2026');
  });

  it('downloads every format with its own name and type', async () => {
    const { user } = await renderApp();
    const expected = [
      ['HTML report', 'miit-vpn-2026-11-22.html', 'text/html;charset=utf-8'],
      ['Markdown note', 'miit-vpn-2026-11-22.md', 'text/markdown;charset=utf-8'],
      ['Comparison file (JSON)', 'miit-vpn-2026-11-22.json', 'application/json'],
      ['W3C Web Annotations', 'miit-vpn-2026-11-22.jsonld', 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"'],
      ['Translation memory (TMX)', 'miit-vpn-2026-11-22.tmx', 'application/x-tmx+xml'],
      ['Findings as CSV', 'miit-vpn-2026-11-22.csv', 'text/csv;charset=utf-8;header=present'],
    ] as const;
    for (const [index, [name, fileName, type]] of expected.entries()) {
      await user.click(exportButton());
      await user.click(screen.getByRole('button', { name }));
      const download = await lastDownload(index + 1);
      expect([download.fileName, download.blob.type]).toEqual([fileName, type]);
      expect(download.text.length).toBeGreaterThan(1000);
    }
    // The CSV starts with a byte order mark, so that spreadsheets read it as UTF-8.
    const csv = new Uint8Array(await (downloads[5]?.blob ?? new Blob()).arrayBuffer());
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('exports only the kinds shown when the reader asks for it, and everything otherwise', async () => {
    const { user } = await renderApp();
    await user.click(within(screen.getByRole('group', { name: 'Show or hide findings by kind' })).getByRole('button', { name: /^Match/ }));
    await user.click(exportButton());
    await user.click(screen.getByRole('button', { name: 'Findings as CSV' }));
    const everything = await lastDownload(1);
    expect(everything.text.trimEnd().split('\r\n')).toHaveLength(24);

    await user.click(exportButton());
    await user.click(screen.getByRole('checkbox', { name: 'Only what is shown (19 of 23 findings)' }));
    await user.click(screen.getByRole('button', { name: 'Findings as CSV' }));
    const shown = await lastDownload(2);
    const rows = shown.text.trimEnd().split('\r\n').slice(1);
    expect(rows).toHaveLength(19);
    expect(rows.some((row) => row.split(',')[1] === 'match')).toBe(false);
  });

  it('works from the keyboard alone', async () => {
    const { user } = await renderApp();
    exportButton().focus();
    await user.keyboard('{Enter}');
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'HTML report' }));
    await user.tab();
    await user.keyboard(' ');
    const download = await lastDownload();
    expect(download.fileName).toBe('miit-vpn-2026-11-22.md');
    expect(document.activeElement).toBe(exportButton());
  });
});
