/**
 * A finding stays true to the reader's edits: what the reader made or changed says "Edited by you",
 * not the engine's confidence; the engine's note follows a new kind or link, or is marked out of
 * date; a note the reader wrote is never rewritten.
 */
import { within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/model/index';
import { findingList, renderApp, shippedComparison } from '../renderApp';
import { BUDGET_EN, openClaim, panel, POOL_FR, SESSION_FR, startEditing } from './editingHarness';

function editor(): HTMLElement {
  return within(panel()).getByRole('region', { name: 'Edit this finding' });
}

function verdict(): string {
  return within(panel()).getByRole('heading', { level: 2 }).textContent ?? '';
}

function note(lang: 'French' | 'English', description?: RegExp): HTMLElement {
  return within(editor()).getByRole('textbox', description ? { name: `Note in ${lang}`, description } : { name: `Note in ${lang}` });
}

async function linkTo(user: Awaited<ReturnType<typeof startEditing>>['user'], quote: RegExp) {
  const target = within(editor()).getByRole('combobox', { name: 'Link to a claim on the other side' });
  await user.selectOptions(target, within(target).getByRole('option', { name: quote }));
  await user.click(within(editor()).getByRole('button', { name: 'Link' }));
}

describe('a finding the reader edits', () => {
  it('says "Edited by you" after a link, not the engine’s confidence, and its note is the engine’s for a match, not for a claim of one text', async () => {
    const { user } = await startEditing();
    await openClaim(user, POOL_FR);
    expect(verdict()).toMatch(/Automatic · \d+% confidence$/);
    expect(note('English')).toHaveProperty('value', 'Only the French source reports this.');

    await linkTo(user, /^Only in the English source: Dozens of parents gathered/);

    expect(verdict()).toBe('Finding: Match Edited by you');
    expect(within(panel()).queryByText('Confidence')).toBeNull();
    expect(note('English')).toHaveProperty('value', 'Both sources say the same.');
    expect(note('French')).toHaveProperty('value', 'Les deux sources disent la même chose.');
    const entry = within(findingList()).getByRole('link', { name: /^Dozens of parents gathered/ });
    expect(entry.textContent).toMatch(/Edited by you/);
    expect(entry.textContent).not.toMatch(/confidence/);
  });

  it('empties the engine’s note for a match made a discrepancy, and marks its reading of a discrepancy made a match out of date', async () => {
    const { user } = await startEditing();
    await openClaim(user, SESSION_FR);
    await user.click(within(editor()).getByRole('radio', { name: 'Discrepancy' }));
    expect(verdict()).toBe('Finding: Discrepancy Edited by you');
    expect(note('English')).toHaveProperty('value', '');

    await openClaim(user, BUDGET_EN);
    const reading = (note('English') as HTMLTextAreaElement).value;
    expect(reading).toMatch(/differ/);
    await user.click(within(editor()).getByRole('radio', { name: 'Match' }));
    expect(note('English')).toHaveProperty('value', reading);
    expect(note('English', /Written before your edit: it may no longer hold\.$/)).toBeTruthy();
  });

  it('never rewrites a note the reader wrote, and says it is theirs', async () => {
    const { user } = await startEditing();
    await openClaim(user, POOL_FR);
    await user.clear(note('English'));
    await user.type(note('English'), 'Checked with the town hall.');
    await user.tab();
    expect(note('English', /Edited by you\.$/)).toBeTruthy();

    await linkTo(user, /^Only in the English source: Dozens of parents gathered/);

    expect(note('English')).toHaveProperty('value', 'Checked with the town hall.');
    expect(note('English', /Edited by you\.$/)).toBeTruthy();
    // The French note was the engine's: it follows the new kind.
    expect(note('French')).toHaveProperty('value', 'Les deux sources disent la même chose.');
  });

  it('says it in French', async () => {
    const { user, i18n } = await startEditing();
    await openClaim(user, POOL_FR);
    await linkTo(user, /^Only in the English source: Dozens of parents gathered/);
    await i18n.changeLanguage('fr');
    expect(await within(panel()).findByRole('heading', { level: 2, name: 'Constat : Concordance Modifié par vous' })).toBeTruthy();
  });
});

describe('a finding read from a file a reader edited', () => {
  it('says in the reading view who stands behind it and how its notes stand, in English and in French', async () => {
    const shipped = shippedComparison();
    const findings = shipped.relations.map((finding): Finding =>
      finding.id === 'core-denial'
        ? { ...finding, origin: 'automatic', confidence: 0.91, status: 'confirmed', edited: true, noteStanding: { en: 'outdated', fr: 'reader' } }
        : finding,
    );
    const { i18n } = await renderApp('/?finding=core-denial', { ...shipped, relations: findings });
    expect(within(panel()).getByRole('heading', { level: 2 }).textContent).toMatch(/Edited by you$/);
    expect(within(panel()).queryByText('91%')).toBeNull();
    expect(within(panel()).getByText('Written before your edit: it may no longer hold.')).toBeTruthy();
    expect(within(panel()).getByText('Edited by you.')).toBeTruthy();

    await i18n.changeLanguage('fr');
    expect(await within(panel()).findByText('Écrite avant votre modification : elle peut ne plus être juste.')).toBeTruthy();
    expect(within(panel()).getByRole('heading', { level: 2 }).textContent).toMatch(/Modifié par vous$/);
  });
});
