/**
 * The reader's own pair, from the new comparison form to the library: paste two texts, correct a
 * detail the tool found, compare in the worker, edit what the engine proposed, reload and find the
 * edit, then keep, delete and restore comparisons in the library. And the notes a reader writes in
 * a copy of the shipped comparison, kept through every way the header leaves it: the new comparison
 * form opened at once from the note and closed, a new pair compared, the library opening the
 * shipped comparison, the copy, and the copy from itself, then a reload.
 */
import { expectAccessible, expect, openApp, putText, QUOTES, saveScreenshot, test, withParam, WORDS } from './journey';

const FRENCH = `# Le tramway de Lyon ouvre une nouvelle ligne

Le Progrès · 3 mars 2024

La métropole de Lyon a inauguré lundi une ligne de tramway de 12 kilomètres entre Vaulx-en-Velin et Villeurbanne.

Selon le président de la métropole, la ligne transportera 40 000 voyageurs par jour dès la première année.

Le chantier a coûté 250 millions d'euros, financés en partie par l'État.

Les riverains se sont plaints du bruit pendant les travaux.`;

const ENGLISH = `# Lyon opens a new tram line

The metropolis of Lyon opened a 12-kilometre tram line between Vaulx-en-Velin and Villeurbanne on Monday.

According to the head of the metropolis, the line will carry 45,000 passengers a day in its first year.

The works cost 250 million euros, partly paid for by the State.

The line runs every six minutes at peak hours.`;

const NOTE = 'Vérifié auprès du communiqué de la métropole.';

test('a reader compares their own pair, edits it, and finds the edit after a reload', async ({ page }) => {
  await openApp(page, '/?lang=en');
  const texts = page.getByRole('region', { name: 'The two texts, aligned paragraph by paragraph' });

  await test.step('opens the form and pastes both texts', async () => {
    await page.getByRole('button', { name: 'New comparison' }).click();
    await expect(page.getByRole('heading', { name: 'New comparison' })).toBeVisible();
    await page.getByRole('textbox', { name: 'French text' }).fill(FRENCH);
    await page.getByRole('textbox', { name: 'English text' }).fill(ENGLISH);
    await expectAccessible(page, 'new comparison form, filled');
  });

  await test.step('corrects a detail the tool found', async () => {
    const french = page.getByRole('group', { name: 'French source' });
    await french.getByText('Details').click();
    const title = french.getByLabel('Title');
    await expect(title).toHaveValue('Le tramway de Lyon ouvre une nouvelle ligne');
    await title.fill('Tramway : une nouvelle ligne à Lyon');
    await french.getByLabel('Outlet').fill('Le Progrès');
    await saveScreenshot(page, 'new-comparison-en.png');
  });

  await test.step('compares in the worker and reads the result', async () => {
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await expect(texts).toBeVisible();
    await expect(page).toHaveURL(/[?&]c=[\w-]+/);
    await expect(texts.getByText('Tramway : une nouvelle ligne à Lyon')).toBeVisible();
    await expect(page.getByText('Saved in this browser')).toBeVisible();
    await expect(texts.getByRole('link', { name: /40 000 voyageurs/ })).toBeVisible();
  });

  await test.step('edits a finding: a note, and a confirmation', async () => {
    await texts.getByRole('link', { name: /40 000 voyageurs/ }).first().click();
    const finding = page.getByRole('complementary', { name: /^Finding/ });
    await expect(finding).toBeVisible();
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await finding.getByLabel('Note in French').fill(NOTE);
    const confirm = finding.getByRole('button', { name: 'Confirm' });
    await confirm.click();
    await expect(confirm).toHaveAttribute('aria-pressed', 'true');
    // Focus is on a button, not in a text field: the keys undo and redo the comparison's edits.
    await page.keyboard.press('Control+z');
    await expect(confirm).toHaveAttribute('aria-pressed', 'false');
    await page.keyboard.press('Control+Shift+z');
    await expect(confirm).toHaveAttribute('aria-pressed', 'true');
    await expect(finding.getByLabel('Note in French')).toHaveValue(NOTE);
    await saveScreenshot(page, 'editing-en.png');
    await expect(page.getByText('Saved in this browser')).toBeVisible();
    await expectAccessible(page, 'editing a finding');
  });

  await test.step('reloads and finds the comparison and the edit', async () => {
    const address = page.url();
    await page.reload();
    await expect(texts).toBeVisible();
    expect(page.url()).toBe(address);
    await expect(texts.getByText('Tramway : une nouvelle ligne à Lyon')).toBeVisible();
    const finding = page.getByRole('complementary', { name: /^Finding/ });
    // The interface is in English: the French note is one click away.
    await finding.getByText('Note in French').click();
    await expect(finding.getByText(NOTE)).toBeVisible();
    await expect(finding.getByText(/Confirmed/).first()).toBeVisible();
  });

  await test.step('keeps it in the library, deletes it with a question, and undoes the delete', async () => {
    await page.getByRole('button', { name: 'Library' }).click();
    const library = page.getByRole('dialog', { name: 'Library' });
    await expect(library).toBeVisible();
    await expect(library.getByText('Tramway : une nouvelle ligne à Lyon').first()).toBeVisible();
    await library.getByRole('button', { name: /^Open/ }).first().click();
    await expect(page).not.toHaveURL(/[?&]c=/);

    await page.getByRole('button', { name: 'Library' }).click();
    await library.getByRole('button', { name: /^Delete/ }).first().click();
    await library.getByRole('button', { name: 'Keep it' }).click();
    await expect(library.getByText('Tramway : une nouvelle ligne à Lyon').first()).toBeVisible();
    await library.getByRole('button', { name: /^Delete/ }).first().click();
    await library.getByRole('button', { name: 'Delete', exact: true }).click();
    const openOwn = library.getByRole('button', { name: /^Open Tramway/ });
    await expect(library.getByText('“Tramway : une nouvelle ligne à Lyon” deleted.')).toBeVisible();
    await expect(openOwn).toHaveCount(0);
    await library.getByRole('button', { name: 'Undo' }).click();
    await expect(openOwn).toBeVisible();
    await expectAccessible(page, 'library');
  });
});

