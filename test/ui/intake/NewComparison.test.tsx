import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SIDE_LIMIT } from '../../../src/core/intake/index';
import { ENGLISH, FRENCH, heldRunner, renderIntake, windows1252 } from './renderIntake';

/** The value of a text box or input. */
const valueOf = (element: HTMLElement) => (element as HTMLInputElement | HTMLTextAreaElement).value;

const frenchBox = () => screen.getByRole('textbox', { name: /^(French text|Texte français)$/ });
const englishBox = () => screen.getByRole('textbox', { name: /^(English text|Texte anglais)$/ });
const frenchSide = () => screen.getByRole('group', { name: /^(French source|Source française)$/ });
const englishSide = () => screen.getByRole('group', { name: /^(English source|Source anglaise)$/ });

/** Drops `file` on `target` as a browser does: a drag that carries files, then the drop. */
function dropFile(target: HTMLElement, file: File) {
  const dataTransfer = { files: [file], types: ['Files'], dropEffect: 'none' };
  fireEvent.dragEnter(target, { dataTransfer });
  fireEvent.dragOver(target, { dataTransfer });
  fireEvent.drop(target, { dataTransfer });
}

/** Pastes rich text as a browser does from a web page: its HTML and its plain-text version. */
function pasteHtml(target: HTMLElement, html: string, plain: string) {
  const data: Record<string, string> = { 'text/html': html, 'text/plain': plain };
  fireEvent.paste(target, { clipboardData: { types: Object.keys(data), getData: (type: string) => data[type] ?? '' } });
}

