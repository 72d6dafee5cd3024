import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, textsRegion } from '../renderApp';
import { councilComparison, redoButton, renderEditing, startEditing, stepLine, undoButton } from './editingHarness';

function joinButtons(): HTMLElement[] {
  return within(textsRegion()).queryAllByRole('button', { name: /^Join with next row/ });
}

function splitButtons(): HTMLElement[] {
  return within(textsRegion()).queryAllByRole('button', { name: /^Split row before this paragraph/ });
}

describe('EditingTools, the Edit switch', () => {
  it('is not there when the comparison cannot be edited', async () => {
    await renderApp('/', councilComparison());
    // The app for a comparison read only has no Edit switch, before or after loading settles.
    await screen.findByRole('region', { name: /two texts/i });
    expect(screen.queryByRole('button', { name: 'Edit' })).toBeNull();
  });

  it('shows the tools and the row controls only while it is pressed', async () => {
    const { user } = await renderEditing();
    const toggle = screen.getByRole('button', { name: 'Edit' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(screen.queryByRole('group', { name: 'Editing tools' })).toBeNull();
    expect(joinButtons()).toHaveLength(0);

    await user.click(toggle);

    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('group', { name: 'Editing tools' })).toBeTruthy();
    // Six rows: five can join the next; one row has a second English paragraph to split before.
    expect(joinButtons()).toHaveLength(5);
    expect(splitButtons().map((button) => button.textContent)).toEqual(['Split row before this paragraph (row 4, English paragraph 2)']);

    await user.click(toggle);
    expect(joinButtons()).toHaveLength(0);
  });
});

describe('rowEditing', () => {
  it('joins a row with the next, and Undo and Redo take it back and do it again', async () => {
    const { user, changes } = await startEditing();
    expect(undoButton()).toHaveProperty('disabled', true);

    await user.click(screen.getByRole('button', { name: 'Join with next row (row 1 with row 2)' }));

    // The English-only paragraph now stands in the first row, beside the headline: a second English
    // paragraph there, which the row can be split before; and one row fewer to join.
    expect(joinButtons()).toHaveLength(4);
    expect(screen.getByRole('button', { name: 'Split row before this paragraph (row 1, English paragraph 2)' })).toBeTruthy();
    expect(stepLine().textContent).toBe('Done: join row 1 with row 2.');
    expect(changes.at(-1)?.alignment).toHaveLength(5);
    expect(changes.at(-1)?.alignment[0]).toMatchObject({ fr: [0], en: [0, 1] });

    await user.click(undoButton());
    expect(joinButtons()).toHaveLength(5);
    expect(screen.queryByRole('button', { name: /row 1, English paragraph 2/ })).toBeNull();
    expect(stepLine().textContent).toBe('Undone: join row 1 with row 2.');
    expect(changes.at(-1)?.alignment).toHaveLength(6);
    expect(redoButton().textContent).toBe('Redo: join row 1 with row 2');

    await user.click(redoButton());
    expect(joinButtons()).toHaveLength(4);
    expect(stepLine().textContent).toBe('Redone: join row 1 with row 2.');
    expect(changes.at(-1)?.alignment).toHaveLength(5);
    expect(changes).toHaveLength(3);
  });

  it('splits a row before a paragraph, gives focus to the join that undoes it, and undoes and redoes', async () => {
    const { user, changes } = await startEditing();

    await user.click(screen.getByRole('button', { name: 'Split row before this paragraph (row 4, English paragraph 2)' }));

    expect(splitButtons()).toHaveLength(0);
    expect(joinButtons()).toHaveLength(6);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Join with next row (row 4 with row 5)' }));
    expect(undoButton().textContent).toBe('Undo: split row 4');
    expect(changes.at(-1)?.alignment.slice(3, 5)).toMatchObject([
      { fr: [2], en: [3] },
      { fr: [], en: [4] },
    ]);

    await user.click(undoButton());
    expect(splitButtons()).toHaveLength(1);
    expect(joinButtons()).toHaveLength(5);

    await user.click(redoButton());
    expect(splitButtons()).toHaveLength(0);
    expect(joinButtons()).toHaveLength(6);
    expect(changes).toHaveLength(3);
  });

  it('undoes with Ctrl+Z or Cmd+Z and redoes with Ctrl+Shift+Z or Ctrl+Y', async () => {
    const { user, changes } = await startEditing();
    await user.click(screen.getByRole('button', { name: 'Join with next row (row 5 with row 6)' }));
    expect(joinButtons()).toHaveLength(4);
    // The join pressed went away with the last row; focus went to the way back rather than the top of the page.
    expect(document.activeElement).toBe(undoButton());

    await user.keyboard('{Control>}z{/Control}');
    expect(joinButtons()).toHaveLength(5);
    expect(stepLine().textContent).toBe('Undone: join row 5 with row 6.');

    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(joinButtons()).toHaveLength(4);
    expect(stepLine().textContent).toBe('Redone: join row 5 with row 6.');

    await user.keyboard('{Meta>}z{/Meta}');
    expect(joinButtons()).toHaveLength(5);

    await user.keyboard('{Control>}y{/Control}');
    expect(joinButtons()).toHaveLength(4);
    expect(changes).toHaveLength(5);
  });
});