test('the notes a reader writes survive every way the header leaves the comparison, and a reload', async ({ page }) => {
  const NOTE_FR = 'Note écrite avant le formulaire.';
  const NOTE_EN = 'Note written just before comparing a new pair.';
  await openApp(page, '/?lang=en');
  const texts = page.getByRole('region', { name: WORDS.en.texts });
  const finding = page.getByRole('complementary', { name: /^Finding/ });
  const editButton = page.getByRole('button', { name: 'Edit', exact: true });
  const library = page.getByRole('dialog', { name: 'Library' });
  const form = page.getByRole('heading', { name: 'New comparison' });
  const noteFr = finding.getByLabel('Note in French');
  const noteEn = finding.getByLabel('Note in English');

  /** Opens the finding the notes go to, with the editing tools on. */
  const openNotes = async () => {
    await texts.getByRole('link', { name: QUOTES.frOnly }).click();
    await expect(finding).toBeVisible();
    await expect(editButton).toBeVisible();
    if ((await editButton.getAttribute('aria-pressed')) !== 'true') await editButton.click();
    await expect(noteFr).toBeVisible();
  };
  const expectBothNotes = async () => {
    await openNotes();
    await expect(noteFr).toHaveValue(NOTE_FR);
    await expect(noteEn).toHaveValue(NOTE_EN);
  };
  /**
   * Opens, from the library, the shipped comparison or its copy, both named after it: the shipped
   * one is listed first, then the library's, once it has read them.
   */
  const openFromLibrary = async (which: 'shipped' | 'copy') => {
    await page.getByRole('button', { name: 'Library' }).click();
    const entries = library.getByRole('button', { name: 'Open miit-vpn' });
    await expect(entries).toHaveCount(2);
    await (which === 'shipped' ? entries.first() : entries.last()).click();
    await expect(library).toBeHidden();
  };

  let copyId = '';
  await test.step('edits a copy of the shipped comparison: a note in French, left for New comparison at once', async () => {
    await page.getByRole('button', { name: 'Edit a copy' }).click();
    await expect(page).toHaveURL(/[?&]c=[\w-]+/);
    copyId = new URL(page.url()).searchParams.get('c') ?? '';
    await openNotes();
    await noteFr.fill(NOTE_FR);
    // The press that takes focus from the note opens the form: the note's save must not swallow it.
    await page.getByRole('button', { name: 'New comparison' }).click();
    await expect(form).toBeVisible();
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(form).toBeHidden();
    await openNotes();
    await expect(noteFr).toHaveValue(NOTE_FR);
  });

  await test.step('writes a note in English, compares a new pair, and opens the copy again from the library', async () => {
    await noteEn.fill(NOTE_EN);
    await page.getByRole('button', { name: 'New comparison' }).click();
    await expect(form).toBeVisible();
    await putText(page.getByRole('textbox', { name: 'French text' }), FRENCH);
    await putText(page.getByRole('textbox', { name: 'English text' }), ENGLISH);
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await expect(texts.getByRole('link', { name: /40 000 voyageurs/ })).toBeVisible();
    await expect(page).not.toHaveURL(withParam('c', copyId));

    await openFromLibrary('copy');
    await expect(page).toHaveURL(withParam('c', copyId));
    await expectBothNotes();
  });

  await test.step('opens the shipped comparison, which keeps its own notes, then the copy, then the copy from itself', async () => {
    await openFromLibrary('shipped');
    await expect(page).not.toHaveURL(/[?&]c=/);
    await texts.getByRole('link', { name: QUOTES.frOnly }).click();
    await expect(finding).toBeVisible();
    await expect(finding.getByText(NOTE_EN)).toHaveCount(0);

    await openFromLibrary('copy');
    await expect(page).toHaveURL(withParam('c', copyId));
    await openFromLibrary('copy');
    await expectBothNotes();
  });

  await test.step('reloads and finds both notes', async () => {
    await expect(page.getByText('Saved in this browser')).toBeVisible();
    await page.reload();
    await expect(texts).toBeVisible();
    await expectBothNotes();
    await expectAccessible(page, 'notes kept after every way out and a reload');
  });
});