describe('NewComparison', () => {
  it.each([
    ['/', 'New comparison', 'French text', 'English text', 'Choose file for the French text', 'Compare'],
    ['/?lang=fr', 'Nouvelle comparaison', 'Texte français', 'Texte anglais', 'Choisir un fichier pour le texte français', 'Comparer'],
  ])('names its controls in the reader’s language (%s)', async (url, title, fr, en, choose, compare) => {
    await renderIntake({ url });
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: title }));
    expect(screen.getByRole('textbox', { name: fr })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: en })).toBeTruthy();
    expect(screen.getByLabelText(choose)).toBeTruthy();
    expect(screen.getByRole('button', { name: compare })).toBeTruthy();
  });

  it('reduces rich text pasted from a web page to its words, and takes the page’s details', async () => {
    await renderIntake();
    const html = `<html><head><meta property="og:title" content="Le conseil vote le budget"><meta property="og:site_name" content="Le Journal">
      <script>window.pasted = true</script></head><body><h1>Le conseil vote le budget</h1><p onclick="window.pasted = true">${FRENCH.split('\n\n')[0]}</p>
      <img src="https://tracker.example/p.gif" onerror="window.pasted = true"><p>&lt;script&gt; reste du texte</p></body></html>`;
    pasteHtml(frenchBox(), html, 'plain version');
    expect(valueOf(frenchBox())).toBe(`# Le conseil vote le budget\n\n${FRENCH.split('\n\n')[0]}\n\n<script> reste du texte`);
    expect((window as { pasted?: boolean }).pasted).toBeUndefined();
    await screen.findByDisplayValue('Le Journal');
    expect(valueOf(within(frenchSide()).getByRole('textbox', { name: 'Title' }))).toBe('Le conseil vote le budget');
    // The name follows the French title until the reader writes one.
    expect(valueOf(screen.getByRole('textbox', { name: 'Comparison name' }))).toBe('Le conseil vote le budget');
  });

  it('lets the box paste plain text itself', async () => {
    const { user } = await renderIntake();
    await user.click(englishBox());
    await user.paste(ENGLISH);
    expect(valueOf(englishBox())).toBe(ENGLISH);
  });

  it('reads a Windows-1252 file chosen with the button, and asks the reader to check the accents', async () => {
    const { user } = await renderIntake();
    const text = 'Le ministère a déclaré qu’il n’y avait « aucune interdiction ».';
    await user.upload(screen.getByLabelText('Choose file for the French text'), new File([windows1252(text)], 'ministere.txt', { type: 'text/plain' }));
    await waitFor(() => expect(valueOf(frenchBox())).toBe(text));
    const notice = within(frenchSide()).getByRole('status');
    expect(notice.textContent).toMatch('ministere.txt');
    expect(notice.textContent).toMatch(/Windows-1252.*Check that accented letters/);
  });

  it('reads a file dropped on the box, and says so in French', async () => {
    await renderIntake({ url: '/?lang=fr' });
    const text = 'L’œuvre a coûté 12 millions, selon le ministère.';
    dropFile(frenchBox(), new File([windows1252(text)], 'oeuvre.txt'));
    await waitFor(() => expect(valueOf(frenchBox())).toBe(text));
    expect(within(frenchSide()).getByRole('status').textContent).toMatch(/oeuvre\.txt.*Vérifiez que les lettres accentuées/);
  });

  it.each([
    ['a PDF', 'rapport.pdf', new TextEncoder().encode('%PDF-1.7\n1 0 obj'), /rapport\.pdf.*This is a PDF document/],
    ['binary data', 'donnees.txt', Uint8Array.from([0x4c, 0x65, 0, 1, 2, 3, 0x20, 0x6d]), /donnees\.txt.*This is not a text file/],
    ['an empty file', 'vide.txt', new Uint8Array(0), /vide\.txt.*There is no text in it/],
  ])('refuses %s with an alert beside the side, and leaves the box as it was', async (_, name, bytes, message) => {
    const { user } = await renderIntake();
    await user.click(frenchBox());
    await user.paste(FRENCH);
    dropFile(frenchBox(), new File([bytes], name));
    const alert = await within(frenchSide()).findByRole('alert');
    expect(alert.textContent).toMatch(message);
    expect(alert.textContent).toMatch('What the box held is unchanged.');
    expect(valueOf(frenchBox())).toBe(FRENCH);
    expect(frenchBox().getAttribute('aria-invalid')).toBe('true');
    expect(within(englishSide()).queryByRole('alert')).toBeNull();
  });

  it('refuses a paste that would take a side over 5 MB, and leaves the box as it was', async () => {
    const { user } = await renderIntake();
    await user.click(englishBox());
    await user.paste(ENGLISH);
    fireEvent.paste(englishBox(), { clipboardData: { types: ['text/plain'], getData: (type: string) => (type === 'text/plain' ? 'a'.repeat(SIDE_LIMIT) : '') } });
    const alert = within(englishSide()).getByRole('alert');
    expect(alert.textContent).toMatch(/The pasted text.*Too large: 5 MB, and a side holds at most 5 MB/);
    expect(valueOf(englishBox())).toBe(ENGLISH);
  });

  it('takes no file dropped beside the boxes, so that the browser does not leave the page for it', async () => {
    await renderIntake();
    const dataTransfer = { files: [new File([FRENCH], 'article.txt')], types: ['Files'], dropEffect: 'copy' };
    expect(fireEvent.dragOver(screen.getByRole('heading', { name: 'New comparison' }), { dataTransfer })).toBe(false);
    expect(dataTransfer.dropEffect).toBe('none');
    expect(fireEvent.drop(screen.getByRole('heading', { name: 'New comparison' }), { dataTransfer })).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(valueOf(frenchBox())).toBe('');
    expect(valueOf(englishBox())).toBe('');
  });

  it('offers back the text a file replaced', async () => {
    const { user } = await renderIntake();
    await user.click(frenchBox());
    await user.paste('Mon brouillon.');
    dropFile(frenchBox(), new File([FRENCH], 'article.md'));
    await waitFor(() => expect(valueOf(frenchBox())).toBe(FRENCH));
    await user.click(within(frenchSide()).getByRole('button', { name: 'Restore the previous text' }));
    expect(valueOf(frenchBox())).toBe('Mon brouillon.');
  });

  it('stops on an empty side, says which, and takes the reader there', async () => {
    const { user, compared } = await renderIntake();
    await user.click(englishBox());
    await user.paste(ENGLISH);
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    expect(within(frenchSide()).getByRole('alert').textContent).toMatch('Paste, type or drop a text here before comparing.');
    expect(document.activeElement).toBe(frenchBox());
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(compared).toEqual([]);
  });

  it.each([
    ['/', 'Both texts look English.', 'Compare anyway'],
    ['/?lang=fr', 'Les deux textes semblent anglais.', 'Comparer quand même'],
  ])('warns when both texts are in one language, and compares anyway when asked (%s)', async (url, warning, anyway) => {
    const { user, compared } = await renderIntake({ url });
    await user.click(frenchBox());
    await user.paste(ENGLISH);
    await user.click(englishBox());
    await user.paste(ENGLISH);
    await user.click(screen.getByRole('button', { name: /^(Compare|Comparer)$/ }));
    const status = screen.getAllByRole('status').find((element) => element.textContent?.includes(warning));
    expect(status).toBeDefined();
    expect(screen.queryByRole('progressbar')).toBeNull();
    await user.click(screen.getByRole('button', { name: anyway }));
    await waitFor(() => expect(compared).toHaveLength(1));
  });

  it('offers to swap texts that are in each other’s places', async () => {
    const { user } = await renderIntake();
    await user.click(frenchBox());
    await user.paste(ENGLISH);
    await user.click(englishBox());
    await user.paste(FRENCH);
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    expect(screen.getByText(/English in the French box, French in the English box/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Swap the texts' }));
    expect(valueOf(frenchBox())).toBe(FRENCH);
    expect(valueOf(englishBox())).toBe(ENGLISH);
    expect(screen.queryByText(/English in the French box/)).toBeNull();
  });

  it('shows the progress, then hands over the comparison with the details the reader corrected', async () => {
    const { runner, release, progress } = heldRunner();
    const { user, compared } = await renderIntake({ runner });
    await user.click(frenchBox());
    await user.paste(`Le conseil vote le budget\n\n${FRENCH}`);
    await user.click(englishBox());
    await user.paste(ENGLISH);
    const details = within(englishSide());
    await user.click(details.getByText('Details'));
    await user.type(details.getByRole('textbox', { name: 'Outlet' }), 'The Herald');
    await user.type(details.getByRole('textbox', { name: 'Address (URL)' }), 'https://herald.example/budget');
    await user.click(screen.getByRole('button', { name: 'Compare' }));

    const bar = screen.getByRole('progressbar', { name: 'Comparing the texts' });
    expect(bar.getAttribute('aria-valuenow')).toBe('0');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
    release();
    await waitFor(() => expect(compared).toHaveLength(1));
    expect(progress.at(-1)).toBe(1);
    expect(progress.length).toBeGreaterThan(2);
    const [comparison] = compared;
    expect(comparison?.name).toBe('Le conseil vote le budget');
    expect(comparison?.sources.fr).toMatchObject({ lang: 'fr', title: 'Le conseil vote le budget' });
    expect(comparison?.sources.en).toMatchObject({ lang: 'en', outlet: 'The Herald', url: 'https://herald.example/budget' });
    expect(comparison?.relations.length).toBeGreaterThan(0);
  });

  it('holds back an address that is not http(s), with the reason beside the field', async () => {
    const { user, compared } = await renderIntake();
    await user.click(frenchBox());
    await user.paste(FRENCH);
    await user.click(englishBox());
    await user.paste(ENGLISH);
    const details = within(englishSide());
    await user.click(details.getByText('Details'));
    await user.type(details.getByRole('textbox', { name: 'Address (URL)' }), 'javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    expect(details.getByRole('alert').textContent).toMatch('Write an address that starts with http:// or https://.');
    expect(details.getByRole('textbox', { name: 'Address (URL)' }).getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(compared).toEqual([]);
  });

  it('cancels a comparison under way and returns to the form as it was', async () => {
    const { runner, release } = heldRunner();
    const { user, compared } = await renderIntake({ runner });
    await user.click(frenchBox());
    await user.paste(FRENCH);
    await user.click(englishBox());
    await user.paste(ENGLISH);
    await user.type(screen.getByRole('textbox', { name: 'Comparison name' }), 'budget');
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(valueOf(frenchBox())).toBe(FRENCH);
    expect(valueOf(englishBox())).toBe(ENGLISH);
    expect(valueOf(screen.getByRole('textbox', { name: 'Comparison name' }))).toBe('budget');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Compare' }));
    release();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(compared).toEqual([]);
  });

  it('keeps the texts and the reader’s details when the form is closed and opened again', async () => {
    const { user } = await renderIntake();
    await user.click(frenchBox());
    await user.paste(FRENCH);
    await user.click(within(frenchSide()).getByText('Details'));
    await user.type(within(frenchSide()).getByRole('textbox', { name: 'Byline' }), 'Anne Roy');
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('textbox', { name: 'French text' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Reopen' }));
    expect(valueOf(frenchBox())).toBe(FRENCH);
    expect(valueOf(within(frenchSide()).getByRole('textbox', { name: 'Byline' }))).toBe('Anne Roy');
  });

  it('follows the text with the details the reader did not edit, and keeps those the reader did', async () => {
    const { user } = await renderIntake();
    await user.click(frenchBox());
    await user.paste(`Premier titre\n\n${FRENCH}`);
    const side = within(frenchSide());
    await user.click(side.getByText('Details'));
    await waitFor(() => expect(valueOf(side.getByRole('textbox', { name: 'Title' }))).toBe('Premier titre'));
    await user.type(side.getByRole('textbox', { name: 'Outlet' }), 'Le Journal');
    await user.clear(frenchBox());
    await user.paste(`Second titre\n\n${FRENCH}`);
    await waitFor(() => expect(valueOf(side.getByRole('textbox', { name: 'Title' }))).toBe('Second titre'));
    expect(valueOf(side.getByRole('textbox', { name: 'Outlet' }))).toBe('Le Journal');
  });
});
