import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { findingList, shippedComparison, textsRegion } from '../renderApp';
import {
  BUDGET_EN,
  BUDGET_FR,
  claim,
  councilComparison,
  MAYOR_FR,
  PARENTS_EN,
  panel,
  POOL_FR,
  redoButton,
  findingQuoting,
  SESSION_EN,
  SESSION_FR,
  openClaim,
  startEditing,
  stepLine,
  undoButton,
} from './editingHarness';

function editor(): HTMLElement {
  return within(panel()).getByRole('region', { name: 'Edit this finding' });
}

/** The finding's facts, as the panel lists them: origin, confidence, status. */
function facts(): Record<string, string | null> {
  const terms = within(panel()).getAllByRole('term');
  const definitions = within(panel()).getAllByRole('definition');
  return Object.fromEntries(terms.map((term, index) => [term.textContent ?? '', definitions[index]?.textContent ?? null]));
}

function heading(): string {
  return within(panel()).getByRole('heading', { level: 2 }).textContent ?? '';
}

describe('FindingEditor', () => {
  it('links a claim of one text to a claim of the other, and undoes and redoes it', async () => {
    const { user, changes } = await startEditing();
    await openClaim(user, POOL_FR);
    expect(heading()).toMatch(/^Finding: Only in the French source/);

    const target = within(editor()).getByRole('combobox', { name: 'Link to a claim on the other side' });
    await user.selectOptions(target, within(target).getByRole('option', { name: /^Only in the English source: Dozens of parents gathered/ }));
    await user.click(within(editor()).getByRole('button', { name: 'Link' }));

    // One finding now quotes both texts: a match, with the English claim as its counterpart.
    expect(heading()).toMatch(/^Finding: Match/);
    expect(within(panel()).getByText(PARENTS_EN).lang).toBe('en');
    expect(stepLine().textContent).toBe('Done: link two claims.');
    const pool = findingQuoting(changes.at(-1) ?? councilComparison(), POOL_FR);
    expect(pool.en.map((span) => span.quote)).toEqual([PARENTS_EN]);

    await user.click(undoButton());
    expect(heading()).toMatch(/^Finding: Only in the French source/);
    expect(within(panel()).queryByText(PARENTS_EN)).toBeNull();
    expect(within(textsRegion()).getByRole('link', { name: PARENTS_EN })).toBeTruthy();

    await user.click(redoButton());
    expect(heading()).toMatch(/^Finding: Match/);
    expect(changes).toHaveLength(3);
  });

  it('sets the kind among those the quotes allow, and undoes and redoes it', async () => {
    const { user, changes } = await startEditing();
    await openClaim(user, BUDGET_EN);
    const kinds = within(editor()).getByRole('group', { name: 'Kind' });
    expect(within(kinds).getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['match', 'discrepancy']);
    expect(within(kinds).getByRole('radio', { name: 'Discrepancy' })).toHaveProperty('checked', true);

    await user.click(within(kinds).getByRole('radio', { name: 'Match' }));

    expect(heading()).toMatch(/^Finding: Match/);
    // A match says nothing differs: its aspects go, and the claim is drawn as a match.
    expect(within(panel()).queryByRole('group', { name: 'What differs' })).toBeNull();
    expect(claim(BUDGET_FR).className).toContain('kind-match');
    expect(undoButton().textContent).toBe('Undo: set the kind to Match');
    expect(findingQuoting(changes.at(-1) ?? councilComparison(), BUDGET_FR)).toMatchObject({ kind: 'match', aspects: [], status: 'confirmed' });

    await user.click(undoButton());
    expect(heading()).toMatch(/^Finding: Discrepancy/);
    expect(within(editor()).getByRole('radio', { name: 'Discrepancy' })).toHaveProperty('checked', true);
    expect(within(editor()).getByRole('checkbox', { name: 'Number' })).toHaveProperty('checked', true);

    await user.click(redoButton());
    expect(heading()).toMatch(/^Finding: Match/);
    expect(changes.map((comparison) => findingQuoting(comparison, BUDGET_FR).kind)).toEqual(['match', 'discrepancy', 'match']);
  });

  it('sets what differs in a discrepancy, and undoes and redoes it', async () => {
    const { user, changes } = await startEditing();
    await openClaim(user, BUDGET_FR);
    const aspects = within(editor()).getByRole('group', { name: 'What differs' });

    await user.click(within(aspects).getByRole('checkbox', { name: 'Date' }));

    const shown = () => within(panel()).getAllByRole('listitem').map((item) => item.textContent);
    expect(shown()).toEqual(['Date', 'Number']);
    expect(findingQuoting(changes.at(-1) ?? councilComparison(), BUDGET_FR).aspects).toEqual(['date', 'number']);
    expect(within(findingList()).getByRole('link', { name: /^The Lyon city council/ }).textContent).toContain('Date and Number');

    await user.click(undoButton());
    expect(shown()).toEqual(['Number']);
    expect(within(aspects).getByRole('checkbox', { name: 'Date' })).toHaveProperty('checked', false);

    await user.click(redoButton());
    expect(shown()).toEqual(['Date', 'Number']);
    expect(changes).toHaveLength(3);
  });

  it('saves the French note when the field is left, and undoes and redoes it', async () => {
    const { user, changes } = await startEditing();
    await openClaim(user, MAYOR_FR);
    const before = findingQuoting(councilComparison(), MAYOR_FR).note.fr;
    const note = within(editor()).getByRole('textbox', { name: 'Note in French' });
    expect(note.lang).toBe('fr');
    expect((note as HTMLTextAreaElement).value).toBe(before);

    await user.clear(note);
    await user.type(note, 'Les deux récits donnent le même mois.');
    // Not per keystroke: nothing is saved while the reader types.
    expect(changes).toHaveLength(0);
    await user.tab();

    expect(changes).toHaveLength(1);
    expect(stepLine().textContent).toBe('Done: edit the note in French.');
    expect(findingQuoting(changes[0] ?? councilComparison(), MAYOR_FR).note).toMatchObject({ fr: 'Les deux récits donnent le même mois.' });

    // Out of editing, the panel shows the note as saved.
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    await user.click(within(panel()).getByText('Note in French'));
    expect(within(panel()).getByText('Les deux récits donnent le même mois.').lang).toBe('fr');
    await user.click(screen.getByRole('button', { name: 'Edit' }));

    await user.click(undoButton());
    expect((within(editor()).getByRole('textbox', { name: 'Note in French' }) as HTMLTextAreaElement).value).toBe(before);

    await user.click(redoButton());
    expect((within(editor()).getByRole('textbox', { name: 'Note in French' }) as HTMLTextAreaElement).value).toBe('Les deux récits donnent le même mois.');
    expect(changes).toHaveLength(3);
  });

  it('saves a note as its field loses focus without taking focus or the page elsewhere, so that the press that took it lands', async () => {
    const { user, changes } = await startEditing();
    await openClaim(user, MAYOR_FR);
    const note = within(editor()).getByRole('textbox', { name: 'Note in French' });
    const scrollIntoView = vi.fn();
    Element.prototype.scrollIntoView = scrollIntoView;
    try {
      await user.type(note, ' Vérifié.');
      expect(changes).toHaveLength(0);

      // A press on a button elsewhere (New comparison) first takes focus out of the field, to the
      // body, and only then to the button: the note is saved in between.
      act(() => note.blur());

      expect(changes).toHaveLength(1);
      expect(document.activeElement).toBe(document.body);
      expect(scrollIntoView).not.toHaveBeenCalled();
    } finally {
      Reflect.deleteProperty(Element.prototype, 'scrollIntoView');
    }
  });

  it('saves the English note a second after typing stops, and undoes and redoes it', async () => {
    const { user, changes } = await startEditing();
    await openClaim(user, SESSION_EN);
    const note = within(editor()).getByRole('textbox', { name: 'Note in English' });
    expect(note.lang).toBe('en');

    await user.type(note, ' Same date.');
    expect(changes).toHaveLength(0);

    await waitFor(() => expect(changes).toHaveLength(1));
    expect(note).toBe(document.activeElement);
    expect(findingQuoting(changes[0] ?? councilComparison(), SESSION_EN).note.en).toMatch(/ Same date\.$/);
    expect(undoButton().textContent).toBe('Undo: edit the note in English');

    await user.click(undoButton());
    expect((within(editor()).getByRole('textbox', { name: 'Note in English' }) as HTMLTextAreaElement).value).not.toMatch(/Same date/);

    await user.click(redoButton());
    expect((within(editor()).getByRole('textbox', { name: 'Note in English' }) as HTMLTextAreaElement).value).toMatch(/ Same date\.$/);
    expect(changes).toHaveLength(3);
  });

  it('leaves Ctrl+Z to a note field, without undoing an edit of the comparison', async () => {
    const { user, changes } = await startEditing();
    await openClaim(user, BUDGET_EN);
    await user.click(within(editor()).getByRole('radio', { name: 'Match' }));
    expect(changes).toHaveLength(1);

    await user.click(within(editor()).getByRole('textbox', { name: 'Note in French' }));
    await user.keyboard('{Control>}z{/Control}');

    expect(heading()).toMatch(/^Finding: Match/);
    expect(changes).toHaveLength(1);

    // Out of the field, the same keys undo the edit.
    await user.click(within(panel()).getByRole('heading', { level: 2 }));
    await user.keyboard('{Control>}z{/Control}');
    expect(heading()).toMatch(/^Finding: Discrepancy/);
  });

  it('confirms an automatic finding, with the status said in words, and undoes and redoes it', async () => {
    const { user, changes } = await startEditing();
    await openClaim(user, SESSION_FR);
    const confirm = within(editor()).getByRole('button', { name: 'Confirm' });
    expect(within(editor()).getByText('Status: Automatic')).toBeTruthy();
    expect(confirm.getAttribute('aria-pressed')).toBe('false');

    await user.click(confirm);

    expect(confirm.getAttribute('aria-pressed')).toBe('true');
    expect(within(editor()).getByText('Status: Confirmed')).toBeTruthy();
    // Said outside the editor too: among the finding's facts and in the list of findings.
    expect(facts()).toMatchObject({ Status: 'Confirmed' });
    expect(within(findingList()).getByRole('link', { name: /^The next session/ }).textContent).toContain('Confirmed');
    expect(findingQuoting(changes.at(-1) ?? councilComparison(), SESSION_FR).status).toBe('confirmed');

    await user.click(undoButton());
    expect(within(editor()).getByText('Status: Automatic')).toBeTruthy();
    expect(within(findingList()).getByRole('link', { name: /^The next session/ }).textContent).not.toContain('Confirmed');

    await user.click(redoButton());
    expect(within(editor()).getByText('Status: Confirmed')).toBeTruthy();
    expect(changes).toHaveLength(3);
  });

  it('rejects an automatic finding: the claim is struck through and described as rejected; undo and redo', async () => {
    const { user, changes } = await startEditing();
    await openClaim(user, SESSION_FR);

    await user.click(within(editor()).getByRole('button', { name: 'Reject' }));

    expect(within(editor()).getByRole('button', { name: 'Reject' }).getAttribute('aria-pressed')).toBe('true');
    expect(within(editor()).getByText('Status: Rejected')).toBeTruthy();
    const rejected = claim(SESSION_FR, /Rejected/);
    expect(rejected.className).toContain('claim--rejected');
    expect(claim(SESSION_EN, /Rejected/)).toBeTruthy();
    expect(within(findingList()).getByRole('link', { name: /^The next session/ }).textContent).toContain('Rejected');
    expect(findingQuoting(changes.at(-1) ?? councilComparison(), SESSION_FR).status).toBe('rejected');

    await user.click(undoButton());
    expect(claim(SESSION_FR).className).not.toContain('claim--rejected');
    expect(within(textsRegion()).queryByRole('link', { name: SESSION_FR, description: /Rejected/ })).toBeNull();

    await user.click(redoButton());
    expect(claim(SESSION_FR, /Rejected/).className).toContain('claim--rejected');
    expect(changes).toHaveLength(3);
  });

  it('deletes a claim, closing its finding, and undoes and redoes it', async () => {
    const { user, changes } = await startEditing();
    await openClaim(user, SESSION_FR);

    await user.click(within(editor()).getByRole('button', { name: 'Delete claim' }));

    expect(screen.queryByRole('complementary', { name: /^Finding/ })).toBeNull();
    expect(within(textsRegion()).queryByRole('link', { name: SESSION_FR })).toBeNull();
    expect(within(textsRegion()).getByText(SESSION_FR)).toBeTruthy();
    expect(stepLine().textContent).toBe('Done: delete a claim.');
    expect(changes.at(-1)?.relations).toHaveLength(councilComparison().relations.length - 1);
    // Focus does not fall to the top of the page with the claim that went.
    expect(document.activeElement).toBe(undoButton());

    await user.click(undoButton());
    expect(claim(SESSION_FR)).toBeTruthy();

    await user.click(redoButton());
    expect(within(textsRegion()).queryByRole('link', { name: SESSION_FR })).toBeNull();
    expect(changes).toHaveLength(3);
  });

  it('edits a curated finding of the shipped comparison, which has no status to judge', async () => {
    const shipped = shippedComparison();
    const { user, changes } = await startEditing(shipped, '/?finding=who-when-where');
    expect(heading()).toMatch(/^Finding: Discrepancy/);
    expect(within(editor()).queryByRole('button', { name: 'Confirm' })).toBeNull();
    // Nothing in the panel speaks of a status the file does not give.
    expect(facts()).toHaveProperty('Origin', 'Curated by hand');
    expect(facts()).not.toHaveProperty('Status');

    await user.click(within(editor()).getByRole('checkbox', { name: 'Actor' }));

    expect(within(panel()).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Date', 'Venue']);
    const edited = changes.at(-1)?.relations.find((finding) => finding.id === 'who-when-where');
    expect(edited).toMatchObject({ aspects: ['date', 'venue'], origin: 'curated' });
    expect(edited?.status).toBeUndefined();

    await user.click(undoButton());
    expect(within(panel()).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Actor', 'Venue', 'Date']);
  });
});
