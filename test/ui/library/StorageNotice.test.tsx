import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n/i18n';
import { LibraryError } from '../../../src/ui/library/LibraryError';
import { SaveState } from '../../../src/ui/library/SaveState';
import { StorageNotice } from '../../../src/ui/library/StorageNotice';

async function renderIn(lang: 'en' | 'fr', ui: ReactNode) {
  const i18n = await createI18n();
  await i18n.changeLanguage(lang);
  const user = userEvent.setup();
  render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
  return { user };
}

/** The notice as a page keeps it: mounted from the start, filled when a save fails, emptied when dismissed. */
function Page({ initial }: { initial: LibraryError | null }) {
  const [error, setError] = useState(initial);
  return <StorageNotice error={error} onDismiss={() => setError(null)} />;
}

describe('StorageNotice', () => {
  it('tells the reader the browser refused to keep the comparison, and that exporting keeps it', async () => {
    const { user } = await renderIn('en', <Page initial={new LibraryError('unavailable', 'library: refused')} />);
    const notice = screen.getByRole('status', { name: 'Storage' });
    expect(notice.textContent).toContain(
      'This browser refused to keep your comparison (private browsing or storage turned off). Your work is still on screen: export it to keep it.',
    );

    await user.click(within(notice).getByRole('button', { name: 'Dismiss' }));

    expect(screen.getByRole('status', { name: 'Storage' }).textContent).toBe('');
  });

  it('says when the storage is full', async () => {
    await renderIn('en', <Page initial={new LibraryError('full', 'library: full')} />);
    expect(screen.getByRole('status', { name: 'Storage' }).textContent).toContain("This browser's storage is full, so your comparison was not kept.");
  });

  it('says it in French', async () => {
    const { user } = await renderIn('fr', <Page initial={new LibraryError('unavailable', 'library: refused')} />);
    const notice = screen.getByRole('status', { name: 'Stockage' });
    expect(notice.textContent).toContain("Ce navigateur a refusé de garder votre comparaison (navigation privée ou stockage désactivé). Votre travail est toujours à l'écran : exportez-le pour le garder.");
    await user.click(within(notice).getByRole('button', { name: 'Fermer' }));
    expect(notice.textContent).toBe('');
  });

  it('stays on the page, empty, while nothing failed', async () => {
    await renderIn('en', <Page initial={null} />);
    const notice = screen.getByRole('status', { name: 'Storage' });
    expect(notice.textContent).toBe('');
    expect(within(notice).queryByRole('button')).toBeNull();
  });
});

describe('SaveState', () => {
  it.each([
    ['en', 'saved', 'Saved in this browser'],
    ['en', 'saving', 'Saving…'],
    ['en', 'failed', 'Not saved'],
    ['fr', 'saved', 'Enregistrée dans ce navigateur'],
    ['fr', 'failed', 'Non enregistrée'],
  ] as const)('says in %s where the comparison stands: %s', async (lang, state, words) => {
    await renderIn(lang, <SaveState state={state} />);
    expect(screen.getByText(words)).toBeTruthy();
  });

  it.each([
    ['en', 'saving', 'Saving…', 'Saved in this browser'],
    ['en', 'failed', 'Not saved', 'Saved in this browser'],
    ['fr', 'saving', 'Enregistrement…', 'Enregistrée dans ce navigateur'],
  ] as const)('holds in %s the room of its longest words while %s, so that the header beside it stays still', async (lang, state, words, widest) => {
    await renderIn(lang, <SaveState state={state} />);
    // The stylesheet draws the held words, unseen (library.css); jsdom lays nothing out, so the test reads what it is given.
    expect(screen.getByText(words).parentElement?.dataset['widest']).toBe(widest);
  });
});
