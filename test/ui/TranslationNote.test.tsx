import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import frInEnglish from '../../sources/miit-vpn/fr.en.md?raw';
import { readTranslationFile } from '../../src/core/translation/index';
import { createI18n } from '../../src/i18n/i18n';
import { TranslationNote, type TranslationNoteProps } from '../../src/ui/components/TranslationNote';
import { shippedComparison } from './renderApp';

const translation = readTranslationFile(frInEnglish, 'fr.en.md', shippedComparison().sources.fr);

async function renderNote(props: Partial<TranslationNoteProps>) {
  window.history.replaceState(null, '', '/?lang=en');
  const i18n = await createI18n();
  return render(
    <I18nextProvider i18n={i18n}>
      <TranslationNote lang="fr" uiLang="en" mode="both" status="ready" translation={translation} {...props} />
    </I18nextProvider>,
  );
}

describe('TranslationNote', () => {
  it('says nothing while the texts are shown as written', async () => {
    const { container } = await renderNote({ mode: 'original' });
    expect(container.textContent).toBe('');
  });

  it('names the translator, with how and why one click away, in the translation’s language', async () => {
    await renderNote({});
    expect(screen.getByText('English translation: The Source comparison workbench project')).toBeTruthy();
    const method = screen.getByText(/^Translated by hand from the French/);
    expect(method.getAttribute('lang')).toBe('en');
    expect(screen.getByText('About this translation')).toBeTruthy();
  });

  it('says a text in the reader’s language is shown as written', async () => {
    await renderNote({ lang: 'en', translation: null });
    expect(screen.getByText('Shown as written: this text is already in English.')).toBeTruthy();
  });

  it.each([
    ['still loading', 'loading', 'Loading the English translation…'],
    ['could not be loaded', 'failed', 'The English translation could not be loaded, so the original is shown.'],
    ['does not exist', 'ready', 'This text has no English translation yet, so the original is shown.'],
  ] as const)('says why the original is shown when the translation %s', async (_, status, message) => {
    await renderNote({ status, translation: null });
    expect(screen.getByText(message)).toBeTruthy();
  });

  it('announces the loading politely, as a status', async () => {
    await renderNote({ status: 'loading', translation: null });
    expect(screen.getByRole('status').textContent).toBe('Loading the English translation…');
  });
});
