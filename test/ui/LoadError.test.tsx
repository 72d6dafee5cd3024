import { render, screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import shipped from '../../sources/miit-vpn/comparison.json';
import { parseComparison } from '../../src/core/comparisonFile/index';
import { createI18n } from '../../src/i18n/i18n';
import { LoadError } from '../../src/ui/components/LoadError';

/** The error the core throws for the shipped file with one quote no longer in its place. */
function brokenFileError(): unknown {
  const broken = structuredClone(shipped);
  const finding = broken.relations.find((candidate) => candidate.id === 'cyber-regulator');
  if (!finding?.fr[0]) throw new Error('the fixture moved');
  finding.fr[0].start += 1;
  try {
    parseComparison(broken);
  } catch (error) {
    return error;
  }
  throw new Error('the broken file was accepted');
}

async function renderLoadError(error: unknown) {
  const i18n = await createI18n();
  render(
    <I18nextProvider i18n={i18n}>
      <LoadError error={error} file="sources/miit-vpn/comparison.json" />
    </I18nextProvider>,
  );
  return userEvent.setup();
}

describe('LoadError', () => {
  it('says what is wrong with the file and where, instead of a blank page', async () => {
    await renderLoadError(brokenFileError());
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'The comparison could not be opened' })).toBeTruthy();
    expect(within(alert).getByText('A quote is not the text found at its offsets.')).toBeTruthy();
    expect(within(alert).getByText('cyber-regulator · relations[2].fr[0].quote')).toBeTruthy();
  });

  it('says it in French too', async () => {
    const user = await renderLoadError(brokenFileError());
    await user.click(within(screen.getByRole('group', { name: 'Langue / Language' })).getByRole('button', { name: 'Français' }));
    // The French words come in their own chunk: wait for the page to speak French, as a reader does.
    await screen.findByRole('group', { name: 'Langue / Language' }).then(() => waitFor(() => expect(document.documentElement.lang).toBe('fr')));
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { name: "La comparaison n'a pas pu être ouverte" })).toBeTruthy();
    expect(within(alert).getByText('Une citation ne correspond pas au texte situé à ses positions.')).toBeTruthy();
    expect(document.documentElement.lang).toBe('fr');
  });

  it('still shows a message for an error that is not about the format', async () => {
    await renderLoadError(new TypeError('boom'));
    expect(within(screen.getByRole('alert')).getByText('Something unexpected went wrong while reading the comparison.')).toBeTruthy();
  });
});
